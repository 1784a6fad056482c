import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { certificateChecks } from '../../src/credentials/jwt/certificate.js';
import { parsePrivateKey } from '../../src/credentials/jwt/private-key.js';
import { selfSignedCertificate } from '../support/certificates.js';
import { rsaKeyPair } from '../support/keys.js';

const keys = rsaKeyPair();
const certificate = new X509Certificate(selfSignedCertificate(keys.pkcs8, 365));
const key = (pem: string) => {
  const parsed = parsePrivateKey(pem, '');
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value.key;
};
const DAY = 86_400_000;
const validTo = new Date(certificate.validTo).getTime();

describe('certificate checks', () => {
  it('passes a certificate far from expiry whose key matches', () => {
    const checks = certificateChecks(
      certificate,
      key(keys.pkcs8),
      new Date(validTo - 100 * DAY),
      30,
    );
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['certificate-expiry', 'pass'],
      ['certificate-key-match', 'pass'],
    ]);
  });

  it('warns within expiry-warning-days and fails once expired', () => {
    expect(
      certificateChecks(certificate, undefined, new Date(validTo - 10 * DAY), 30)[0],
    ).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/expires in (9|10) days/),
    });
    expect(certificateChecks(certificate, undefined, new Date(validTo + DAY), 30)[0]).toMatchObject(
      {
        status: 'fail',
        message: expect.stringMatching(/expired on .*migrate to OAuth Server-to-Server/),
      },
    );
  });

  it('fails a private key from another key pair', () => {
    const other = rsaKeyPair();
    const checks = certificateChecks(
      certificate,
      key(other.pkcs8),
      new Date(validTo - 100 * DAY),
      30,
    );
    expect(checks[1]).toMatchObject({ id: 'certificate-key-match', status: 'fail' });
  });
});
