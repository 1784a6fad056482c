// The smaller faults: STATE_isPost from an earlier step, print without GITHUB_STATE, a
// network failure's reason, and the alert issue on a bad day at GitHub.
import { once } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../../tools/github-emulator/index.js';
import { checksOf, expectOwnCommandsOnly, HOSTILE, MARK } from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';

const GITHUB_TOKEN = 'ghs_AdversarialAlertToken0123456789';
let s: Scenario;
let github: FakeGitHub;
let alertInputs: Record<string, string>;
let runnerEnv: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  github = await startFakeGitHub({ owner: 'acme', repo: 'campaign', token: GITHUB_TOKEN });
  alertInputs = {
    ...s.inputs,
    'report-suites': 'rs9gone',
    verify: 'permissions',
    'alert-issue': 'adobe-credentials',
    'github-token': GITHUB_TOKEN,
  };
  runnerEnv = {
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/campaign',
    GITHUB_API_URL: github.url,
  };
});
afterAll(async () => {
  await github.close();
  await s.close();
});
beforeEach(() => s.emulator.reset());

const ISSUES = '/repos/acme/campaign/issues';
const alertWarning = (stdout: string) =>
  /::warning title=Alert issue::(.*)/.exec(stdout)?.[1] ?? '';

describe('smaller faults', () => {
  it('runs every check although an earlier step exported STATE_isPost', async () => {
    const run = await s.run(s.inputs, { env: { STATE_isPost: 'true' } });
    expect(run.exitCode).toBe(0);
    expect(checksOf(run).find((c) => c.id === 'ims-token')?.status).toBe('pass');
    expect(s.emulator.requests.length).toBeGreaterThan(0);
  });

  it('keeps the command file without GITHUB_STATE, and warns naming it', async () => {
    const run = await s.run(
      { ...s.inputs, mode: 'print', instances: 'prod' },
      { env: { GITHUB_STATE: '', RUNNER_TEMP: '' } },
    );
    const file = run.outputs['command-file'] ?? '';
    try {
      expect(run.exitCode).toBe(0);
      expectOwnCommandsOnly(run);
      expect(run.stdout).toContain(
        `::warning title=Command file::GITHUB_STATE is not set, so the post step cannot remove the command file ${file}`,
      );
      expect(run.stdout).not.toMatch(/::save-state/);
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('names a network failure instead of showing a bare number', async () => {
    // A port nothing listens on: taken, then given back.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const run = await s.run({
      ...s.inputs,
      verify: 'permissions',
      'analytics-endpoint': `http://127.0.0.1:${port}`,
      'max-attempts': '1',
    });
    const row = checksOf(run).find((c) => c.id === 'analytics-access');
    expect(row?.message).toMatch(/failed after 1 attempt: ECONNREFUSED\./);
    expect(row?.message).not.toMatch(/: \d+\./);
  });
});

describe('alert issue when GitHub has a bad day', () => {
  it('retries a 502 and updates the issue', async () => {
    github.injectFault({
      method: 'GET',
      path: ISSUES,
      response: { status: 502, body: { message: 'Bad gateway' } },
    });
    const run = await s.run(alertInputs, { env: runnerEnv });
    expectOwnCommandsOnly(run);
    expect(run.stdout).toMatch(
      /GET \/repos\/acme\/campaign\/issues: attempt 1 of 4 got HTTP 502; retrying in/,
    );
    expect(run.stdout).toMatch(/Alert: (opened|updated) alert issue #\d+\./);
  });

  it('retries a secondary rate limit (403 with Retry-After)', async () => {
    github.injectFault({
      method: 'GET',
      path: ISSUES,
      response: {
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit' },
      },
    });
    const run = await s.run(alertInputs, { env: runnerEnv });
    expect(run.stdout).toMatch(/attempt 1 of 4 got HTTP 403; retrying in 1\.0 s/);
    expect(run.stdout).toMatch(/Alert: (opened|updated) alert issue #\d+\./);
  });

  it('tells "GitHub failed (HTTP 502)" apart from "the token lacks issues: write (HTTP 403)"', async () => {
    github.injectFault({
      path: ISSUES,
      // Every one of the 4 attempts (max-attempts' default).
      times: 4,
      response: { status: 502, body: { message: 'Server Error' } },
    });
    const failed = await s.run(alertInputs, { env: runnerEnv });
    expect(failed.exitCode).toBe(1);
    expect(alertWarning(failed.stdout)).toMatch(/: GitHub failed \(HTTP 502\), also after retries/);
    expect(alertWarning(failed.stdout)).not.toMatch(/issues: write/);

    // The same wording GitHub uses for rate limits, without their headers: a refusal.
    github.injectFault({ path: ISSUES, response: { status: 403, body: { message: HOSTILE } } });
    const refused = await s.run(alertInputs, { env: runnerEnv });
    expectOwnCommandsOnly(refused);
    expect(alertWarning(refused.stdout)).toMatch(/: the token lacks issues: write \(HTTP 403\)/);
    expect(alertWarning(refused.stdout)).toContain(`GitHub said: "\\::error title=${MARK}`);
  });

  it('gives up on a rate limit that outlasts the deadline, and says so', async () => {
    github.injectFault({ path: ISSUES, response: { status: 429, body: { message: 'slow down' } } });
    const run = await s.run(alertInputs, { env: runnerEnv });
    expect(alertWarning(run.stdout)).toMatch(/GitHub kept rate-limiting the requests \(HTTP 429\)/);
  });

  it('says what GitHub sent when an answer does not fit', async () => {
    github.injectFault({
      method: 'GET',
      path: ISSUES,
      response: { status: 200, body: [{ number: 'one' }] },
    });
    const run = await s.run(alertInputs, { env: runnerEnv });
    expect(alertWarning(run.stdout)).toMatch(
      /GitHub answered the issue list in a shape this action cannot read: \[0\]\.number was the string "one"/,
    );
  });
});
