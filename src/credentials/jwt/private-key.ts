// Turns the `private-key` input into a usable RSA key plus the exact bytes nlserver
// expects (`base64 -w0 private.key`). Users paste keys in many shapes; the forgivable
// ones are normalised, the rest get a message that says what was pasted instead.
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { inputRef } from '../../common/input-ref.js';

export interface PrivateKeyMaterial {
  key: KeyObject;
  /** The PEM file content as nlserver receives it. */
  pem: string;
  /** `base64 -w0` of `pem`: the last field of -setimsjwtauth. */
  base64: string;
}

/** Why a key was refused: callers decide on this, not on the message. */
export type KeyProblem =
  | 'not-a-key'
  | 'wrong-type'
  | 'truncated'
  | 'needs-passphrase'
  | 'wrong-passphrase'
  | 'damaged'
  | 'not-rsa'
  | 'too-short';

export type KeyResult =
  | { ok: true; value: PrivateKeyMaterial }
  | { ok: false; reason: KeyProblem; problem: string };

const refuse = (reason: KeyProblem, problem: string): KeyResult => ({ ok: false, reason, problem });

const PEM_LABEL = /-----BEGIN ([A-Z0-9 ]+)-----/;

/** Secrets stores often hold PEM text with `\\n` escapes instead of line breaks. */
export function unescapeNewlines(text: string): string {
  return text.includes('\\n') ? text.replace(/\\r\\n|\\n/g, '\n') : text;
}

function normalisePem(text: string): string {
  const withNewlines = unescapeNewlines(text);
  return `${withNewlines.replace(/\r\n?/g, '\n').trim()}\n`;
}

function decodeBase64Pem(text: string): { pem?: string; problem?: string } {
  if (/\s/.test(text)) {
    return {
      problem:
        'looks like base64 wrapped over several lines; encode the key file on one line with `base64 -w0 private.key`, or paste the PEM text itself',
    };
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
    return {
      problem:
        'is neither PEM text (-----BEGIN PRIVATE KEY-----) nor base64 of a PEM file (`base64 -w0 private.key`)',
    };
  }
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  if (!PEM_LABEL.test(decoded)) {
    return {
      problem:
        'is base64, but not of a PEM key file: encode the private.key file from the Developer Console with `base64 -w0 private.key`',
    };
  }
  return { pem: decoded };
}

export function parsePrivateKey(raw: string, passphrase: string): KeyResult {
  const text = raw.trim();
  let pem: string;
  // Given as base64, the input already is what nlserver takes: keep those exact bytes.
  let givenBase64: string | undefined;
  if (text.includes('-----BEGIN')) {
    pem = normalisePem(text);
  } else {
    const decoded = decodeBase64Pem(text);
    if (!decoded.pem) return refuse('not-a-key', decoded.problem ?? 'cannot be read');
    pem = decoded.pem;
    givenBase64 = text;
  }

  const label = PEM_LABEL.exec(pem)?.[1] ?? '';
  if (label === 'CERTIFICATE') {
    return refuse(
      'wrong-type',
      'is a certificate (certificate_pub.crt); give the private key (private.key) from the same key pair',
    );
  }
  if (label.includes('PUBLIC KEY')) {
    return refuse('wrong-type', 'is a public key; give the private key (private.key) instead');
  }
  if (!label.includes('PRIVATE KEY')) {
    return refuse('wrong-type', `holds a "${label}" PEM block, not a private key`);
  }
  if (!pem.includes(`-----END ${label}-----`)) {
    return refuse(
      'truncated',
      `is truncated: the "-----END ${label}-----" line is missing; copy the whole file`,
    );
  }

  const encrypted = label.startsWith('ENCRYPTED') || pem.includes('Proc-Type: 4,ENCRYPTED');
  if (encrypted && passphrase === '') {
    return refuse(
      'needs-passphrase',
      `is encrypted: set ${inputRef('private-key-passphrase')}, or give the unencrypted key`,
    );
  }

  let key: KeyObject;
  try {
    key = createPrivateKey(encrypted ? { key: pem, format: 'pem', passphrase } : pem);
  } catch {
    return encrypted
      ? refuse(
          'wrong-passphrase',
          `could not be decrypted: ${inputRef('private-key-passphrase')} is wrong`,
        )
      : refuse(
          'damaged',
          'is not a readable private key (the PEM body is damaged or incomplete); copy the whole private.key file again',
        );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    return refuse(
      'not-rsa',
      `is a ${key.asymmetricKeyType ?? 'non-RSA'} key; Adobe service-account credentials use RSA keys (RS256)`,
    );
  }

  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) {
    return refuse(
      'too-short',
      `is a ${bits}-bit RSA key; RS256 and Adobe need at least 2048 bits (openssl req -newkey rsa:2048)`,
    );
  }
  // nlserver cannot take a passphrase: it gets the decrypted key.
  if (!encrypted) {
    const base64 = givenBase64 ?? Buffer.from(pem, 'utf8').toString('base64');
    return { ok: true, value: { key, pem, base64 } };
  }
  const decrypted = String(key.export({ type: 'pkcs8', format: 'pem' }));
  return {
    ok: true,
    value: { key, pem: decrypted, base64: Buffer.from(decrypted, 'utf8').toString('base64') },
  };
}

/** Every string form of the key that could appear anywhere, for masking. */
export function privateKeyForms(material: PrivateKeyMaterial, raw: string): string[] {
  const bodyLines = material.pem
    .split('\n')
    .filter((line) => line.length >= 8 && !line.startsWith('-----') && !line.includes(':'));
  return [raw.trim(), material.pem.trim(), material.base64, ...bodyLines];
}
