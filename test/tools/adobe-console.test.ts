// Contract of the emulator's Developer Console secrets API (adobe-facts §8) and of the IMS
// behaviour that rotation relies on: I/O Management scopes, activation delay, last use.
import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consoleDate } from '../../tools/adobe-emulator/console.js';
import {
  type ConsoleProject,
  type Emulator,
  type EmulatorCredential,
  type GeneratedCredential,
  generateCredential,
  IO_MANAGEMENT_SCOPES,
  rotationInputs,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';

const ROTATION_SCOPES = 'openid,AdobeID,adobeio_api,read_client_secret,manage_client_secrets';
const NO_CONSOLE_SCOPES = 'openid,AdobeID';

let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => {
  emu.reset();
  emu.configureConsole({
    addStatus: 201,
    addBody: 'documented',
    deleteStatus: 204,
    secretActivationDelayMs: 0,
  });
});

type Json = Record<string, unknown>;

/** A registered credential whose project has the I/O Management API unless `project` says else. */
function rotatable(project: Partial<ConsoleProject> = {}): GeneratedCredential {
  const generated = generateCredential();
  const { credential } = generated;
  credential.console = {
    orgId: credential.console?.orgId ?? '1',
    credentialId: credential.console?.credentialId ?? '2',
    ioManagementApi: true,
    ...project,
  };
  emu.addCredential(credential);
  return generated;
}

async function imsToken(c: EmulatorCredential, secret: string, scope = ROTATION_SCOPES) {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: c.clientId,
    client_secret: secret,
    scope,
  });
  const res = await fetch(`${emu.url}/ims/token/v3`, { method: 'POST', body: form });
  return { status: res.status, body: (await res.json()) as Json };
}

async function tokenFor(c: EmulatorCredential, scope = ROTATION_SCOPES): Promise<string> {
  const { status, body } = await imsToken(c, c.clientSecrets[0] ?? '', scope);
  expect(status).toBe(200);
  return String(body.access_token);
}

function secretsPath(c: EmulatorCredential, uuid?: string): string {
  const base = `/console/organizations/${c.console?.orgId}/credentials/${c.console?.credentialId}/secrets`;
  return uuid === undefined ? base : `${base}/${uuid}`;
}

interface Call {
  status: number;
  body: Json | undefined;
  text: string;
}

async function consoleCall(
  method: string,
  path: string,
  c: EmulatorCredential,
  token?: string,
  apiKey = c.clientId,
): Promise<Call> {
  const headers: Record<string, string> = { 'x-api-key': apiKey };
  headers.authorization = `Bearer ${token ?? (await tokenFor(c))}`;
  const res = await fetch(`${emu.url}${path}`, { method, headers });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined, text };
}

const list = (c: EmulatorCredential, token?: string) =>
  consoleCall('GET', secretsPath(c), c, token);
const add = (c: EmulatorCredential, token?: string) =>
  consoleCall('POST', secretsPath(c), c, token);
const remove = (c: EmulatorCredential, uuid: string, token?: string) =>
  consoleCall('DELETE', secretsPath(c, uuid), c, token);

const listed = (call: Call) => (call.body?.client_secrets ?? []) as Json[];

describe('credentials and IMS scopes', () => {
  it('generates numeric Console ids, distinct from the @AdobeOrg id, without I/O Management', () => {
    const { credential } = generateCredential();
    expect(credential.console?.orgId).toMatch(/^\d{5}$/);
    expect(credential.console?.credentialId).toMatch(/^\d{6}$/);
    expect(credential.console?.ioManagementApi).toBeUndefined();
  });

  it('grants the I/O Management scopes only to a project subscribed to the API', async () => {
    const plain = generateCredential().credential;
    emu.addCredential(plain);
    const refused = await imsToken(plain, plain.clientSecrets[0] ?? '');
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });

    const { credential } = rotatable();
    for (const scope of [ROTATION_SCOPES, 'additional_info.roles,ent_adobeio_sdk']) {
      expect((await imsToken(credential, credential.clientSecrets[0] ?? '', scope)).status).toBe(
        200,
      );
    }
    expect(IO_MANAGEMENT_SCOPES).toEqual(
      expect.arrayContaining(['adobeio_api', 'read_client_secret', 'manage_client_secrets']),
    );
  });

  it('gives the rotate mode its inputs', () => {
    const generated = rotatable();
    const { credential } = generated;
    expect(rotationInputs(generated, emu)).toMatchObject({
      'client-id': credential.clientId,
      'client-secret': credential.clientSecrets[0],
      'console-org-id': credential.console?.orgId,
      'credential-id': credential.console?.credentialId,
      'console-endpoint': emu.url,
    });
  });
});

describe('list (GET …/secrets)', () => {
  it('answers the documented shape: client_id, ms strings, PERMANENT, no secret value', async () => {
    const { credential } = rotatable();
    const before = Date.now();
    const call = await list(credential);
    expect(call.status).toBe(200);
    expect(call.body?.client_id).toBe(credential.clientId);
    const [secret, ...others] = listed(call);
    expect(others).toEqual([]);
    expect(Object.keys(secret ?? {}).sort()).toEqual([
      'created_at',
      'created_at_str',
      'expires_at',
      'expires_at_str',
      'secret_usages',
      'uuid',
    ]);
    expect(secret).toMatchObject({
      expires_at: 'PERMANENT',
      expires_at_str: 'PERMANENT',
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      created_at: expect.stringMatching(/^\d{13}$/),
    });
    expect(secret?.created_at_str).toBe(consoleDate(Number(secret?.created_at)));
    // The token for this very call was minted with the secret, so its use is already recorded.
    const [usage] = (secret?.secret_usages ?? []) as Json[];
    expect(usage?.grant_type).toBe('client_credentials');
    expect(Number(usage?.last_used_at)).toBeGreaterThanOrEqual(before);
    expect(call.text).not.toContain(credential.clientSecrets[0]);
  });

  it('formats created_at_str like the docs samples', () => {
    expect(consoleDate(1682448485000)).toBe('Tue, Apr 25 2023 18:48:05.000 UTC');
    expect(consoleDate(1683005777000)).toBe('Tue, May 2 2023 05:36:17.000 UTC');
  });
});

describe('add (POST …/secrets)', () => {
  it('answers 201 with the new value once; IMS takes it at once; the list never shows it', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    const added = await add(credential, token);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      expires_at: 'PERMANENT',
      expires_at_str: 'PERMANENT',
      client_secret: expect.stringMatching(/^p8e-[A-Za-z0-9_-]{32}$/),
      created_at: expect.stringMatching(/^\d{13}$/),
      uuid: expect.stringMatching(/^[0-9a-f]{32}$/),
      secret_usages: null,
    });
    const value = String(added.body?.client_secret);
    expect(value).not.toBe(credential.clientSecrets[0]);

    const after = await list(credential, token);
    expect(listed(after).map((s) => s.uuid)).toEqual([
      emu.secretsOf(credential.clientId)[0]?.uuid,
      added.body?.uuid,
    ]);
    expect(listed(after)[1]?.secret_usages).toBeNull();
    expect(after.text).not.toContain(value);

    expect((await imsToken(credential, value)).status).toBe(200);
    expect(emu.secretsOf(credential.clientId).map((s) => s.value)).toEqual([
      credential.clientSecrets[0],
      value,
    ]);
  });

  it('refuses a third secret with 400 and keeps the two (chosen: undocumented)', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    expect((await add(credential, token)).status).toBe(201);
    const third = await add(credential, token);
    expect(third.status).toBe(400);
    expect(third.text).not.toMatch(/p8e-/);
    expect(emu.secretsOf(credential.clientId)).toHaveLength(2);
  });

  it('answers 200 with only the SDK spec fields when configured so', async () => {
    const { credential } = rotatable();
    emu.configureConsole({ addStatus: 200, addBody: 'sdk-spec' });
    const added = await add(credential);
    expect(added.status).toBe(200);
    expect(Object.keys(added.body ?? {}).sort()).toEqual([
      'client_secret',
      'expires_at',
      'expires_at_str',
    ]);
  });

  it('keeps a new secret invalid_client at IMS until the activation delay has passed', async () => {
    const { credential } = rotatable();
    emu.configureConsole({ secretActivationDelayMs: 400 });
    const added = await add(credential);
    const value = String(added.body?.client_secret);
    const [, stored] = emu.secretsOf(credential.clientId);
    expect((stored?.usableAt ?? 0) - (stored?.createdAt ?? 0)).toBe(400);
    expect(await imsToken(credential, value)).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
    });
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await imsToken(credential, value)).status).toBe(200);
  });
});

describe('delete (DELETE …/secrets/{uuid})', () => {
  it('answers 204 with no body; IMS refuses the deleted secret; issued tokens live on', async () => {
    const { credential } = rotatable();
    const oldToken = await tokenFor(credential);
    const added = await add(credential, oldToken);
    const [old] = emu.secretsOf(credential.clientId);
    const deleted = await remove(credential, old?.uuid ?? '', oldToken);
    expect(deleted).toEqual({ status: 204, body: undefined, text: '' });
    expect(emu.secretsOf(credential.clientId).map((s) => s.uuid)).toEqual([added.body?.uuid]);
    // Kept for leak searches, like issuedTokens.
    expect(emu.issuedSecrets).toContain(added.body?.client_secret);
    const refused = await imsToken(credential, credential.clientSecrets[0] ?? '');
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
    // Inference in the facts (§8.6): deleting a secret does not revoke tokens already issued.
    expect((await list(credential, oldToken)).status).toBe(200);
  });

  it('answers 200 when configured as the SDK spec says', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    await add(credential, token);
    emu.configureConsole({ deleteStatus: 200 });
    const [old] = emu.secretsOf(credential.clientId);
    expect((await remove(credential, old?.uuid ?? '', token)).status).toBe(200);
  });

  it('answers 404 for an unknown uuid and 400 for the last secret (chosen)', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    expect((await remove(credential, 'f'.repeat(32), token)).status).toBe(404);
    const [only] = emu.secretsOf(credential.clientId);
    expect((await remove(credential, only?.uuid ?? '', token)).status).toBe(400);
    expect(emu.secretsOf(credential.clientId)).toHaveLength(1);
  });
});

describe('last use', () => {
  it('updates last_used_at on every successful token request, per grant type', async () => {
    const generated = rotatable();
    const { credential } = generated;
    await tokenFor(credential);
    const first = emu.secretsOf(credential.clientId)[0]?.lastUsed.client_credentials ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await tokenFor(credential);
    const second = emu.secretsOf(credential.clientId)[0]?.lastUsed.client_credentials ?? 0;
    expect(second).toBeGreaterThan(first);

    // A failed request leaves it alone.
    await imsToken(credential, credential.clientSecrets[0] ?? '', 'not_granted');
    expect(emu.secretsOf(credential.clientId)[0]?.lastUsed.client_credentials).toBe(second);

    // The JWT exchange also authenticates with the secret (grant name chosen, per RFC 7523).
    const jwt = await new SignJWT({
      exp: Math.floor(Date.now() / 1000) + 300,
      iss: credential.orgId,
      sub: credential.technicalAccountId,
      aud: `${emu.url}/c/${credential.clientId}`,
      [`${emu.url}/s/ent_analytics_bulk_ingest_sdk`]: true,
    })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(createPrivateKey(generated.privateKeyPem));
    const form = new URLSearchParams({
      client_id: credential.clientId,
      client_secret: credential.clientSecrets[0] ?? '',
      jwt_token: jwt,
    });
    expect(
      (await fetch(`${emu.url}/ims/exchange/jwt`, { method: 'POST', body: form })).status,
    ).toBe(200);
    const usages = listed(await list(credential))[0]?.secret_usages as Json[];
    expect(usages.map((u) => u.grant_type).sort()).toEqual([
      'client_credentials',
      'urn:ietf:params:oauth:grant-type:jwt-bearer',
    ]);
  });
});

describe('refusals', () => {
  it('answers the gateway errors for a missing token and a wrong API key', async () => {
    const { credential } = rotatable();
    const res = await fetch(`${emu.url}${secretsPath(credential)}`, {
      headers: { 'x-api-key': credential.clientId },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error_code: '403010', message: 'Oauth token is missing' });
    const wrongKey = await consoleCall('GET', secretsPath(credential), credential, undefined, 'x');
    expect(wrongKey).toMatchObject({ status: 403, body: { error_code: '403003' } });
  });

  it('answers 403 to a token without the I/O Management scopes', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential, NO_CONSOLE_SCOPES);
    expect((await list(credential, token)).status).toBe(403);
    const readOnly = await tokenFor(credential, 'openid,adobeio_api,read_client_secret');
    expect((await list(credential, readOnly)).status).toBe(200);
    expect((await add(credential, readOnly)).status).toBe(403);
    expect(emu.secretsOf(credential.clientId)).toHaveLength(1);
  });

  it('answers 404 for unknown ids, 400 for an @AdobeOrg id, 403 for another credential', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    const unknown = { ...credential, console: { orgId: '1', credentialId: '999' } };
    expect(await list(unknown, token)).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
    expect(await add(unknown, token)).toMatchObject({
      status: 404,
      body: { message: 'Credential Not Found' },
    });
    const imsOrg = { ...credential, console: { orgId: credential.orgId, credentialId: '2' } };
    expect((await list(imsOrg, token)).status).toBe(400);

    const other = rotatable().credential;
    const path = secretsPath(other);
    expect((await consoleCall('POST', path, credential, token)).status).toBe(403);
    expect(emu.secretsOf(other.clientId)).toHaveLength(1);
  });

  for (const block of ['adobeGenerated', 'migrationInProgress'] as const) {
    it(`lists but neither adds nor deletes when ${block}`, async () => {
      const { credential } = rotatable({ [block]: true });
      const token = await tokenFor(credential);
      expect((await list(credential, token)).status).toBe(200);
      expect((await add(credential, token)).status).toBe(403);
      const [only] = emu.secretsOf(credential.clientId);
      expect((await remove(credential, only?.uuid ?? '', token)).status).toBe(403);
      expect(emu.secretsOf(credential.clientId)).toEqual([only]);
    });
  }
});

describe('faults and state', () => {
  it('serves injected faults on Console paths, then resumes', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    emu.injectFault({ method: 'POST', path: /\/secrets$/, response: { status: 503 } });
    expect((await add(credential, token)).status).toBe(503);
    expect(emu.secretsOf(credential.clientId)).toHaveLength(1);
    expect((await add(credential, token)).status).toBe(201);
    emu.injectFault({ method: 'DELETE', path: /\/secrets\//, response: { kind: 'reset' } });
    const [old] = emu.secretsOf(credential.clientId);
    await expect(remove(credential, old?.uuid ?? '', token)).rejects.toThrow();
    expect(emu.secretsOf(credential.clientId)).toHaveLength(2);
  });

  it('keeps secrets across reset(); re-adding a credential starts its secrets over', async () => {
    const { credential } = rotatable();
    await add(credential);
    emu.reset();
    expect(emu.secretsOf(credential.clientId)).toHaveLength(2);
    emu.addCredential(credential);
    expect(emu.secretsOf(credential.clientId).map((s) => s.value)).toEqual(
      credential.clientSecrets,
    );
    expect(emu.secretsOf('unknown')).toEqual([]);
  });
});
