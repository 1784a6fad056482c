// Secret forms that used to escape redaction: the encoded echoes of the client secret, a
// URL quoted whole in an input error, a padded secret, a one-character token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checksOf, expectFailingRow, expectOwnCommandsOnly } from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';
import { parseWorkflowCommands } from '../../support/workflow-commands.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

// Every character that some encoding changes.
const AWKWARD_SECRET = 'p8e-Ab+Cd/Ef=Gh"Ij\\Kl&Mn%Op<Qr>St|Uv#Wx';
const masks = (stdout: string) =>
  parseWorkflowCommands(stdout)
    .commands.filter((c) => c.name === 'add-mask')
    .map((c) => c.data);

describe('secret forms', () => {
  it('redacts the client secret when IMS echoes it form-encoded, URI-encoded or JSON-escaped', async () => {
    const inputs = s.variant((credential) => {
      credential.clientSecrets = [AWKWARD_SECRET];
    });
    const echo = [
      new URLSearchParams({ client_secret: AWKWARD_SECRET }).toString(),
      encodeURIComponent(AWKWARD_SECRET),
      JSON.stringify(AWKWARD_SECRET),
      AWKWARD_SECRET,
    ].join(' and ');
    s.emulator.injectFault({
      path: '/ims/token/v3',
      response: {
        status: 400,
        body: { error: 'invalid_client', error_description: `bad request: ${echo}` },
      },
    });
    // The run's own leak search covers every encoded form of the secret.
    const run = await s.run({ ...inputs, verify: 'token' });
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'ims-token', /client-secret is not valid/);
    const message = checksOf(run).find((c) => c.id === 'ims-token')?.message ?? '';
    expect(message.match(/<client-secret>/g)).toHaveLength(4);
    expect(run.summary).toContain('<client-secret>');
    // And the runner was asked to mask each encoded form too.
    expect(masks(run.stdout)).toEqual(
      expect.arrayContaining([
        AWKWARD_SECRET,
        encodeURIComponent(AWKWARD_SECRET),
        JSON.stringify(AWKWARD_SECRET).slice(1, -1),
      ]),
    );
  });

  it("never echoes a URL's user info, query or fragment in an input error", async () => {
    const run = await s.run({
      ...s.inputs,
      'ims-endpoint': 'http://admin:hunter2pass@ims.example.com/x?token=tok123secret#frag9',
      'analytics-endpoint': 'https://analytics.example.com/?access_token=tok456secret#frag8',
      'github-api-url': 'not a url admin:pw789secret@host?tok=tok000secret',
    });
    expectOwnCommandsOnly(run);
    expect(run.exitCode).toBe(1);
    const errors = parseWorkflowCommands(run.stdout)
      .commands.filter((c) => c.name === 'error')
      .map((c) => c.data)
      .join('\n');
    expect(errors).toMatch(
      /ims-endpoint must use https .*got "http:\/\/<user-info>@ims\.example\.com\/x\?<query>#<fragment>"/,
    );
    expect(errors).toMatch(
      /analytics-endpoint must not have a query or fragment; got "https:\/\/analytics\.example\.com\/\?<query>#<fragment>"/,
    );
    expect(errors).toMatch(
      /github-api-url must be a URL such as https:\/\/host; got "<user-info>@host…"/,
    );
    for (const part of [
      'hunter2pass',
      'tok123secret',
      'frag9',
      'tok456secret',
      'frag8',
      'pw789secret',
      'tok000secret',
    ])
      expect(run.stdout + run.stderr).not.toContain(part);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('masks a padded secret input by its trimmed value, never with its padding', async () => {
    const secret = s.inputs['client-secret'] ?? '';
    const run = await s.run({ ...s.inputs, 'client-secret': `  ${secret}\t \n` });
    expect(run.exitCode).toBe(0);
    expectOwnCommandsOnly(run);
    expect(masks(run.stdout)).toContain(secret);
    expect(masks(run.stdout).filter((mask) => mask !== mask.trim())).toEqual([]);
  });

  it('refuses a one-character access token, and never asks the runner to mask it', async () => {
    s.emulator.injectFault({
      path: '/ims/token/v3',
      response: { status: 200, body: { access_token: 'a', expires_in: 86399 } },
    });
    const run = await s.run(s.inputs);
    expectOwnCommandsOnly(run);
    expectFailingRow(
      run,
      'ims-token',
      /access_token was a string of 1 character, not a bearer token/,
    );
    expect(masks(run.stdout).filter((mask) => mask.length < 8)).toEqual([]);
  });

  it('refuses a client-secret shorter than 16 characters before anything is sent, without echoing it', async () => {
    const run = await s.run({ ...s.inputs, 'client-secret': 'p8e-short12' });
    expectOwnCommandsOnly(run);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::client-secret is only 11 characters long/);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('p8e-short12');
    expect(s.emulator.requests).toHaveLength(0);
  });
});
