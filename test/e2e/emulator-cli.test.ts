// The emulator's own command line, as a user runs it (npm run emulator -- ...): help, clean
// one-line errors, an env file that never lands in git, and the dry runs it documents.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { capture, ENTRY, NODE, ROOT, type StepResult } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

/** Starts the emulator script; resolves once it listens, or when it exits. */
function emulator(args: string[], env: Record<string, string> = {}): Promise<StepResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/emulator.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    running.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('Press Ctrl-C to stop.')) resolve({ exitCode: -1, stdout, stderr });
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

const node = (args: string[], env: Record<string, string>) =>
  capture(NODE, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });

const oneCleanLine = (run: StepResult) => {
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^error: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
};

describe('emulator command line', () => {
  it('documents itself, the --port 0 escape and the JWT dry run in --help', async () => {
    const run = await emulator(['--help']);
    expect(run.exitCode).toBe(0);
    for (const text of ['--port <n>', '--write-env [<path>]', 'ADOBE_EMULATOR_PRIVATE_KEY_BASE64'])
      expect(run.stdout).toContain(text);
  });

  it('refuses an unknown option and a bad port in one line each, exit 2', async () => {
    for (const args of [['--bogus'], ['--port', 'eighty']]) {
      const run = await emulator(args);
      expect(run.exitCode).toBe(2);
      oneCleanLine(run);
    }
  });

  it('suggests --port 0 when the port is busy, without a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const run = await emulator(['--port', String(port)]);
      expect(run.exitCode).toBe(2);
      oneCleanLine(run);
      expect(run.stderr).toContain(`port ${port} is in use`);
      expect(run.stderr).toContain('--port 0');
    } finally {
      busy.close();
    }
  });

  it('never writes the secret where git would commit it', async () => {
    const target = join(ROOT, 'emulator-vars.txt');
    const run = await emulator(['--write-env', target]);
    expect(run.exitCode).toBe(2);
    oneCleanLine(run);
    expect(run.stderr).toMatch(/git does not ignore it/);
    expect(existsSync(target)).toBe(false);
  });

  it('writes a 0600 env file outside the repository by default, which loads into validate and the JWT dry run', async () => {
    const temp = makeTempDir('emulator-env');
    const run = await emulator(['--write-env'], { TMPDIR: temp, TEMP: temp, TMP: temp });
    expect(run.exitCode).toBe(-1);
    const file = /variables written to (.+) \(mode 0600\)/.exec(run.stdout)?.[1] ?? '';
    expect(file.startsWith(temp)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain(`node --env-file='${file}' dist/cli/index.js validate`);

    const oauth = await node([`--env-file=${file}`, ENTRY.cli, 'validate', '--json'], {});
    expect(oauth.exitCode).toBe(0);
    const key = /^ADOBE_EMULATOR_PRIVATE_KEY_BASE64=(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1];
    const jwt = await node([`--env-file=${file}`, ENTRY.cli, 'validate', '--json'], {
      ADOBE_PRIVATE_KEY: key ?? '',
    });
    expect(jwt.exitCode).toBe(0);
    expect(JSON.parse(jwt.stdout).checks[0]).toMatchObject({
      id: 'credential-type',
      status: 'warn',
    });
  });
});
