// Workflow-command injection: text from every place it enters (IMS, Analytics errors,
// discovery, token claims, report suite ids, nlserver, an input quoted back) tries every
// way the runner reads a command. The bundled action runs as the runner runs it, and the
// runner model sees no command but the action's own.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checksOf,
  expectFailingRow,
  expectOwnCommandsOnly,
  HOSTILE,
  HOSTILE_NLSERVER,
  MARK,
} from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';
import { parseWorkflowCommands } from '../../support/workflow-commands.js';

let s: Scenario;
let permissions: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  permissions = { ...s.inputs, verify: 'permissions' };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

const TOKEN = '/ims/token/v3';
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Adobe's words are still there for the user, sanitised: one line, no command. */
function expectShownSanitised(text: string | undefined): void {
  expect(text).toContain(`\\::error title=${MARK}`);
  expect(text).toContain(`x\\n::set-output name=${MARK}`);
  expect(text).toContain(`x\\r::add-mask::${MARK}`);
  expect(text).toContain('##\\[set-output');
  expect(text).toContain('\\u001b[2J');
}

describe('workflow-command injection: text from Adobe', () => {
  it('in an IMS error description', async () => {
    s.emulator.injectFault({
      path: TOKEN,
      response: { status: 400, body: { error: 'invalid_client', error_description: HOSTILE } },
    });
    const run = await s.run(s.inputs);
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'ims-token', /client-secret is not valid for client-id/);
    expectShownSanitised(checksOf(run).find((c) => c.id === 'ims-token')?.message);
  });

  it('in an Analytics error envelope (code and message)', async () => {
    s.emulator.injectFault({
      path: /\/metrics$/,
      response: { status: 403, body: { errorCode: HOSTILE, errorDescription: HOSTILE } },
    });
    const run = await s.run({ ...permissions, 'report-suites': 'rs1prod' });
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'metrics:rs1prod', /No access to the metrics of report suite rs1prod/);
    expectShownSanitised(checksOf(run).find((c) => c.id === 'metrics:rs1prod')?.message);
  });

  it('in discovery: org ids and the technical account', async () => {
    s.emulator.injectFault({
      path: '/discovery/me',
      response: {
        status: 200,
        body: { imsUserId: HOSTILE, imsOrgs: [{ imsOrgId: HOSTILE, companies: [] }] },
      },
    });
    const run = await s.run(permissions);
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'analytics-identity', /is not among the organizations/);
    expectShownSanitised(checksOf(run).find((c) => c.id === 'analytics-identity')?.message);
  });

  it('in discovery: company names', async () => {
    const org = s.inputs['ims-org-id'];
    const companies = ['acme1', 'acme2'].map((id) => ({
      globalCompanyId: id,
      companyName: HOSTILE,
    }));
    s.emulator.injectFault({
      path: '/discovery/me',
      response: { status: 200, body: { imsOrgs: [{ imsOrgId: org, companies }] } },
    });
    const run = await s.run(permissions);
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'analytics-identity', /set global-company-id to one of acme1 \(/);
  });

  it('in the claims of the access token', async () => {
    const token = `${base64url({ alg: 'none' })}.${base64url({ client_id: HOSTILE, user_id: HOSTILE })}.c2ln`;
    s.extraSecrets.push(token);
    s.emulator.injectFault({
      path: TOKEN,
      response: { status: 200, body: { access_token: token, expires_in: 86399 } },
    });
    const run = await s.run(s.inputs);
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'token-identity', /The token was issued to client /);
    expectShownSanitised(checksOf(run).find((c) => c.id === 'token-identity')?.message);
  });

  it('in report suite ids', async () => {
    s.emulator.injectFault({
      path: /\/reportsuites\/collections\/suites$/,
      response: { status: 200, body: { content: [{ rsid: HOSTILE }, { rsid: 'rs1prod' }] } },
    });
    const run = await s.run(permissions);
    expectOwnCommandsOnly(run);
    const row = checksOf(run).find((c) => c.id === 'report-suites');
    expect(row?.message).toMatch(/^Visible report suites: .*, rs1prod\./);
    expectShownSanitised(row?.message);
  });
});

describe('workflow-command injection: nlserver and inputs', () => {
  it("in nlserver's output, shown between stop-commands and its resume", async () => {
    const run = await s.run({
      ...s.inputs,
      mode: 'apply',
      instances: 'prod',
      nlserver: HOSTILE_NLSERVER,
    });
    expect(run.exitCode).toBe(0);
    expectOwnCommandsOnly(run);
    const { commands } = parseWorkflowCommands(run.stdout);
    const stop = commands.find((c) => c.name === 'stop-commands');
    expect(stop?.data).toMatch(/^[0-9a-f]{32}$/);
    const shown = run.stdout.slice(
      run.stdout.indexOf(`::stop-commands::${stop?.data}`),
      run.stdout.indexOf(`::${stop?.data}::`),
    );
    // Each attack is there to read, sanitised, and the echoed secret redacted.
    expect(shown).toContain(`\\::set-output name=${MARK}::1`);
    // A lone CR ends a line, as the runner reads it.
    expect(shown).toContain(`\n\\::add-mask::${MARK} after a lone CR`);
    expect(shown).toContain(`##\\[error]${MARK} legacy`);
    expect(shown).toContain(`\\u001b[31m${MARK} colour`);
    expect(shown).toContain('/<client-secret>');
  });

  it('in an input value quoted back in an input error', async () => {
    const run = await s.run({ ...s.inputs, 'timeout-seconds': HOSTILE });
    expectOwnCommandsOnly(run);
    expect(run.stdout).toMatch(/::error::timeout-seconds must be a whole number .*got "\\::error/);
    expect(s.emulator.requests).toHaveLength(0);
  });
});
