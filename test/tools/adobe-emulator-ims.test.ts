// Contract of the emulator's credentials and of IMS OAuth server-to-server (/ims/token/v3):
// generated identifiers, accepted request forms, refusals and the access token's claims.
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateCredential } from '../../tools/adobe-emulator/index.js';
import { oauth, post, SCOPES, tokenFor, useAdobeEmulator } from '../support/emulator-client.js';

const { emulator, main, cred } = useAdobeEmulator();

describe('generateCredential', () => {
  it('produces realistic identifiers, a PKCS#8 key and a full profile', () => {
    expect(cred.orgId).toMatch(/^[0-9A-F]{24}@AdobeOrg$/);
    expect(cred.clientId).toMatch(/^[0-9a-f]{32}$/);
    expect(cred.technicalAccountId).toMatch(/^[0-9A-F]{24}@techacct\.adobe\.com$/);
    expect(cred.clientSecrets[0]).toMatch(/^p8e-[A-Za-z0-9_-]{32}$/);
    expect(main.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(cred.jwt?.publicKeyPem).toBe(main.publicKeyPem);
    const profile = cred.analytics?.companies[0]?.profile;
    expect(Object.keys(profile?.reportSuites ?? {})).toEqual(['rs1prod', 'rs2dev']);
    expect(profile?.reportSuites.rs2dev?.dimensions).toEqual([
      'variables/page',
      'variables/evar1',
      'variables/evar2',
    ]);
    expect(profile?.tools).toEqual({
      dataWarehouse: true,
      dataSources: true,
      classifications: true,
    });
  });

  it('merges overrides shallowly', () => {
    const { credential } = generateCredential({ analytics: null, clientId: 'x'.repeat(32) });
    expect(credential.analytics).toBeNull();
    expect(credential.clientId).toBe('x'.repeat(32));
    expect(credential.jwt).toBeDefined();
  });
});

describe('IMS OAuth server-to-server (/ims/token/v3)', () => {
  it('issues a bearer token whose expires_in is in seconds', async () => {
    const { status, body } = await oauth(emulator(), cred);
    expect(status).toBe(200);
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(86399);
    expect(String(body.access_token).split('.')).toHaveLength(3);
  });

  it('accepts a multipart body with client_id in the query string', async () => {
    const form = new FormData();
    form.set('grant_type', 'client_credentials');
    form.set('client_secret', cred.clientSecrets[0] ?? '');
    form.set('scope', 'openid');
    const { status } = await post(emulator(), `/ims/token/v3?client_id=${cred.clientId}`, form);
    expect(status).toBe(200);
  });

  it('accepts every parameter in the query string', async () => {
    const query = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: cred.clientId,
      client_secret: cred.clientSecrets[0] ?? '',
      scope: 'openid',
    });
    const { status } = await post(emulator(), `/ims/token/v3?${query}`, '');
    expect(status).toBe(200);
  });

  it('accepts either of two secrets and rejects any other', async () => {
    const { credential } = generateCredential({ clientSecrets: ['p8e-first', 'p8e-second'] });
    emulator().addCredential(credential);
    expect((await oauth(emulator(), credential, { client_secret: 'p8e-second' })).status).toBe(200);
    expect(await oauth(emulator(), credential, { client_secret: 'p8e-wrong' })).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
    });
  });

  it('rejects an unknown client_id', async () => {
    expect(await oauth(emulator(), cred, { client_id: 'f'.repeat(32) })).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_id parameter' },
    });
  });

  it('rejects a scope the credential was not granted', async () => {
    const { status, body } = await oauth(emulator(), cred, {
      scope: 'openid,AdobeID,ent_campaign_sdk',
    });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('names a missing mandatory parameter and rejects other grant types', async () => {
    const missing = await post(
      emulator(),
      '/ims/token/v3',
      new URLSearchParams({ grant_type: 'client_credentials', client_id: cred.clientId }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    expect(missing.body.error_description).toContain('client_secret');
    const grant = await oauth(emulator(), cred, { grant_type: 'password' });
    expect(grant.status).toBe(400);
    expect(grant.body.error).toBe('unsupported_grant_type');
  });

  it('issues IMS-shaped access-token claims signed by the emulator', async () => {
    const before = Date.now();
    const token = await tokenFor(emulator(), cred);
    expect(decodeProtectedHeader(token).alg).toBe('RS256');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      type: 'access_token',
      client_id: cred.clientId,
      user_id: cred.technicalAccountId,
      as: 'ims-na1',
      expires_in: '86399000',
      scope: SCOPES,
    });
    expect(claims.org).toBeUndefined();
    expect(typeof claims.id).toBe('string');
    const createdAt = Number(claims.created_at);
    expect(createdAt).toBeGreaterThanOrEqual(before);
    expect(createdAt).toBeLessThanOrEqual(Date.now());
  });
});
