// Guarantees 2 and 3: a new secret that does not prove itself, or cannot be stored in
// GitHub, is deleted again, and nothing else changes; the rollback has time kept for it.
import { describe, expect, it } from 'vitest';
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

describe('mode: rotate rolls back', () => {
  it('waits while IMS does not know the new secret yet, then goes on', async () => {
    const { s } = setup();
    s.emulator.configureConsole({ secretActivationDelayMs: 2_500 });
    try {
      const rotation = rotationCase(setup());
      const run = await s.run(rotation.inputs);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(
        /IMS does not accept the new secret yet \(invalid_client\): trying again in/,
      );
      expect(rotationOf(run).state).toBe('completed');
    } finally {
      s.emulator.configureConsole({ secretActivationDelayMs: 0 });
    }
  });

  it('when the new secret never works at IMS, even past the deadline of the steps', async () => {
    const { s } = setup();
    s.emulator.configureConsole({ secretActivationDelayMs: 120_000 });
    try {
      const rotation = rotationCase(setup(), { inputs: { 'timeout-seconds': '12' } });
      const started = Date.now();
      const run = await s.run(rotation.inputs);
      expect(run.exitCode).toBe(1);
      expect(rotationOf(run).state).toBe('rolled-back');
      expect(run.stdout).toMatch(
        /::error::The new client secret did not work at IMS: .*The new client secret was deleted again: nothing changed/,
      );
      expect(values(rotation.clientId)).toEqual([rotation.oldSecret]);
      // The steps stop 4 s early (a third of 12 s), so the rollback still fits.
      expect(Date.now() - started).toBeLessThan(14_000);
      for (const instance of ['prod', 'stage'])
        expect(rotation.install.readIms(instance)).toBeUndefined();
    } finally {
      s.emulator.configureConsole({ secretActivationDelayMs: 0 });
    }
  }, 30_000);

  it('when the configured checks fail with the new secret', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { verify: 'permissions', 'report-suites': 'rs1prod, rs9gone' },
    });
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    expect(rotationOf(run)).toMatchObject({ state: 'rolled-back', githubSecret: 'not-configured' });
    expect(run.stdout).toMatch(
      /::error::The checks failed with the new client secret: Report suite rs9gone is not visible/,
    );
    expect(JSON.parse(run.outputs.checks ?? '[]')).toContainEqual(
      expect.objectContaining({ id: 'report-suite:rs9gone', status: 'fail' }),
    );
    expect(values(rotation.clientId)).toEqual([rotation.oldSecret]);
  });

  it('when GitHub refuses to store it, saying which token can', async () => {
    const { s, github } = setup();
    github.setCanWriteSecrets(false);
    try {
      const rotation = rotationCase(setup(), {
        inputs: { 'github-secret-name': 'ADOBE_CLIENT_SECRET' },
      });
      const run = await s.run(rotation.inputs, { env: RUNNER_ENV });
      expect(run.exitCode).toBe(1);
      expect(rotationOf(run)).toMatchObject({ state: 'rolled-back', githubSecret: 'failed' });
      expect(asAction(run.stdout)).toMatch(
        /::error::GitHub secret ADOBE_CLIENT_SECRET was not updated: the token may not write Actions secrets \(Secrets: write\) \(HTTP 403\): set github-token to a fine-grained personal access token or a GitHub App token/,
      );
      expect(values(rotation.clientId)).toEqual([rotation.oldSecret]);
      expect(
        github.actionsSecrets.filter((secret) => secret.name === 'ADOBE_CLIENT_SECRET'),
      ).toEqual([]);
    } finally {
      github.setCanWriteSecrets(true);
    }
  });

  it('says what to delete when the rollback itself fails', async () => {
    const { s } = setup();
    const rotation = rotationCase(setup(), {
      inputs: { verify: 'permissions', 'report-suites': 'rs9gone', 'max-attempts': '1' },
    });
    s.emulator.reset();
    s.emulator.injectFault({
      method: 'DELETE',
      path: /\/secrets\/[^/]+$/,
      times: 5,
      response: { status: 500, body: { error_code: '500000', message: 'Internal error' } },
    });
    const run = await s.run(rotation.inputs);
    expect(run.exitCode).toBe(1);
    const output = rotationOf(run);
    expect(output.state).toBe('rollback-failed');
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::.*Deleting the new client secret again failed .*Delete ${output.newSecretUuid} in Developer Console`,
      ),
    );
    expect(values(rotation.clientId)).toHaveLength(2);
  });
});
