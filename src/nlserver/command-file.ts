// The full commands (secrets included) for `mode: print`, in a file only the runner's
// user can read, created exclusively so a planted file or symlink is never written
// through, and removed by the post step.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { ActionError, errorMessage } from '../common/errors.js';

const WINDOWS = process.platform === 'win32';

/**
 * What keeps the file private, for messages. Windows ignores mode bits: there the file's
 * access list is cut down to the current user instead.
 */
export const SECRET_FILE_PROTECTION = WINDOWS ? 'readable only by this user' : 'mode 0600';

/** The runner's per-job temp folder (emptied after each job), else the system's. */
export function commandFileDirectory(env: Record<string, string | undefined>): string {
  return env.RUNNER_TEMP || tmpdir();
}

/**
 * The icacls calls that leave only the current user on a file's access list, as
 * actions/checkout does for its SSH key: grant the user full control, then drop the
 * permissions inherited from the folder.
 */
export function ownerOnlyAclCalls(
  path: string,
  env: Record<string, string | undefined>,
): string[][] {
  const name = env.USERNAME || userInfo().username;
  const user = env.USERDOMAIN ? `${env.USERDOMAIN}\\${name}` : name;
  return [
    [path, '/grant:r', `${user}:F`],
    [path, '/inheritance:r'],
  ];
}

function restrictToOwner(path: string): void {
  const icacls = join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'icacls.exe');
  try {
    for (const args of ownerOnlyAclCalls(path, process.env))
      execFileSync(icacls, args, { stdio: 'ignore', windowsHide: true });
  } catch (error) {
    rmSync(path, { force: true });
    throw new ActionError(
      `could not make ${path} readable only by this user (icacls): ${errorMessage(error)}`,
    );
  }
}

/** Writes a new file only the owner can read; refuses an existing file or a symlink. */
export function writeSecretFile(path: string, content: string): void {
  let fd: number;
  try {
    fd = openSync(
      path,
      // Windows has no O_NOFOLLOW; O_EXCL alone refuses an existing link there.
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o600,
    );
  } catch (error) {
    throw new ActionError(`could not create ${path}: ${(error as Error).message}`);
  }
  try {
    // Before the secret is written: an empty file is all another user could have seen.
    if (WINDOWS) restrictToOwner(path);
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
