// The full commands (secrets included) for `mode: print`, in a file only the runner's
// user can read, created exclusively so a planted file or symlink is never written
// through, and removed by the post step.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { ActionError } from '../common/errors.js';

/** The runner's per-job temp folder (emptied after each job), else the system's. */
export function commandFileDirectory(env: Record<string, string | undefined>): string {
  return env.RUNNER_TEMP || tmpdir();
}

/** Writes a new file only the owner can read; refuses an existing file or a symlink. */
export function writeSecretFile(path: string, content: string): void {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (error) {
    throw new ActionError(`could not create ${path}: ${(error as Error).message}`);
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
}

export function writeCommandFile(directory: string, content: string): string {
  const path = join(directory, `adobe-campaign-nlserver-${randomBytes(8).toString('hex')}.sh`);
  writeSecretFile(path, content);
  return path;
}

/** Removes a command file written by this action; anything else is left alone. */
export function removeCommandFile(
  path: string,
  directory: string,
): 'removed' | 'absent' | 'refused' {
  const inside = relative(directory, path);
  if (
    !inside ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    !/^adobe-campaign-nlserver-[0-9a-f]{16}\.sh$/.test(inside)
  ) {
    return 'refused';
  }
  try {
    if (!lstatSync(path).isFile()) return 'refused';
  } catch {
    return 'absent';
  }
  rmSync(path, { force: true });
  return 'removed';
}
