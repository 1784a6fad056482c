import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../tools/temp.js';

/** A self-signed certificate for the key, like the Developer Console's (made with openssl). */
export function selfSignedCertificate(privateKeyPem: string, days: number): string {
  const keyFile = join(makeTempDir('cert'), 'private.key');
  writeFileSync(keyFile, privateKeyPem, { mode: 0o600 });
  return execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-days',
      String(days),
      '-subj',
      '/CN=campaign-analytics-test',
      '-sha256',
    ],
    { encoding: 'utf8' },
  );
}
