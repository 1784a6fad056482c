import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCredential } from '../../tools/adobe-emulator/index.js';
import { rsaKeyPair } from '../support/keys.js';
import { credentialInputs, type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let inputs: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  inputs = { ...credentialInputs(s.generated, s.emulator), verify: 'token' };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

const checks = (outputs: Record<string, string>) =>
  JSON.parse(outputs.checks ?? '[]') as { id: string; status: string; message: string }[];

describe('OAuth Server-to-Server', () => {
  it('gets a token with client_credentials and reports it', async () => {
    const run = await s.run(inputs);
    expect(run.exitCode).toBe(0);
    const [request] = s.emulator.requests;
    expect(request?.path).toBe('/ims/token/v3');
    const form = new URLSearchParams(request?.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe(
      'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
    );
    expect(checks(run.outputs).map((c) => [c.id, c.status])).toEqual([
      ['ims-token', 'pass'],
      ['token-identity', 'pass'],
    ]);
    // v3 answers in seconds: a day ahead, not a few minutes or a thousand days.
    const expiresIn = Date.parse(run.outputs['token-expires-at'] ?? '') - Date.now();
    expect(expiresIn).toBeGreaterThan(23 * 3600_000);
    expect(expiresIn).toBeLessThan(25 * 3600_000);
    expect(run.summary).toContain('| ✅ | ims-token |');
    expect(run.summary.split('\n')[0]).toMatch(
      /^### ✅ All 2 checks passed · validate · OAuth Server-to-Server · token lifetime 2[34]\.\d h$/,
    );
    expect(run.stdout).not.toContain('::warning::');
  });

  it('turns a wrong secret into an actionable message without a stack trace', async () => {
    const run = await s.run({ ...inputs, 'client-secret': 'p8e-WrongWrongWrongWrongWrongWrong1' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::client-secret is not valid for client-id/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    expect(checks(run.outputs)).toContainEqual(
      expect.objectContaining({ id: 'ims-token', status: 'fail' }),
    );
    expect(run.summary.split('\n')[0]).toMatch(/^### ❌ 1 of 1 checks failed · validate/);
    expect(run.summary).toContain('| ❌ | ims-token | client-secret is not valid');
  });

  it('fails when technical-account-id belongs to another credential', async () => {
    const run = await s.run({
      ...inputs,
      'technical-account-id': 'AAAAAAAAAAAAAAAAAAAAAAAA@techacct.adobe.com',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /technical-account-id AAAA\S+ does not match the credential's technical account/,
    );
  });
});

describe('Service Account (JWT), legacy', () => {
  it('exchanges a signed assertion from a PEM key and warns about end of life', async () => {
    const run = await s.run({ ...inputs, 'private-key': s.generated.privateKeyPem });
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests[0]?.path).toBe('/ims/exchange/jwt');
    expect(run.stdout).toMatch(
      /::warning::Service Account \(JWT\) credentials reached end of life on 2025-06-30/,
    );
    expect(checks(run.outputs).map((c) => [c.id, c.status])).toEqual([
      ['credential-type', 'warn'],
      ['ims-token', 'pass'],
      ['token-identity', 'pass'],
    ]);
    // The exchange answers in milliseconds: still about a day.
    const expiresIn = Date.parse(run.outputs['token-expires-at'] ?? '') - Date.now();
    expect(expiresIn).toBeGreaterThan(23 * 3600_000);
    expect(expiresIn).toBeLessThan(25 * 3600_000);
  });

  it('takes the key as `base64 -w0 private.key` and as a \\n-escaped one-liner', async () => {
    const encoded = Buffer.from(s.generated.privateKeyPem).toString('base64');
    const escaped = s.generated.privateKeyPem.trim().replace(/\n/g, '\\n');
    for (const key of [encoded, escaped]) {
      const run = await s.run({ ...inputs, 'private-key': key });
      expect(run.exitCode).toBe(0);
    }
  });

  it('explains a key that does not match the registered certificate', async () => {
    const run = await s.run({ ...inputs, 'private-key': rsaKeyPair().pkcs8 });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::private-key does not match the certificate registered on the credential/,
    );
  });

  it('explains a credential that Adobe converted to OAuth', async () => {
    const converted = generateCredential();
    delete converted.credential.jwt;
    s.emulator.addCredential(converted.credential);
    const run = await s.run({
      ...inputs,
      'ims-org-id': converted.credential.orgId,
      'client-id': converted.credential.clientId,
      'client-secret': converted.credential.clientSecrets[0] ?? '',
      'technical-account-id': converted.credential.technicalAccountId,
      'private-key': converted.privateKeyPem,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/converted to OAuth .*use auth: oauth/);
  });
});

describe('verify none', () => {
  it('sends nothing to Adobe', async () => {
    const run = await s.run({ ...inputs, verify: 'none' });
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests).toHaveLength(0);
    expect(checks(run.outputs)).toEqual([
      expect.objectContaining({ id: 'ims-token', status: 'skip' }),
    ]);
  });
});
