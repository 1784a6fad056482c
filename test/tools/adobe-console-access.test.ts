// Contract of the emulator's Developer Console secrets API, continued: last use, refusals
// (most chosen, since Adobe documents no errors), faults and state across reset().
import { createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { type Json, listed, secretsPath, useConsoleEmulator } from '../support/console.js';

const NO_CONSOLE_SCOPES = 'openid,AdobeID';

const { emulator, rotatable, imsToken, tokenFor, call, list, add, remove } = useConsoleEmulator();

describe('last use', () => {
  it('updates last_used_at on every successful token request, per grant type', async () => {
    const generated = rotatable();
    const { credential } = generated;
    await tokenFor(credential);
    const first = emulator().secretsOf(credential.clientId)[0]?.lastUsed.client_credentials ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await tokenFor(credential);
    const second = emulator().secretsOf(credential.clientId)[0]?.lastUsed.client_credentials ?? 0;
    expect(second).toBeGreaterThan(first);

    // A failed request leaves it alone.
    await imsToken(credential, credential.clientSecrets[0] ?? '', 'not_granted');
    expect(emulator().secretsOf(credential.clientId)[0]?.lastUsed.client_credentials).toBe(second);

    // The JWT exchange also authenticates with the secret (grant name chosen, per RFC 7523).
    const jwt = await new SignJWT({
      exp: Math.floor(Date.now() / 1000) + 300,
      iss: credential.orgId,
      sub: credential.technicalAccountId,
      aud: `${emulator().url}/c/${credential.clientId}`,
      [`${emulator().url}/s/ent_analytics_bulk_ingest_sdk`]: true,
    })
      .setProtectedHeader({ alg: 'RS256' })
      .sign(createPrivateKey(generated.privateKeyPem));
    const form = new URLSearchParams({
      client_id: credential.clientId,
      client_secret: credential.clientSecrets[0] ?? '',
      jwt_token: jwt,
    });
    expect(
      (await fetch(`${emulator().url}/ims/exchange/jwt`, { method: 'POST', body: form })).status,
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
    const res = await fetch(`${emulator().url}${secretsPath(credential)}`, {
      headers: { 'x-api-key': credential.clientId },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error_code: '403010', message: 'Oauth token is missing' });
    const wrongKey = await call('GET', secretsPath(credential), credential, undefined, 'x');
    expect(wrongKey).toMatchObject({ status: 403, body: { error_code: '403003' } });
  });

  it('answers 403 to a token without the I/O Management scopes', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential, NO_CONSOLE_SCOPES);
    expect((await list(credential, token)).status).toBe(403);
    const readOnly = await tokenFor(credential, 'openid,adobeio_api,read_client_secret');
    expect((await list(credential, readOnly)).status).toBe(200);
    expect((await add(credential, readOnly)).status).toBe(403);
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(1);
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
    expect((await call('POST', path, credential, token)).status).toBe(403);
    expect(emulator().secretsOf(other.clientId)).toHaveLength(1);
  });

  for (const block of ['adobeGenerated', 'migrationInProgress'] as const) {
    it(`lists but neither adds nor deletes when ${block}`, async () => {
      const { credential } = rotatable({ [block]: true });
      const token = await tokenFor(credential);
      expect((await list(credential, token)).status).toBe(200);
      expect((await add(credential, token)).status).toBe(403);
      const [only] = emulator().secretsOf(credential.clientId);
      expect((await remove(credential, only?.uuid ?? '', token)).status).toBe(403);
      expect(emulator().secretsOf(credential.clientId)).toEqual([only]);
    });
  }
});

describe('faults and state', () => {
  it('serves injected faults on Console paths, then resumes', async () => {
    const { credential } = rotatable();
    const token = await tokenFor(credential);
    emulator().injectFault({ method: 'POST', path: /\/secrets$/, response: { status: 503 } });
    expect((await add(credential, token)).status).toBe(503);
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(1);
    expect((await add(credential, token)).status).toBe(201);
    emulator().injectFault({ method: 'DELETE', path: /\/secrets\//, response: { kind: 'reset' } });
    const [old] = emulator().secretsOf(credential.clientId);
    await expect(remove(credential, old?.uuid ?? '', token)).rejects.toThrow();
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(2);
  });

  it('keeps secrets across reset(); re-adding a credential starts its secrets over', async () => {
    const { credential } = rotatable();
    await add(credential);
    emulator().reset();
    expect(emulator().secretsOf(credential.clientId)).toHaveLength(2);
    emulator().addCredential(credential);
    expect(
      emulator()
        .secretsOf(credential.clientId)
        .map((s) => s.value),
    ).toEqual(credential.clientSecrets);
    expect(emulator().secretsOf('unknown')).toEqual([]);
  });
});
