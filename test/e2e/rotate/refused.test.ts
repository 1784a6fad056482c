// Guarantee 1: a rotation checks before it changes anything, and when it stops there,
// the credential is exactly as it was.
import { describe, expect, it } from 'vitest';
import { asAction } from '../../support/inputs.js';
import { RUNNER_ENV, rotationCase, rotationOf, useRotationSetup } from '../../support/rotation.js';

const setup = useRotationSetup();

const uuids = (clientId: string) =>
  setup()
    .s.emulator.secretsOf(clientId)
    .map((s) => s.uuid);
const changes = () =>
  setup().s.emulator.requests.filter((r) => r.method !== 'GET' && r.path.startsWith('/console/'));

describe('mode: rotate stops before any change', () => {
  it('when the credential already has two secrets, listing both with their times', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      change: (credential) => {
        credential.clientSecrets.push(`p8e-${'Q'.repeat(32)}`);
      },
    });
    const before = uuids(rotation.clientId);
    expect(before).toHaveLength(2);
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(rotationOf(run)).toMatchObject({ state: 'refused', newSecretUuid: '' });
    expect(run.stdout).toMatch(/::error::The credential already has 2 client secrets: /);
    for (const uuid of before)
      expect(run.stdout).toMatch(new RegExp(`${uuid} \\(created 20\\S+, last used `));
    expect(run.stdout).toMatch(/Delete the unused one in Developer Console/);
    expect(changes()).toEqual([]);
    expect(uuids(rotation.clientId)).toEqual(before);
  });

  it('when the Console credential belongs to another client id', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup());
    s.emulator.reset();
    s.emulator.injectFault({
      method: 'GET',
      path: /\/secrets$/,
      response: {
        status: 200,
        body: {
          client_id: 'someoneelse00000000000000000000',
          client_secrets: [{ uuid: 'a1b2c3d4e5f6', created_at: '1700000000000' }],
        },
      },
    });
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(asAction(run.stdout)).toMatch(
      /::error::Developer Console credential \d+ belongs to another client id than client-id/,
    );
    expect(rotationOf(run).state).toBe('refused');
    expect(changes()).toEqual([]);
  });

  it('when the project lacks the I/O Management API, saying to add it', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      change: (credential) => {
        if (credential.console) credential.console.ioManagementApi = false;
      },
    });
    s.emulator.reset();
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::IMS refused the I\/O Management scopes .*add the I\/O Management API/,
    );
    expect(s.emulator.requests.filter((r) => r.path.startsWith('/console/'))).toEqual([]);
  });

  it('when the project was made by Adobe: the add is refused, with the causes a user can act on', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      change: (credential) => {
        if (credential.console) credential.console.adobeGenerated = true;
      },
    });
    const before = uuids(rotation.clientId);
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The Developer Console refused to add a client secret \(HTTP 403.*I\/O Management API.*created by Adobe.*migrated from JWT to OAuth/,
    );
    expect(rotationOf(run).state).toBe('refused');
    expect(uuids(rotation.clientId)).toEqual(before);
  });

  it('when the GitHub secret cannot be reached, before any secret is added', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      inputs: {
        'github-secret-name': 'ADOBE_CLIENT_SECRET',
        'github-secret-environment': 'staging',
      },
    });
    const before = uuids(rotation.clientId);
    s.emulator.reset();
    const run = await s.run(rotation.inputs, { env: RUNNER_ENV });
    expect(run.exitCode).toBe(1);
    expect(asAction(run.stdout)).toMatch(
      /::error::GitHub secret ADOBE_CLIENT_SECRET cannot be written: GitHub shows the token no environment "staging"/,
    );
    expect(changes()).toEqual([]);
    expect(uuids(rotation.clientId)).toEqual(before);
  });

  it('refuses a JWT credential as an input error naming mode, before any request', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { auth: 'jwt', 'private-key': s.generated.privateKeyPem },
    });
    s.emulator.reset();
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::mode rotate works only with OAuth Server-to-Server credentials/m,
    );
    expect(s.emulator.requests).toEqual([]);
  });
});
