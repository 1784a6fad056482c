// The client secrets of every credential, as Developer Console and IMS share them: the Console
// API lists, adds and deletes them; IMS accepts a secret once it is usable and records its use.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorSecret, SecretStore } from './types.js';

/** Documented: "You can add up to 2 client secrets for an OAuth Server-to-Server credential." */
export const MAX_SECRETS = 2;

/** A fresh secret in the shape Adobe hands out: `p8e-` and 32 base64url characters (observed). */
export function newSecretValue(): string {
  return `p8e-${randomBytes(24).toString('base64url')}`;
}

function newSecret(value: string, createdAt: number, delayMs: number): EmulatorSecret {
  // The docs' uuids are 32 hex digits without dashes.
  const uuid = randomUUID().replaceAll('-', '');
  return { uuid, value, createdAt, usableAt: createdAt + delayMs, lastUsed: {} };
}

const copy = (secret: EmulatorSecret): EmulatorSecret => ({
  ...secret,
  lastUsed: { ...secret.lastUsed },
});

export function createSecretStore(): SecretStore {
  const byClient = new Map<string, EmulatorSecret[]>();
  const issued: string[] = [];
  return {
    issued,
    reset(credential) {
      const now = Date.now();
      byClient.set(
        credential.clientId,
        credential.clientSecrets.map((value) => newSecret(value, now, 0)),
      );
    },
    list: (clientId) => (byClient.get(clientId) ?? []).map(copy),
    accepts(clientId, value) {
      const now = Date.now();
      return (byClient.get(clientId) ?? []).some(
        (secret) => secret.value === value && secret.usableAt <= now,
      );
    },
    recordUse(clientId, value, grantType) {
      const secret = byClient.get(clientId)?.find((s) => s.value === value);
      if (secret) secret.lastUsed[grantType] = Date.now();
    },
    add(clientId, delayMs) {
      const secrets = byClient.get(clientId) ?? [];
      if (secrets.length >= MAX_SECRETS) return 'limit';
      const secret = newSecret(newSecretValue(), Date.now(), delayMs);
      byClient.set(clientId, [...secrets, secret]);
      issued.push(secret.value);
      return copy(secret);
    },
    remove(clientId, uuid) {
      const secrets = byClient.get(clientId) ?? [];
      if (!secrets.some((secret) => secret.uuid === uuid)) return 'not-found';
      if (secrets.length === 1) return 'last';
      byClient.set(
        clientId,
        secrets.filter((secret) => secret.uuid !== uuid),
      );
      return 'deleted';
    },
  };
}
