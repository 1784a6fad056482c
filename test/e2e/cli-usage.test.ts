// The CLI as a newcomer meets it: every usage problem in one run, before any request
// (exit 2), and words of the command line: flags and ADOBE_* variables, never the action's
// inputs, forks or workflow syntax.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, runCli, type StepResult } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let flags: string[];
let env: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  const { credential } = s.generated;
  flags = [
    '--ims-org-id',
    credential.orgId,
    '--client-id',
    credential.clientId,
    '--technical-account-id',
    credential.technicalAccountId,
    '--ims-endpoint',
    s.emulator.url,
    '--analytics-endpoint',
    s.emulator.url,
  ];
  env = { ADOBE_CLIENT_SECRET: credential.clientSecrets[0] ?? '' };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

const errors = (run: StepResult) =>
  run.stderr
    .split('\n')
    .filter((line) => line.startsWith('error: '))
    .map((line) => line.slice('error: '.length));

describe('CLI usage problems', () => {
  it('reports print without --instances and without --output-file together, sending nothing', async () => {
    const run = await runCli(['print', ...flags], env);
    expect(run.exitCode).toBe(2);
    expect(errors(run)).toEqual([
      expect.stringMatching(/^print would write the secret into a log: stdout is not a terminal/),
      '--instances is required for the print command: the Campaign instance name(s) to configure',
      '2 problems need fixing; nothing was sent to Adobe.',
    ]);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('refuses an --output-file that exists, is a symlink or sits in a missing folder, before any request', async () => {
    const dir = makeTempDir('cli-output');
    const existing = join(dir, 'existing.sh');
    writeFileSync(existing, 'keep');
    const cases: [string, RegExp][] = [
      [existing, /already exists: give the path of a new file/],
      [join(dir, 'missing', 'commands.sh'), /the folder .*missing does not exist; create it first/],
    ];
    // Creating a symlink needs a privilege on Windows.
    if (process.platform !== 'win32') {
      const link = join(dir, 'link.sh');
      symlinkSync(join(dir, 'elsewhere.sh'), link);
      cases.push([link, /is a symbolic link: give the path of a new file/]);
    }
    for (const [file, expected] of cases) {
      const run = await runCli(
        ['print', ...flags, '--instances', 'prod', '--output-file', file],
        env,
      );
      expect(run.exitCode).toBe(2);
      expect(errors(run)[0]).toMatch(expected);
    }
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('collects every kind of usage problem of one command line in one run', async () => {
    const dir = makeTempDir('cli-all');
    mkdirSync(join(dir, 'taken.sh'));
    const run = await runCli(
      [
        'print',
        'prod',
        '--report-suite',
        'rs1prod',
        '--client-secret',
        'p8e-on-the-command-line',
        '--alert-issue',
        'adobe',
        '--mode',
        'apply',
        '--json=yes',
        '--ims-org-id',
        'nope',
        '--private-key-file',
        join(dir, 'no-such.key'),
        '--output-file',
        join(dir, 'taken.sh'),
        '--timeout-seconds',
      ],
      {},
    );
    expect(run.exitCode).toBe(2);
    expect(errors(run)).toEqual([
      'unknown option --report-suite: did you mean --report-suites? See --help.',
      '--client-secret is not accepted: flags show in process lists. Set ADOBE_CLIENT_SECRET instead.',
      '--alert-issue is an input of the GitHub Action only; the CLI has no such option (see --help).',
      '--mode is not a flag: give the mode as the command, such as campaign-analytics-credentials validate.',
      '--json takes no value.',
      '--timeout-seconds needs a value. See --help.',
      expect.stringMatching(/^expected one command, got 1 more argument after print: "prod"\. /),
      expect.stringMatching(/^--private-key-file .*no-such\.key cannot be read: ENOENT/),
      expect.stringMatching(/^--output-file .*taken\.sh already exists/),
      expect.stringMatching(/^--ims-org-id must be 24 letters or digits/),
      expect.stringMatching(/^--client-id is required/),
      expect.stringMatching(
        /^ADOBE_CLIENT_SECRET is required: .* from your CI system's secret store/,
      ),
      expect.stringMatching(/^--technical-account-id is required/),
      '--instances is required for the print command: the Campaign instance name(s) to configure',
      '14 problems need fixing; nothing was sent to Adobe.',
    ]);
    expect(run.stdout + run.stderr).not.toContain('p8e-on-the-command-line');
  });

  it('suggests the command and the flag meant', async () => {
    const run = await runCli(
      ['valdate', '--report-suits', 'rs1', '--suites', 'rs1', ...flags],
      env,
    );
    expect(errors(run).slice(0, 3)).toEqual([
      'unknown option --report-suits: did you mean --report-suites? See --help.',
      'unknown option --suites: did you mean --report-suites? See --help.',
      'unknown command "valdate": did you mean validate? The commands are validate, print, apply or rotate.',
    ]);
  });
});

describe('CLI words', () => {
  const action = parse(readAction()) as { inputs: Record<string, unknown> };
  // Hyphenated input names are never English words: bare, they can only mean an input.
  const inputNames = Object.keys(action.inputs).filter((name) => name.includes('-'));

  function expectCliWords(run: StepResult) {
    const text = run.stderr;
    for (const name of inputNames)
      expect(text).not.toMatch(new RegExp(`(?<![\\w-])${name}(?![\\w-])`));
    expect(text).not.toMatch(/\binputs?\b|\bforks?\b|::|: true\b/);
  }

  it('names flags and ADOBE_* variables in usage, IMS, nlserver and timeout messages', async () => {
    const runs = {
      usage: await runCli(['apply', '--nlserver', 'a\nb'], {}),
      wrongSecret: await runCli(['validate', ...flags, '--verify', 'token'], {
        ADOBE_CLIENT_SECRET: 'p8e-not-the-right-secret-000000',
      }),
      noNlserver: await runCli(
        [
          'apply',
          ...flags,
          '--verify',
          'none',
          '--instances',
          'prod',
          '--nlserver',
          join(ROOT, 'no-nlserver'),
        ],
        env,
      ),
      // The fake nlserver is a script: Windows starts only executables without a shell.
      ...(process.platform === 'win32'
        ? {}
        : {
            instanceFails: await runCli(
              ['apply', ...flags, '--verify', 'none', '--instances', 'prod,stage'],
              { ...env, FAKE_NLSERVER_FAIL: 'prod' },
            ),
          }),
      unreachable: await runCli(
        [
          'validate',
          ...flags,
          '--ims-endpoint',
          'http://127.0.0.1:9',
          '--max-attempts',
          '1',
          '--timeout-seconds',
          '5',
        ],
        env,
      ),
    };
    expect(runs.usage.stderr).toContain('error: --nlserver must be a single path');
    expect(runs.wrongSecret.stdout + runs.wrongSecret.stderr).toContain(
      'ADOBE_CLIENT_SECRET is not valid for --client-id',
    );
    expect(runs.noNlserver.stderr).toMatch(/Set --nlserver to the executable's full path/);
    if (runs.instanceFails)
      expect(runs.instanceFails.stderr).toContain(
        'set --continue-on-instance-error true to try them all',
      );
    expect(runs.unreachable.stderr).toMatch(/raise --max-attempts/);
    for (const [what, run] of Object.entries(runs)) {
      expect([what, run.exitCode === 0]).toEqual([what, false]);
      expectCliWords(run);
    }
  });
});

function readAction(): string {
  return readFileSync(join(ROOT, 'action.yml'), 'utf8');
}
