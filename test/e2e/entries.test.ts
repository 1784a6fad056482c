// The runner starts main and post from their own entry files: nothing in the environment
// can turn the main step into the post step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());

describe('main and post entries', () => {
  it('runs every check even when an earlier step exported STATE_isPost', async () => {
    const wrongSecret = { ...s.inputs, 'client-secret': 'p8e-NotTheRightSecretAtAll12345678' };
    const run = await s.run(wrongSecret, { env: { STATE_isPost: 'true' } });
    expect(run.exitCode).toBe(1);
    expect(s.emulator.requests.some((r) => r.path === '/ims/token/v3')).toBe(true);
    expect(JSON.parse(run.outputs.checks ?? '[]')).toContainEqual(
      expect.objectContaining({ id: 'ims-token', status: 'fail' }),
    );
  });

  it('the post step does nothing without state from the main step', async () => {
    const run = await s.run(s.inputs);
    expect(run.exitCode).toBe(0);
    expect(run.post).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});
