// A rotation that goes all the way: the new secret proven, stored in GitHub, applied and
// read back on every instance, and the old one deleted.
import { describe, expect, it } from 'vitest';
import { encryptedStandIn } from '../../../tools/campaign-install.js';
import { RUNNER_ENV, rotationCase, rotationOf, useRotationSetup } from '../../support/rotation.js';

const setup = useRotationSetup();

describe('mode: rotate, all the way', () => {
  it('adds, proves, stores, applies and reads back, then deletes the old secret', async () => {
    const { s, github } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { 'github-secret-name': 'ADOBE_CLIENT_SECRET' },
    });
    const [old] = s.emulator.secretsOf(rotation.clientId);
    const requestsBefore = s.emulator.requests.length;
    const run = await s.run(rotation.inputs, { env: RUNNER_ENV });
    expect(run.stdout + run.stderr, run.stdout).not.toMatch(/::error/);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).not.toMatch(/\(node:\d+\)/);

    const secrets = s.emulator.secretsOf(rotation.clientId);
    expect(secrets).toHaveLength(1);
    const [current] = secrets;
    expect(current?.uuid).not.toBe(old?.uuid);
    // The new secret is in GitHub, sealed with the repository's key, and on each instance.
    expect(await github.openSecret('ADOBE_CLIENT_SECRET')).toBe(current?.value);
    for (const instance of ['prod', 'stage']) {
      expect(rotation.install.readIms(instance)).toMatchObject({
        authIMSTAClientId: rotation.clientId,
        authIMSTAClientSecret: encryptedStandIn(current?.value ?? ''),
      });
    }
    expect(rotationOf(run)).toEqual({
      state: 'completed',
      oldSecretUuid: old?.uuid,
      newSecretUuid: current?.uuid,
      instances: [
        { name: 'prod', result: 'new-secret' },
        { name: 'stage', result: 'new-secret' },
      ],
      githubSecret: 'updated',
    });
    expect(run.outputs['new-secret-uuid']).toBe(current?.uuid);
    expect(run.outputs['deleted-secret-uuid']).toBe(old?.uuid);
    // The summary lists both secrets, and which one was deleted.
    expect(run.summary).toContain(`| old | \`${old?.uuid}\` |`);
    expect(run.summary).toMatch(
      new RegExp(`\\| old \\| \`${old?.uuid}\` \\| \\S+ \\| \\S+ \\| deleted \\|`),
    );
    expect(run.summary).toMatch(
      new RegExp(`\\| new \\| \`${current?.uuid}\` \\| .* \\| in use \\|`),
    );
    // Two tokens: one with the old secret for the Console, one proving the new secret,
    // which the checks then use (IMS throttles callers that mint many).
    const tokenRequests = s.emulator.requests
      .slice(requestsBefore)
      .filter((request) => request.path === '/ims/token/v3');
    expect(
      tokenRequests.map((request) => new URLSearchParams(request.body).get('client_secret')),
    ).toEqual([old?.value, current?.value]);
    // Rotate writes no command file.
    expect(run.outputs['command-file']).toBeUndefined();
    expect(run.leftoverFiles).toEqual([]);
  });
});
