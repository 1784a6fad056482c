// The CLI's argument reader: every problem of a command line at once, in the CLI's words.
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/args.js';
import { closest } from '../../src/cli/suggest.js';

const run = (argv: string[]) => {
  const request = parseArguments(argv);
  if (request.kind !== 'run') throw new Error(`expected a run, got ${request.kind}`);
  return request;
};

describe('parseArguments', () => {
  it('takes every way of asking for help or the version', () => {
    for (const argv of [['-h'], ['--help'], ['help'], ['print', '--help'], ['--nope', '-h']])
      expect(parseArguments(argv)).toEqual({ kind: 'help' });
    for (const argv of [['--version'], ['-V'], ['validate', '--version']])
      expect(parseArguments(argv)).toEqual({ kind: 'version' });
  });

  it('reads flags as input values, inline or separate, the last of a repeat winning', () => {
    const request = run([
      'apply',
      '--instances=prod,prod_mkt',
      '--nlserver',
      '/opt/nl6/bin/nlserver',
      '--verify',
      'token',
      '--verify',
      'none',
      '--json',
      '--output-file',
      'out.sh',
    ]);
    expect(request).toMatchObject({
      command: 'apply',
      values: { instances: 'prod,prod_mkt', nlserver: '/opt/nl6/bin/nlserver', verify: 'none' },
      json: true,
      outputFile: 'out.sh',
      problems: [],
    });
  });

  it('treats everything after -- as arguments', () => {
    expect(run(['--', 'validate']).command).toBe('validate');
  });

  it('names a missing value instead of swallowing the next flag', () => {
    expect(run(['validate', '--report-suites', '--json']).problems).toEqual([
      '--report-suites needs a value. See --help.',
    ]);
  });

  it('does not take the value of an unknown flag for a command or report it twice', () => {
    expect(run(['--report-suite', 'rs1', 'validate']).problems).toEqual([
      'unknown option --report-suite: did you mean --report-suites? See --help.',
    ]);
    expect(run(['--frobnicate', 'validate']).problems).toEqual([
      'unknown option --frobnicate. See --help.',
    ]);
    expect(run(['validate', '-x']).problems).toEqual(['unknown option -x. See --help.']);
  });

  it('refuses secrets, the mode and GitHub-only inputs as flags, without echoing values', () => {
    const { problems } = run([
      'validate',
      '--private-key',
      'PEM-TEXT',
      '--private-key-passphrase=pass-phrase',
      '--github-token',
      'ghp_x',
    ]);
    expect(problems).toEqual([
      '--private-key is not accepted: flags show in process lists. Set ADOBE_PRIVATE_KEY instead.',
      '--private-key-passphrase is not accepted: flags show in process lists. Set ADOBE_PRIVATE_KEY_PASSPHRASE instead.',
      '--github-token is an input of the GitHub Action only; the CLI has no such option (see --help).',
    ]);
    expect(problems.join(' ')).not.toMatch(/PEM-TEXT|pass-phrase|ghp_x/);
  });

  it('says what a missing, unknown or doubled command should be', () => {
    expect(run([]).problems).toEqual([
      'expected a command: validate, print, apply or rotate (see campaign-analytics-credentials --help).',
    ]);
    expect(run(['aply']).problems).toEqual([
      'unknown command "aply": did you mean apply? The commands are validate, print, apply or rotate.',
    ]);
    expect(run(['validate', 'print']).problems[0]).toMatch(
      /^expected one command, got 1 more argument after validate: "print"/,
    );
    expect(run(['p8e-EIRF6kY6EHLBSdw2bpLUWKodDqJqSz3xAAAAA']).problems[0]).toBe(
      'unknown command an argument of 41 characters. The commands are validate, print, apply or rotate.',
    );
  });
});

describe('closest', () => {
  const known = ['report-suites', 'metrics', 'dimensions', 'ims-endpoint', 'analytics-endpoint'];
  it('suggests for typos, underscores, swapped letters and fragments', () => {
    expect(closest('report_suites', known)).toBe('report-suites');
    expect(closest('metircs', known)).toBe('metrics');
    expect(closest('suites', known)).toBe('report-suites');
    expect(closest('ims-endpont', known)).toBe('ims-endpoint');
  });
  it('suggests nothing for words that are not close', () => {
    expect(closest('colour', known)).toBeUndefined();
    expect(closest('endpoint', known)).toBeUndefined();
  });
});
