// Every malformed input is refused before any request: exit 1, an error that names the
// input, no stack trace, and zero requests at the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUT_CASES as cases, isCleanRejection } from '../support/bad-inputs.js';
import { credentialInputs, type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let valid: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  valid = { ...credentialInputs(s.generated, s.emulator), verify: 'token' };
});
afterAll(() => s.close());

describe('malformed inputs', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s → names %s', async (_what, overrides, input) => {
    s.emulator.reset();
    const run = await s.run({ ...valid, ...overrides });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`::error::${input} `);
    expect(isCleanRejection(run, input)).toBe(true);
    expect(s.emulator.requests).toHaveLength(0);
  });

  it('normalises forgivable formatting instead of rejecting it', async () => {
    s.emulator.reset();
    const run = await s.run({
      ...valid,
      'ims-org-id': ` ${valid['ims-org-id']} `,
      'client-secret': `${valid['client-secret']}\n`,
      'private-key': `\n${s.generated.privateKeyPem.replace(/\n/g, '\r\n')}\n`,
    });
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests.map((r) => r.path)).toEqual(['/ims/exchange/jwt']);
  });
});
