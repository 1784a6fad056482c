// An IMS and Analytics client for the emulator's contract tests: one emulator per test file
// with a generated credential, and the token, JWT-exchange and API calls a client makes.
import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Emulator, EmulatorCredential } from '../../tools/adobe-emulator/index.js';
import {
  type GeneratedCredential,
  generateCredential,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';
import type { Json } from './console.js';

export type { Json };

export const SCOPES = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext';
export const METASCOPE = 'ent_analytics_bulk_ingest_sdk';

export async function post(
  server: Emulator,
  path: string,
  body: URLSearchParams | FormData | string,
) {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body });
  return { status: res.status, body: (await res.json()) as Json };
}

/** An OAuth server-to-server token request; fields override the credential's own. */
export function oauth(
  server: Emulator,
  c: EmulatorCredential,
  fields: Record<string, string> = {},
) {
  const params = {
    grant_type: 'client_credentials',
    client_id: c.clientId,
    client_secret: c.clientSecrets[0] ?? '',
    scope: SCOPES,
    ...fields,
  };
  return post(server, '/ims/token/v3', new URLSearchParams(params));
}

export async function tokenFor(server: Emulator, c: EmulatorCredential): Promise<string> {
  const { body } = await oauth(server, c);
  return String(body.access_token);
}

/** A service-account JWT as Campaign would build it; claims may be overridden or removed. */
export function signJwt(
  server: Emulator,
  g: GeneratedCredential,
  claims: Json = {},
  keyPem?: string,
) {
  const c = g.credential;
  const payload: Json = {
    exp: Math.floor(Date.now() / 1000) + 300,
    iss: c.orgId,
    sub: c.technicalAccountId,
    aud: `${server.url}/c/${c.clientId}`,
    [`${server.url}/s/${METASCOPE}`]: true,
    ...claims,
  };
  for (const [name, value] of Object.entries(payload))
    if (value === undefined) delete payload[name];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256' })
    .sign(createPrivateKey(keyPem ?? g.privateKeyPem));
}

export function exchange(server: Emulator, c: EmulatorCredential, jwt: string, secret?: string) {
  const form = new URLSearchParams({
    client_id: c.clientId,
    client_secret: secret ?? c.clientSecrets[0] ?? '',
    jwt_token: jwt,
  });
  return post(server, '/ims/exchange/jwt', form);
}

/**
 * Starts the file's emulator with one generated credential (`main`, whose `cred` has an
 * Analytics company `gcid`), and resets requests, faults and latency after each test.
 */
export function useAdobeEmulator() {
  const main = generateCredential();
  const cred = main.credential;
  const gcid = cred.analytics?.companies[0]?.globalCompanyId ?? '';
  let emu: Emulator | undefined;
  const emulator = () => {
    if (!emu) throw new Error('the emulator starts in beforeAll');
    return emu;
  };
  beforeAll(async () => {
    emu = await startEmulator({ credentials: [cred] });
  });
  afterAll(() => emu?.close());
  afterEach(() => {
    emulator().reset();
    emulator().setLatency(0);
  });

  async function api(path: string, headers: Record<string, string>, server = emulator()) {
    const res = await fetch(`${server.url}${path}`, { headers });
    return { status: res.status, body: (await res.json()) as unknown };
  }

  async function authed(path: string, c = cred, server = emulator()) {
    const token = await tokenFor(server, c);
    return api(path, { authorization: `Bearer ${token}`, 'x-api-key': c.clientId }, server);
  }

  return { emulator, main, cred, gcid, api, authed };
}
