// Temporary folders for tests, the demo and the bench: made under one prefix and removed
// together, so a run leaves nothing behind in the system temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMP_PREFIX = 'cac-';
const made = new Set<string>();

export function makeTempDir(purpose: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${purpose}-`));
  made.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
