// Gives the run its own temporary folder (TMPDIR, inherited by the test workers and the
// processes they start), and proves the suite cleans up after itself: any folder or
// command file of ours still there when the run ends fails it.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../../tools/temp.js';

const OURS = [TEMP_PREFIX, 'adobe-campaign-nlserver-'];

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'cac-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    const left = readdirSync(root).filter((name) => OURS.some((prefix) => name.startsWith(prefix)));
    rmSync(root, { recursive: true, force: true });
    if (left.length > 0)
      throw new Error(`The tests left ${left.length} temporary entries: ${left.join(', ')}`);
  };
}
