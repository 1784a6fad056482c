import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';
import { type Scenario, secretForms, startScenario } from '../support/scenario.js';

let s: Scenario;
let flags: string[];
let env: Record<string, string>;
let secret: string;
beforeAll(async () => {
  s = await startScenario();
  const { credential } = s.generated;
  secret = credential.clientSecrets[0] ?? '';
  flags = [
    '--ims-org-id',
    credential.orgId,
    '--ims-endpoint',
    s.emulator.url,
    '--analytics-endpoint',
    s.emulator.url,
    '--report-suites',
    'rs1prod',
    '--metrics',
    'event1',
  ];
  // Identity from the documented environment variables, the secret only from there.
  env = {
    ADOBE_CLIENT_ID: credential.clientId,
    ADOBE_CLIENT_SECRET: secret,
    ADOBE_TECHNICAL_ACCOUNT_ID: credential.technicalAccountId,
  };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

type Result = {
  ok: boolean;
  exitCode: number;
  checks: { id: string; status: string }[];
  outputs: Record<string, string>;
};

describe('CLI', () => {
  it('prints the rows grouped like the summary, ends with the counts, and no colour off a terminal', async () => {
    const cli = await runCli(['validate', ...flags], env);
    expect(cli.exitCode).toBe(0);
    const lines = cli.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed, \d+ warned, 8 skipped$/);
    expect(lines).toContain('Report Suites');
    expect(lines).toContain(
      '  pass report-suite:rs1prod: Report suite rs1prod is visible to the technical account.',
    );
    expect(cli.stdout).not.toContain('\x1b[');
    expect(cli.stderr).not.toMatch(/\(node:\d+\)/);
  });

  it('runs the same checks as the action, with the same results', async () => {
    const cli = await runCli(['validate', ...flags, '--json'], env);
    expect(cli.exitCode).toBe(0);
    const result = JSON.parse(cli.stdout) as Result;
    expect(result.ok).toBe(true);
    s.emulator.reset();
    const action = await s.run({
      ...s.inputs,
      verify: 'permissions',
      'report-suites': 'rs1prod',
      metrics: 'event1',
    });
    const actionChecks = JSON.parse(action.outputs.checks ?? '[]') as {
      id: string;
      status: string;
    }[];
    expect(result.checks.map((c) => [c.id, c.status])).toEqual(
      actionChecks.map((c) => [c.id, c.status]),
    );
    expect(result.outputs['token-expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('prints plain progress lines when not on a terminal, and no workflow commands', async () => {
    const cli = await runCli(['validate', ...flags], env);
    expect(cli.exitCode).toBe(0);
    expect(cli.stdout).toContain(
      'Requesting an access token from Adobe IMS (OAuth Server-to-Server)…\n',
    );
    expect(cli.stdout).toContain('Checking the Adobe Analytics product profile…\n');
    expect(cli.stdout + cli.stderr).not.toContain('::');
  });

  it('print refuses to put the secret on a stdout that is not a terminal', async () => {
    const cli = await runCli(['print', ...flags, '--instances', 'prod'], env);
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toMatch(
      /print would write the secret into a log: stdout is not a terminal\. Give --output-file/,
    );
    expect(cli.stdout + cli.stderr).not.toContain(secret);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('print --output-file writes the full command to a new 0600 file, and nothing else carries the secret', async () => {
    const { readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const file = join(makeTempDir('cli-print'), 'commands.sh');
    const cli = await runCli(
      ['print', ...flags, '--instances', 'prod', '--output-file', file],
      env,
    );
    expect(cli.exitCode).toBe(0);
    // Windows keeps no mode bits: there the file's access list is cut down instead.
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(
      new RegExp(`^nlserver config -instance:prod -setimsoauth:.+/${secret}\n$`),
    );
    for (const form of secretForms(s.generated, s.emulator))
      expect(cli.stdout + cli.stderr).not.toContain(form);
    s.emulator.reset();
    const again = await runCli(
      ['print', ...flags, '--instances', 'prod', '--output-file', file],
      env,
    );
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain(`error: --output-file ${file} already exists`);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('print --json gives only the redacted command', async () => {
    const cli = await runCli(['print', ...flags, '--instances', 'prod', '--json'], env);
    const result = JSON.parse(cli.stdout) as Result;
    expect(result.outputs.command).toMatch(/\/<client-secret>$/);
    expect(cli.stdout + cli.stderr).not.toContain(secret);
  });

  it('exits 1 when a check fails', async () => {
    const cli = await runCli(['validate', ...flags, '--report-suites', 'nosuchsuite'], env);
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toMatch(/error: Report suite nosuchsuite is not visible/);
  });

  it('exits 2 for a usage or input error, naming what to fix', async () => {
    const secretFlag = await runCli(['validate', ...flags, '--client-secret', 'p8e-abc'], env);
    expect(secretFlag.exitCode).toBe(2);
    expect(secretFlag.stderr).toMatch(
      /--client-secret is not accepted: flags show in process lists\. Set ADOBE_CLIENT_SECRET instead/,
    );
    const unknown = await runCli(['deploy'], env);
    expect(unknown.exitCode).toBe(2);
    const badInput = await runCli(['validate', ...flags, '--ims-org-id', 'nope'], env);
    expect(badInput.exitCode).toBe(2);
    expect(badInput.stderr).toMatch(/error: --ims-org-id must be/);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('documents flags, environment variables and exit codes in --help', async () => {
    const help = await runCli(['--help']);
    expect(help.exitCode).toBe(0);
    for (const text of [
      'Credentials:',
      'What to check:',
      'Where to apply:',
      'Network and limits:',
      '--ims-org-id <value>  (required)',
      'Environment: ADOBE_IMS_ORG_ID.',
      '  ADOBE_CLIENT_SECRET  (environment only, required)',
      '  ADOBE_PRIVATE_KEY  (environment only)',
      '--private-key-file <path>',
      'flags, which show in process lists',
      'Exit codes: 0',
    ]) {
      expect(help.stdout).toContain(text);
    }
    expect(help.stderr).toBe('');
    // The other ways to ask say the same.
    for (const ask of [['-h'], ['help'], ['validate', '--help'], ['--bogus', '-h']]) {
      const again = await runCli(ask);
      expect([ask, again.exitCode, again.stdout]).toEqual([ask, 0, help.stdout]);
    }
  });

  it('prints the package version with --version and -V', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      expect(await runCli([flag])).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
    }
  });

  it('reads a JWT key from ADOBE_PRIVATE_KEY or --private-key-file', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const viaEnv = await runCli(['validate', ...flags, '--json'], {
      ...env,
      ADOBE_PRIVATE_KEY: s.generated.privateKeyPem,
    });
    expect(JSON.parse(viaEnv.stdout).checks[0]).toMatchObject({
      id: 'credential-type',
      status: 'warn',
    });
    const file = join(makeTempDir('cli-key'), 'private.key');
    writeFileSync(file, s.generated.privateKeyPem, { mode: 0o600 });
    const viaFile = await runCli(['validate', ...flags, '--private-key-file', file], env);
    expect(viaFile.exitCode).toBe(0);
    expect(s.emulator.requests.filter((r) => r.path === '/ims/exchange/jwt')).toHaveLength(2);
  });
});

describe('entry points', () => {
  it('the CLI is its own bundle: no command is a usage error, whatever the environment', async () => {
    const bare = await runCli([], { GITHUB_ACTIONS: 'true', INPUT_MODE: 'validate' });
    expect(bare.exitCode).toBe(2);
    expect(bare.stderr).toMatch(/error: expected a command: validate, print, apply or rotate/);
    expect(bare.stdout).not.toMatch(/^::/m);
  });
});
