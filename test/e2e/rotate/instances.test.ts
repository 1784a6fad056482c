// Guarantees 4 and 5: the new secret goes on every instance and is read back; when any
// instance falls short the old secret stays, and only a full success deletes it.
import { describe, expect, it } from 'vitest';
import { encryptedStandIn } from '../../../tools/campaign-install.js';
import { asAction } from '../../support/inputs.js';
import {
  RUNNER_ENV,
  rotationCase,
  rotationOf,
  secretValues,
  useRotationSetup,
} from '../../support/rotation.js';

const setup = useRotationSetup();

const values = (clientId: string) => secretValues(setup(), clientId);

describe('mode: rotate on the instances', () => {
  it('keeps the old secret when an instance fails, and says which secret each holds and the rerun', async () => {
    const { s, github } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { 'github-secret-name': 'ADOBE_CLIENT_SECRET', 'continue-on-instance-error': 'true' },
      instances: ['prod', 'stage', 'dev'],
    });
    const run = await s.run(rotation.inputs, {
      env: { ...RUNNER_ENV, FAKE_NLSERVER_FAIL: 'stage' },
    });
    expect(run.exitCode).toBe(1);
    const [, added] = s.emulator.secretsOf(rotation.clientId);
    expect(values(rotation.clientId)).toEqual([rotation.oldSecret, added?.value]);
    expect(rotationOf(run)).toMatchObject({
      state: 'incomplete',
      instances: [
        { name: 'prod', result: 'new-secret' },
        { name: 'stage', result: 'old-secret' },
        { name: 'dev', result: 'new-secret' },
      ],
      githubSecret: 'updated',
    });
    expect(await github.openSecret('ADOBE_CLIENT_SECRET')).toBe(added?.value);
    expect(rotation.install.readIms('prod')?.authIMSTAClientSecret).toBe(
      encryptedStandIn(added?.value ?? ''),
    );
    expect(asAction(run.stdout)).toMatch(
      /::error::nlserver config failed for instance stage \(exit code 3\).*The old client secret was kept, so both secrets work\. To finish, run again with mode: apply, instances stage and client-secret set to the GitHub secret ADOBE_CLIENT_SECRET/,
    );
    expect(run.summary).toContain('| ❌ old secret: failed (exit code 3) | `stage` |');
    expect(run.outputs['deleted-secret-uuid']).toBeUndefined();
  });

  it('keeps the old secret when an instance does not read back the credential', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup());
    const run = await s.run(rotation.inputs, { env: { FAKE_NLSERVER_WRONG_CLIENT_ID: 'prod' } });
    expect(run.exitCode).toBe(1);
    expect(rotationOf(run)).toMatchObject({
      state: 'incomplete',
      instances: [
        { name: 'prod', result: 'unknown' },
        { name: 'stage', result: 'old-secret' },
      ],
    });
    expect(asAction(run.stdout)).toMatch(/config-prod\.xml holds authIMSTAClientId "wrong-/);
    expect(values(rotation.clientId)).toHaveLength(2);
  });

  it('keeps both secrets with delete-old-secret: false, and reloads once after the read-back', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { 'delete-old-secret': 'false', reload: 'true' },
    });
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(0);
    expect(rotationOf(run).state).toBe('old-secret-kept');
    expect(values(rotation.clientId)).toHaveLength(2);
    expect(run.outputs['deleted-secret-uuid']).toBeUndefined();
    expect(run.nlserverCalls.map((call) => call.args.slice(0, 2).join(' '))).toEqual([
      'config -instance:prod',
      'config -instance:stage',
      'config -reload',
    ]);
    expect(run.stdout).toMatch(
      /::notice title=Rotation::Every instance holds the new client secret; the old one/,
    );
    // No GitHub secret took the new one: where to copy it from, and the input that would.
    expect(run.summary).toContain(
      'No GitHub secret was configured, so the new secret is stored nowhere: copy it from Developer Console',
    );
    expect(run.stdout).toMatch(
      /::warning title=Rotation::The new client secret was stored nowhere: copy the new secret \S+ from Developer Console.*then delete the old secret \S+\. Set github-secret-name to have it stored for you\./,
    );
  });

  it('fails, saying what to delete, when the old secret cannot be deleted', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), { inputs: { 'max-attempts': '1' } });
    s.emulator.reset();
    s.emulator.injectFault({
      method: 'DELETE',
      path: /\/secrets\/[^/]+$/,
      response: { status: 500, body: { error_code: '500000', message: 'Internal error' } },
    });
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    const output = rotationOf(run);
    expect(output.state).toBe('old-secret-delete-failed');
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::Every instance holds the new client secret, but deleting the old one failed .*delete ${output.oldSecretUuid} in Developer Console`,
      ),
    );
  });

  it("takes Adobe's SDK answers too: 200 without a uuid on add, 200 on delete", async () => {
    const { s } = setup();
    s.emulator.configureConsole({ addStatus: 200, addBody: 'sdk-spec', deleteStatus: 200 });
    try {
      const rotation = rotationCase(setup());
      const run = await s.run(rotation.inputs);
      expect(run.exitCode).toBe(0);
      const [current] = s.emulator.secretsOf(rotation.clientId);
      expect(rotationOf(run)).toMatchObject({ state: 'completed', newSecretUuid: current?.uuid });
      expect(run.outputs['new-secret-uuid']).toBe(current?.uuid);
      expect(values(rotation.clientId)).toEqual([current?.value]);
      expect(current?.value).not.toBe(rotation.oldSecret);
      expect(run.stdout).toContain(
        `::warning title=Rotation::The new client secret was stored nowhere, and the old one is deleted: copy the new secret ${current?.uuid} from Developer Console`,
      );
    } finally {
      s.emulator.configureConsole({ addStatus: 201, addBody: 'documented', deleteStatus: 204 });
    }
  });
});
