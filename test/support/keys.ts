import { generateKeyPairSync } from 'node:crypto';

/** A fresh RSA key pair in the shapes users paste (generated per test run, never committed). */
export function rsaKeyPair(modulusLength = 2048) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength });
  return {
    pkcs8: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pkcs1: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    encryptedPkcs8: (passphrase: string) =>
      privateKey
        .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
        .toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
