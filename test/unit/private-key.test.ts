import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePrivateKey, privateKeyForms } from '../../src/credentials/jwt/private-key.js';
import { asAction } from '../support/inputs.js';
import { base64, rsaKeyPair } from '../support/keys.js';

const keys = rsaKeyPair();

function problemOf(raw: string, passphrase = '') {
  const result = parsePrivateKey(raw, passphrase);
  if (result.ok) throw new Error('expected a problem');
  return asAction(result.problem);
}

describe('parsePrivateKey', () => {
  it('accepts PKCS#8 PEM and keeps the file bytes for nlserver', () => {
    const result = parsePrivateKey(keys.pkcs8, '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.pem).toBe(keys.pkcs8);
    expect(result.value.base64).toBe(base64(keys.pkcs8));
    expect(result.value.key.asymmetricKeyType).toBe('rsa');
  });

  it('accepts PKCS#1 PEM', () => {
    expect(parsePrivateKey(keys.pkcs1, '').ok).toBe(true);
  });

  it('normalises forgivable formatting: \\n-escaped, CRLF, surrounding whitespace, missing final newline', () => {
    const variants = [
      keys.pkcs8.trim().replace(/\n/g, '\\n'),
      keys.pkcs8.replace(/\n/g, '\r\n'),
      `  \n${keys.pkcs8.trim()}\n\n  `,
      keys.pkcs8.trim(),
    ];
    for (const variant of variants) {
      const result = parsePrivateKey(variant, '');
      expect(result.ok && result.value.pem).toBe(keys.pkcs8);
    }
  });

  it('takes `base64 -w0 private.key` and passes those exact bytes on', () => {
    const encoded = base64(keys.pkcs8);
    const result = parsePrivateKey(`${encoded}\n`, '');
    expect(result.ok && result.value.base64).toBe(encoded);
    expect(result.ok && result.value.pem).toBe(keys.pkcs8);
  });

  it('rejects base64 wrapped over lines, and base64 of something else', () => {
    const wrapped = base64(keys.pkcs8).replace(/(.{76})/g, '$1\n');
    expect(problemOf(wrapped)).toMatch(/base64 -w0/);
    expect(problemOf(base64('hello world, not a key'))).toMatch(/not of a PEM key file/);
    expect(problemOf('%%% not base64 %%%'.replace(/ /g, ''))).toMatch(
      /is neither PEM text .* nor base64/,
    );
  });

  it('names what was pasted instead of a private key', () => {
    expect(problemOf(keys.publicPem)).toMatch(/is a public key/);
    expect(
      problemOf(
        `-----BEGIN CERTIFICATE-----\n${base64('x'.repeat(90))}\n-----END CERTIFICATE-----\n`,
      ),
    ).toMatch(/is a certificate/);
    expect(problemOf(keys.pkcs8.slice(0, 400))).toMatch(/truncated/);
    const damaged = keys.pkcs8.replace(/\n[A-Za-z0-9+/]{64}\n/, '\nAAAA\n');
    expect(problemOf(damaged)).toMatch(/not a readable private key/);
  });

  it('rejects RSA keys shorter than 2048 bits (RS256 needs 2048)', () => {
    expect(problemOf(rsaKeyPair(1024).pkcs8)).toMatch(/1024-bit RSA key/);
  });

  it('rejects non-RSA keys', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(problemOf(ec.toString())).toMatch(/ec key/);
  });

  it('needs the right passphrase for an encrypted key and gives nlserver the decrypted key', () => {
    const encrypted = keys.encryptedPkcs8('s3cret-pass');
    expect(problemOf(encrypted)).toMatch(/is encrypted: set private-key-passphrase/);
    expect(problemOf(encrypted, 'wrong')).toMatch(/passphrase is wrong/);
    const result = parsePrivateKey(encrypted, 's3cret-pass');
    expect(result.ok && result.value.pem).toBe(keys.pkcs8);
  });

  it('lists every string form of the key for masking', () => {
    const result = parsePrivateKey(keys.pkcs8.replace(/\n/g, '\r\n'), '');
    if (!result.ok) throw new Error(result.problem);
    const forms = privateKeyForms(result.value, keys.pkcs8.replace(/\n/g, '\r\n'));
    expect(forms).toContain(keys.pkcs8.trim());
    expect(forms).toContain(base64(keys.pkcs8));
    const bodyLine = keys.pkcs8.split('\n')[1] as string;
    expect(forms).toContain(bodyLine);
    expect(forms.some((form) => form.startsWith('-----BEGIN') && !form.includes('\n'))).toBe(false);
  });
});
