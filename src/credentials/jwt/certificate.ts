// Local checks of the JWT credential's public certificate: Adobe's Console certificates
// last a year, and since JWT's end of life they cannot be renewed.
import { type KeyObject, X509Certificate } from 'node:crypto';
import type { Check } from '../../common/checks.js';
import type { InputReader } from '../../common/input-reader.js';
import { inputRef } from '../../common/input-ref.js';
import { unescapeNewlines } from './private-key.js';

const DAY_MS = 86_400_000;

/** The `certificate` input: optional PEM text of the certificate registered on the credential. */
export function readCertificate(reader: InputReader): X509Certificate | undefined {
  const raw = reader.raw('certificate').trim();
  if (raw === '') return undefined;
  try {
    return new X509Certificate(unescapeNewlines(raw));
  } catch {
    reader.problem(
      'certificate',
      'invalid',
      'must be the PEM text of the X.509 certificate registered on the credential (certificate_pub.crt, -----BEGIN CERTIFICATE-----)',
    );
    return undefined;
  }
}

export function certificateChecks(
  certificate: X509Certificate,
  privateKey: KeyObject | undefined,
  now: Date,
  warningDays: number,
): Check[] {
  const validTo = new Date(certificate.validTo);
  const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
  const until = validTo.toISOString().slice(0, 10);
  let expiry: Check;
  if (daysLeft < 0) {
    expiry = {
      id: 'certificate-expiry',
      status: 'fail',
      message: `The credential's certificate expired on ${until}, so IMS refuses the JWT exchange; JWT certificates can no longer be renewed: migrate to OAuth Server-to-Server (same client ID and technical account, ${inputRef('auth', 'oauth')}).`,
    };
  } else if (daysLeft <= warningDays) {
    expiry = {
      id: 'certificate-expiry',
      status: 'warn',
      message: `The credential's certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${until}); it cannot be renewed: migrate to OAuth Server-to-Server before then.`,
    };
  } else {
    expiry = {
      id: 'certificate-expiry',
      status: 'pass',
      message: `The credential's certificate is valid until ${until} (${daysLeft} days).`,
    };
  }
  const checks = [expiry];
  if (privateKey) {
    checks.push(
      certificate.checkPrivateKey(privateKey)
        ? {
            id: 'certificate-key-match',
            status: 'pass',
            message: `${inputRef('private-key')} belongs to the certificate.`,
          }
        : {
            id: 'certificate-key-match',
            status: 'fail',
            message: `${inputRef('private-key')} does not belong to the certificate: use the private.key generated with this certificate, or register this key pair on the credential.`,
          },
    );
  }
  return checks;
}
