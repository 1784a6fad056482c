import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../support/certificates.js';
import { rsaKeyPair } from '../support/keys.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let jwtInputs: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  jwtInputs = { ...s.inputs, 'private-key': s.generated.privateKeyPem };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

const checks = (outputs: Record<string, string>) =>
  JSON.parse(outputs.checks ?? '[]') as { id: string; status: string; message: string }[];

describe('certificate (jwt)', () => {
  it('warns before expiry, in the log and the summary, and checks the key belongs to it', async () => {
    const run = await s.run({
      ...jwtInputs,
      certificate: selfSignedCertificate(s.generated.privateKeyPem, 10),
    });
    expect(run.exitCode).toBe(0);
    expect(checks(run.outputs)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'certificate-expiry', status: 'warn' }),
        expect.objectContaining({ id: 'certificate-key-match', status: 'pass' }),
      ]),
    );
    expect(run.summary).toMatch(
      /\| ⚠️ \| certificate-expiry \| The credential's certificate expires in \d+ days/,
    );
  });

  it('honours expiry-warning-days', async () => {
    const run = await s.run({
      ...jwtInputs,
      certificate: selfSignedCertificate(s.generated.privateKeyPem, 10),
      'expiry-warning-days': '5',
    });
    expect(checks(run.outputs).find((c) => c.id === 'certificate-expiry')?.status).toBe('pass');
  });

  it("fails when the private key is not the certificate's", async () => {
    const run = await s.run({
      ...jwtInputs,
      certificate: selfSignedCertificate(rsaKeyPair().pkcs8, 365),
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*private-key does not belong to the certificate/);
  });

  it('refuses a certificate that is not one, before any request', async () => {
    const run = await s.run({ ...jwtInputs, certificate: rsaKeyPair().publicPem });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::certificate must be the PEM text of the X\.509 certificate/,
    );
    expect(s.emulator.requests).toHaveLength(0);
  });
});
