import { existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeCommandFile, writeCommandFile } from '../../src/nlserver/command-file.js';
import { makeTempDir } from '../../tools/temp.js';

const directory = () => makeTempDir('command-file');

describe('command file', () => {
  it('is created only for the owner (0600) with the content', () => {
    const dir = directory();
    const path = writeCommandFile(dir, 'nlserver config ...\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe('nlserver config ...\n');
  });

  it('is removed by the post step', () => {
    const dir = directory();
    const path = writeCommandFile(dir, 'x');
    expect(removeCommandFile(path, dir)).toBe('removed');
    expect(existsSync(path)).toBe(false);
    expect(removeCommandFile(path, dir)).toBe('absent');
  });

  it('never removes anything it did not write: other names, other folders, symlinks', () => {
    const dir = directory();
    const victim = join(dir, 'important.txt');
    writeFileSync(victim, 'keep');
    expect(removeCommandFile(victim, dir)).toBe('refused');
    expect(
      removeCommandFile(join(dir, '..', 'adobe-campaign-nlserver-0123456789abcdef.sh'), dir),
    ).toBe('refused');
    const link = join(dir, 'adobe-campaign-nlserver-0123456789abcdef.sh');
    symlinkSync(victim, link);
    expect(removeCommandFile(link, dir)).toBe('refused');
    expect(readFileSync(victim, 'utf8')).toBe('keep');
  });

  it('fails with a message when the folder cannot take it', () => {
    expect(() => writeCommandFile('/nonexistent-folder', 'x')).toThrow(
      /could not create \/nonexistent-folder\/adobe-campaign-nlserver-[0-9a-f]{16}\.sh: ENOENT/,
    );
  });
});
