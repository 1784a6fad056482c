// The client secrets of every credential, as Developer Console and IMS share them: the Console
// API lists, adds and deletes them; IMS accepts a secret once it is usable and records its use.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorCredential, EmulatorSecret } from './types.js';

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

export class SecretStore {
  private readonly byClient = new Map<string, EmulatorSecret[]>();
  /** Every value add() handed out, deleted ones included, oldest first. */
  readonly issued: string[] = [];

  /** Starts a credential over with its initial secrets, all usable at once. */
  reset(credential: EmulatorCredential): void {
    const now = Date.now();
    this.byClient.set(
      credential.clientId,
      credential.clientSecrets.map((value) => newSecret(value, now, 0)),
    );
  }

  /** Copies, oldest first. */
  list(clientId: string): EmulatorSecret[] {
    return (this.byClient.get(clientId) ?? []).map(copy);
  }

  /** Whether IMS accepts this value now: a secret of the credential that is already usable. */
  accepts(clientId: string, value: string): boolean {
    const now = Date.now();
    return (this.byClient.get(clientId) ?? []).some(
      (secret) => secret.value === value && secret.usableAt <= now,
    );
  }

  /** Records a successful token request made with `value`. */
  recordUse(clientId: string, value: string, grantType: string): void {
    const secret = this.byClient.get(clientId)?.find((s) => s.value === value);
    if (secret) secret.lastUsed[grantType] = Date.now();
  }

  /** A new secret, or 'limit' when the credential already holds MAX_SECRETS. */
  add(clientId: string, delayMs: number): EmulatorSecret | 'limit' {
    const secrets = this.byClient.get(clientId) ?? [];
    if (secrets.length >= MAX_SECRETS) return 'limit';
    const secret = newSecret(newSecretValue(), Date.now(), delayMs);
    this.byClient.set(clientId, [...secrets, secret]);
    this.issued.push(secret.value);
    return copy(secret);
  }

  remove(clientId: string, uuid: string): 'deleted' | 'not-found' | 'last' {
    const secrets = this.byClient.get(clientId) ?? [];
    if (!secrets.some((secret) => secret.uuid === uuid)) return 'not-found';
    if (secrets.length === 1) return 'last';
    this.byClient.set(
      clientId,
      secrets.filter((secret) => secret.uuid !== uuid),
    );
    return 'deleted';
  }
}
