// A scheduled health check opening and closing its alert issue, against a local fake
// of the GitHub REST API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALERT_MARKER, ALERT_TITLE } from '../../src/github/alerts.js';
import { type FakeGitHub, startFakeGitHub } from '../../tools/github-emulator/index.js';
import { startProxy } from '../support/proxy.js';
import { type Scenario, secretForms, startScenario } from '../support/scenario.js';

const GITHUB_TOKEN = 'ghs_AlertTokenForTheTests0123456789';
let s: Scenario;
let github: FakeGitHub;
let inputs: Record<string, string>;
let runnerEnv: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  github = await startFakeGitHub({ owner: 'acme', repo: 'campaign', token: GITHUB_TOKEN });
  inputs = {
    ...s.inputs,
    verify: 'permissions',
    'report-suites': 'rs1prod',
    'alert-issue': 'adobe-credentials',
    'github-token': GITHUB_TOKEN,
  };
  runnerEnv = {
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/campaign',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
  };
});
afterAll(async () => {
  await github.close();
  await s.close();
});
beforeEach(() => s.emulator.reset());

const openAlerts = () =>
  github.issues.filter((i) => i.state === 'open' && i.labels.includes('adobe-credentials'));

describe('scheduled health with alert-issue', () => {
  it('opens one issue with the failing rows, what to change and a link to the run', async () => {
    const run = await s.run({ ...inputs, 'report-suites': 'rs1prod, rs9gone' }, { env: runnerEnv });
    expect(run.exitCode).toBe(1);
    expect(openAlerts()).toHaveLength(1);
    const issue = openAlerts()[0];
    expect(issue?.body).toMatch(
      /\| report-suites \| fail \| Report suite rs9gone is not visible .*Permissions > Report Suites/,
    );
    expect(issue?.body).toContain('https://github.example/acme/campaign/actions/runs/4242');
    expect(run.stdout).toMatch(/Alert: opened alert issue #\d+\./);
  });

  it('updates the same issue while the checks keep failing', async () => {
    const run = await s.run(
      { ...inputs, 'report-suites': 'rs1prod, rs9gone', metrics: 'event77' },
      { env: runnerEnv },
    );
    expect(run.exitCode).toBe(1);
    expect(openAlerts()).toHaveLength(1);
    expect(openAlerts()[0]?.body).toMatch(/metrics\/event77/);
    expect(run.stdout).toMatch(/Alert: updated alert issue #/);
  });

  it('comments and closes the issue once the checks pass again', async () => {
    const run = await s.run(inputs, { env: runnerEnv });
    expect(run.exitCode).toBe(0);
    expect(openAlerts()).toHaveLength(0);
    const closed = github.issues.find((i) => i.labels.includes('adobe-credentials'));
    expect(closed?.state).toBe('closed');
    expect(closed?.comments.at(-1)).toMatch(/All checks pass again in \[this run\]/);
  });

  it('leaves issues alone on other events', async () => {
    const before = github.requests.length;
    const run = await s.run(
      { ...inputs, 'report-suites': 'rs9gone' },
      { env: { ...runnerEnv, GITHUB_EVENT_NAME: 'push' } },
    );
    expect(run.exitCode).toBe(1);
    expect(github.requests.length).toBe(before);
    expect(run.stdout).toMatch(
      /::notice title=Alert issue::alert-issue applies to scheduled and manual/,
    );
  });

  it('never sends a secret or token to GitHub, and masks the GitHub token', async () => {
    const sent = github.requests.map((r) => r.body).join('\n');
    expect(sent.length).toBeGreaterThan(0);
    for (const form of [...secretForms(s.generated, s.emulator), GITHUB_TOKEN])
      expect(sent).not.toContain(form);
    const run = await s.run({ ...inputs, 'report-suites': 'rs9gone' }, { env: runnerEnv });
    expect(run.stdout).toContain(`::add-mask::${GITHUB_TOKEN}`);
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(GITHUB_TOKEN);
  });

  it('warns, without failing the check, when GitHub refuses the token', async () => {
    const run = await s.run(
      { ...inputs, 'github-token': 'ghs_WrongTokenWrongTokenWrong' },
      { env: runnerEnv },
    );
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning title=Alert issue::Could not update the alert issue labelled adobe-credentials: Bad credentials/,
    );
  });

  it('finds an alert issue whose label GitHub dropped, by its marker, instead of opening another', async () => {
    for (const issue of github.issues) issue.state = 'closed';
    const unlabelled = github.seedIssue({
      title: ALERT_TITLE,
      body: `old\n${ALERT_MARKER}`,
      labels: [],
    });
    const before = github.issues.length;
    const run = await s.run({ ...inputs, 'report-suites': 'rs9gone' }, { env: runnerEnv });
    expect(run.exitCode).toBe(1);
    expect(github.issues.length).toBe(before);
    expect(unlabelled.body).toMatch(/rs9gone/);
    expect(run.stdout).toContain(`Alert: updated alert issue #${unlabelled.number}.`);
  });

  it("never edits or closes someone else's issue that carries the same label", async () => {
    for (const issue of github.issues) issue.state = 'closed';
    const human = github.seedIssue({
      title: 'Adobe credentials rotation plan',
      body: 'Notes by the team',
      labels: ['adobe-credentials'],
    });
    const failing = await s.run({ ...inputs, 'report-suites': 'rs9gone' }, { env: runnerEnv });
    expect(failing.stdout).toMatch(/Alert: opened alert issue #/);
    const passing = await s.run(inputs, { env: runnerEnv });
    expect(passing.stdout).toMatch(/Alert: closed alert issue #/);
    expect(human).toMatchObject({ state: 'open', body: 'Notes by the team', comments: [] });
  });

  it("reaches GitHub through the runner's proxy variables, like the Adobe calls", async () => {
    const proxy = await startProxy();
    try {
      const run = await s.run(
        { ...inputs, 'report-suites': 'rs9gone' },
        { env: { ...runnerEnv, HTTP_PROXY: proxy.url } },
      );
      expect(run.stdout).toMatch(/Alert: (opened|updated) alert issue #/);
      expect(proxy.seen.some((line) => line.includes(new URL(github.url).host))).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
