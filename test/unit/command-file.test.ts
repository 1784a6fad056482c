import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ownerOnlyAclCalls,
  removeCommandFile,
  writeCommandFile,
} from '../../src/nlserver/command-file.js';
import { makeTempDir } from '../../tools/temp.js';

const directory = () => makeTempDir('command-file');
const windows = process.platform === 'win32';

describe('command file', () => {
  it.skipIf(windows)('is created only for the owner (0600) with the content', () => {
    const dir = directory();
    const path = writeCommandFile(dir, 'nlserver config ...\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('nlserver config ...\n');
  });

  // Windows ignores mode bits: the file's access list names the current user alone.
  it.runIf(windows)('is readable only by the current user on Windows (its access list)', () => {
    const dir = directory();
    const path = writeCommandFile(dir, 'nlserver config ...\n');
    expect(readFileSync(path, 'utf8')).toBe('nlserver config ...\n');
    const acl = execFileSync('icacls', [path], { encoding: 'utf8' });
    const entries = acl
      .replace(path, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.includes(':('))
      .map((line) => line.toLowerCase());
    const user = `${process.env.USERDOMAIN}\\${process.env.USERNAME}`.toLowerCase();
    // No "(I)" entry: nothing is inherited from the folder.
    expect(entries).toEqual([`${user}:(f)`]);
  });

  it('asks icacls to grant the current user and drop inherited permissions', () => {
    expect(
      ownerOnlyAclCalls('C:\\t\\f.sh', { USERDOMAIN: 'RUNNER', USERNAME: 'runneradmin' }),
    ).toEqual([
      ['C:\\t\\f.sh', '/grant:r', 'RUNNER\\runneradmin:F'],
      ['C:\\t\\f.sh', '/inheritance:r'],
    ]);
  });

  it('is removed by the post step', () => {
    const dir = directory();
    const path = writeCommandFile(dir, 'x');
    expect(removeCommandFile(path, dir)).toBe('removed');
    expect(existsSync(path)).toBe(false);
    expect(removeCommandFile(path, dir)).toBe('absent');
  });

  it('never removes anything it did not write: other names, other folders', () => {
    const dir = directory();
    const victim = join(dir, 'important.txt');
    writeFileSync(victim, 'keep');
    expect(removeCommandFile(victim, dir)).toBe('refused');
    expect(
      removeCommandFile(join(dir, '..', 'adobe-campaign-nlserver-0123456789abcdef.sh'), dir),
    ).toBe('refused');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  // Creating a symlink needs a privilege on Windows.
  it.skipIf(windows)('never removes a symlink, even one with its name', () => {
    const dir = directory();
    const victim = join(dir, 'important.txt');
    writeFileSync(victim, 'keep');
    const link = join(dir, 'adobe-campaign-nlserver-0123456789abcdef.sh');
    symlinkSync(victim, link);
    expect(removeCommandFile(link, dir)).toBe('refused');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  it('fails with a message when the folder cannot take it', () => {
    const missing = join(directory(), 'nonexistent-folder');
    expect(() => writeCommandFile(missing, 'x')).toThrow(
      /could not create .*nonexistent-folder[\\/]adobe-campaign-nlserver-[0-9a-f]{16}\.sh: ENOENT/,
    );
  });
});
