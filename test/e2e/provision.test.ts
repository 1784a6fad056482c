import { statSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';
import {
  credentialInputs,
  expectNoLeak,
  type Scenario,
  secretForms,
  startScenario,
} from '../support/scenario.js';

let s: Scenario;
let inputs: Record<string, string>;
let secret: string;
beforeAll(async () => {
  s = await startScenario();
  inputs = {
    ...credentialInputs(s.generated, s.emulator),
    verify: 'token',
    instances: 'prod, stage',
  };
  secret = s.generated.credential.clientSecrets[0] ?? '';
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

describe('mode: print', () => {
  it('logs and outputs the commands redacted, and writes the full ones to a 0600 file the post step removes', async () => {
    const main = await runAction({ ...inputs, mode: 'print' }, { skipPost: true });
    expect(main.exitCode).toBe(0);
    const { org, client, tech } = {
      org: inputs['ims-org-id'],
      client: inputs['client-id'],
      tech: inputs['technical-account-id'],
    };
    expect(main.outputs.command).toBe(
      [
        `nlserver config -instance:prod -setimsoauth:${org}/${client}/${tech}/<client-secret>`,
        `nlserver config -instance:stage -setimsoauth:${org}/${client}/${tech}/<client-secret>`,
      ].join('\n'),
    );
    const file = main.outputs['command-file'] ?? '';
    expect(file.startsWith(main.files.runnerTemp)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // The file is the one place the secret is meant to be.
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8')).toBe(
      `nlserver config -instance:prod -setimsoauth:${org}/${client}/${tech}/${secret}\n` +
        `nlserver config -instance:stage -setimsoauth:${org}/${client}/${tech}/${secret}\n`,
    );
    expect(main.stdout).toContain('/<client-secret>\n');
    expect(main.summary).toContain('<client-secret>');
  });

  it('the post step removes the file, so nothing secret is left', async () => {
    const run = await s.run({ ...inputs, mode: 'print' });
    expect(run.exitCode).toBe(0);
    expect(run.post.exitCode).toBe(0);
    expect(run.leftoverFiles).toEqual([]);
    expect(run.post.stdout).toContain('Removed the command file');
  });

  it('falls back to the system temp folder without RUNNER_TEMP, and still cleans up', async () => {
    const { existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const run = await s.run({ ...inputs, mode: 'print' }, { env: { RUNNER_TEMP: '' } });
    expect(run.exitCode).toBe(0);
    const file = run.outputs['command-file'] ?? '';
    expect(file.startsWith(tmpdir())).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('prints the JWT command with the key as one-line base64, redacted', async () => {
    const run = await s.run({ ...inputs, mode: 'print', 'private-key': s.generated.privateKeyPem });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.command).toMatch(
      /-setimsjwtauth:\S+\/<client-secret>\/<private-key-base64>$/m,
    );
  });

  it('stops before printing when a check fails', async () => {
    const run = await s.run({
      ...inputs,
      mode: 'print',
      'client-secret': 'p8e-NotTheRightSecretAtAll12345678',
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.command).toBeUndefined();
    expect(run.leftoverFiles).toEqual([]);
    expect(run.stdout).toMatch(/Nothing was printed/);
  });
});

describe('mode: apply', () => {
  it('runs nlserver config once per instance with an argv array and a scrubbed environment', async () => {
    const run = await s.run(
      { ...inputs, mode: 'apply', 'private-key': s.generated.privateKeyPem },
      { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-value', GITHUB_TOKEN: 'ghs_tokenvalue' } },
    );
    expect(run.exitCode).toBe(0);
    const base64Key = Buffer.from(s.generated.privateKeyPem).toString('base64');
    const field = `${inputs['ims-org-id']}/${inputs['client-id']}/${inputs['technical-account-id']}/${secret}/${base64Key}`;
    expect(run.nlserverCalls.map((call) => call.args)).toEqual([
      ['config', '-instance:prod', `-setimsjwtauth:${field}`],
      ['config', '-instance:stage', `-setimsjwtauth:${field}`],
    ]);
    for (const call of run.nlserverCalls) {
      expect(
        call.envNames.filter((name) => /^(INPUT_|ACTIONS_|STATE_)|^GITHUB_TOKEN$/.test(name)),
      ).toEqual([]);
    }
    // The fake echoes its argument: the log shows it redacted, inside a group per instance.
    expect(run.stdout).toMatch(/::group::Configure instance prod/);
    expect(run.stdout).toMatch(/Configuration of instance 'stage' saved/);
    // The result comes first, so it shows at GitHub's page width; commands are collapsed.
    expect(run.summary).toContain('| ✅ configured | `prod` |');
    expect(run.summary).toMatch(
      /<summary>Commands \(secrets replaced by placeholders\)<\/summary>/,
    );
  });

  it('fails naming the instance and exit code, and stops at the first failure by default', async () => {
    const run = await s.run(
      { ...inputs, mode: 'apply', instances: 'prod, stage, dev' },
      { env: { FAKE_NLSERVER_FAIL: 'stage' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.nlserverCalls.map((call) => call.args[1])).toEqual([
      '-instance:prod',
      '-instance:stage',
    ]);
    expect(run.stdout).toMatch(
      /::error::nlserver config failed for instance stage \(exit code 3\); 1 remaining instance/,
    );
    expect(run.summary).toContain('| ❌ failed (exit code 3) | `stage` |');
    expect(run.summary).toContain('| – not attempted | `dev` |');
  });

  it('tries the remaining instances with continue-on-instance-error, and still fails', async () => {
    const run = await s.run(
      {
        ...inputs,
        mode: 'apply',
        instances: 'prod, stage, dev',
        'continue-on-instance-error': 'true',
      },
      { env: { FAKE_NLSERVER_FAIL: 'prod,dev' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.nlserverCalls).toHaveLength(3);
    expect(run.stdout).toMatch(
      /failed for instance prod \(exit code 3\), instance dev \(exit code 3\)\./,
    );
  });

  it('says what to do when nlserver is not installed', async () => {
    const run = await s.run({ ...inputs, mode: 'apply', nlserver: '/nonexistent/nlserver' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /nlserver could not be started for instance prod.*Set nlserver to the executable.s full path/,
    );
  });

  it('stops a hung nlserver at timeout-seconds instead of leaving it running', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const done = join(makeTempDir('nlserver-done'), 'done');
    const started = Date.now();
    const run = await s.run(
      { ...inputs, mode: 'apply', instances: 'prod', 'timeout-seconds': '5' },
      { env: { FAKE_NLSERVER_SLEEP_MS: '12000', FAKE_NLSERVER_DONE: done } },
    );
    expect(run.exitCode).toBe(1);
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(run.stdout).toMatch(
      /::error::nlserver config failed for instance prod \(stopped at timeout-seconds\)/,
    );
    expect(run.summary).toContain('| ❌ stopped at timeout-seconds | `prod` |');
    // The child is gone (signal 0 only probes), and never got to finish.
    const [call] = run.nlserverCalls;
    expect(() => process.kill(call?.pid ?? 0, 0)).toThrow(/ESRCH/);
    expect(existsSync(done)).toBe(false);
  });

  it('does not leak the secret when run without a post step', async () => {
    const run = await runAction({ ...inputs, mode: 'apply' }, { skipPost: true });
    expectNoLeak(run, secretForms(s.generated, s.emulator));
  });
});
