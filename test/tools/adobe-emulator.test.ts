import { createPrivateKey } from 'node:crypto';
import { request } from 'node:http';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Emulator,
  type EmulatorCredential,
  type GeneratedCredential,
  generateCredential,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';

const SCOPES = 'openid,AdobeID,read_organizations,additional_info.projectedProductContext';
const METASCOPE = 'ent_analytics_bulk_ingest_sdk';

let emu: Emulator;
let main: GeneratedCredential;
let cred: EmulatorCredential;
let gcid: string;

beforeAll(async () => {
  main = generateCredential();
  cred = main.credential;
  gcid = cred.analytics?.companies[0]?.globalCompanyId ?? '';
  emu = await startEmulator({ credentials: [cred] });
});
afterAll(() => emu.close());
afterEach(() => {
  emu.reset();
  emu.setLatency(0);
});

type Json = Record<string, unknown>;

async function post(server: Emulator, path: string, body: URLSearchParams | FormData | string) {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body });
  return { status: res.status, body: (await res.json()) as Json };
}

function oauth(server: Emulator, c: EmulatorCredential, fields: Record<string, string> = {}) {
  const params = {
    grant_type: 'client_credentials',
    client_id: c.clientId,
    client_secret: c.clientSecrets[0] ?? '',
    scope: SCOPES,
    ...fields,
  };
  return post(server, '/ims/token/v3', new URLSearchParams(params));
}

async function tokenFor(server: Emulator, c: EmulatorCredential): Promise<string> {
  const { body } = await oauth(server, c);
  return String(body.access_token);
}

/** A service-account JWT as Campaign would build it; claims may be overridden or removed. */
function signJwt(server: Emulator, g: GeneratedCredential, claims: Json = {}, keyPem?: string) {
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

function exchange(server: Emulator, c: EmulatorCredential, jwt: string, secret?: string) {
  const form = new URLSearchParams({
    client_id: c.clientId,
    client_secret: secret ?? c.clientSecrets[0] ?? '',
    jwt_token: jwt,
  });
  return post(server, '/ims/exchange/jwt', form);
}

async function api(path: string, headers: Record<string, string>, server = emu) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as unknown };
}

async function authed(path: string, c = cred, server = emu) {
  const token = await tokenFor(server, c);
  return api(path, { authorization: `Bearer ${token}`, 'x-api-key': c.clientId }, server);
}

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
    const { status, body } = await oauth(emu, cred);
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
    const { status } = await post(emu, `/ims/token/v3?client_id=${cred.clientId}`, form);
    expect(status).toBe(200);
  });

  it('accepts every parameter in the query string', async () => {
    const query = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: cred.clientId,
      client_secret: cred.clientSecrets[0] ?? '',
      scope: 'openid',
    });
    const { status } = await post(emu, `/ims/token/v3?${query}`, '');
    expect(status).toBe(200);
  });

  it('accepts either of two secrets and rejects any other', async () => {
    const { credential } = generateCredential({ clientSecrets: ['p8e-first', 'p8e-second'] });
    emu.addCredential(credential);
    expect((await oauth(emu, credential, { client_secret: 'p8e-second' })).status).toBe(200);
    expect(await oauth(emu, credential, { client_secret: 'p8e-wrong' })).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
    });
  });

  it('rejects an unknown client_id', async () => {
    expect(await oauth(emu, cred, { client_id: 'f'.repeat(32) })).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'invalid client_id parameter' },
    });
  });

  it('rejects a scope the credential was not granted', async () => {
    const { status, body } = await oauth(emu, cred, { scope: 'openid,AdobeID,ent_campaign_sdk' });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('names a missing mandatory parameter and rejects other grant types', async () => {
    const missing = await post(
      emu,
      '/ims/token/v3',
      new URLSearchParams({ grant_type: 'client_credentials', client_id: cred.clientId }),
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    expect(missing.body.error_description).toContain('client_secret');
    const grant = await oauth(emu, cred, { grant_type: 'password' });
    expect(grant.status).toBe(400);
    expect(grant.body.error).toBe('unsupported_grant_type');
  });

  it('issues IMS-shaped access-token claims signed by the emulator', async () => {
    const before = Date.now();
    const token = await tokenFor(emu, cred);
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

describe('IMS JWT exchange (/ims/exchange/jwt)', () => {
  it('exchanges a JWT signed with the bound key; expires_in is in milliseconds', async () => {
    const { status, body } = await exchange(emu, cred, await signJwt(emu, main));
    expect(status).toBe(200);
    expect(body.token_type).toBe('bearer');
    expect(body.expires_in).toBe(86399000);
    const claims = decodeJwt(String(body.access_token));
    expect(claims.scope).toBe(METASCOPE);
    expect(claims.user_id).toBe(cred.technicalAccountId);
  });

  it('serves the trailing-slash path with a multipart body', async () => {
    const form = new FormData();
    form.set('client_id', cred.clientId);
    form.set('client_secret', cred.clientSecrets[0] ?? '');
    form.set('jwt_token', await signJwt(emu, main));
    const { status } = await post(emu, '/ims/exchange/jwt/', form);
    expect(status).toBe(200);
  });

  it('rejects a JWT signed with another key', async () => {
    const other = generateCredential();
    const jwt = await signJwt(emu, main, {}, other.privateKeyPem);
    expect(await exchange(emu, cred, jwt)).toEqual({
      status: 400,
      body: {
        error: 'invalid_token',
        error_description: 'Could not match JWT signature to any of the bindings',
      },
    });
  });

  it('rejects every JWT for a credential without a binding', async () => {
    const converted = generateCredential({ jwt: undefined });
    emu.addCredential(converted.credential);
    const { status, body } = await exchange(
      emu,
      converted.credential,
      await signJwt(emu, converted),
    );
    expect(status).toBe(400);
    expect(body.error_description).toBe('Could not match JWT signature to any of the bindings');
  });

  it('rejects an aud for another client or host', async () => {
    const jwt = await signJwt(emu, main, {
      aud: `https://ims-na1.adobelogin.com/c/${cred.clientId}`,
    });
    const { status, body } = await exchange(emu, cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_client');
  });

  it('rejects metascopes outside the binding, and a JWT with none', async () => {
    const extra = await signJwt(emu, main, { [`${emu.url}/s/ent_campaign_sdk`]: true });
    expect(await exchange(emu, cred, extra)).toEqual({
      status: 400,
      body: {
        error: 'invalid_scope',
        error_description:
          'The metascopes in the JWT are not a subset of the metascopes in the binding.',
      },
    });
    const none = await signJwt(emu, main, { [`${emu.url}/s/${METASCOPE}`]: undefined });
    const { status, body } = await exchange(emu, cred, none);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('rejects an expired exp', async () => {
    const jwt = await signJwt(emu, main, { exp: Math.floor(Date.now() / 1000) - 60 });
    const { status, body } = await exchange(emu, cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_token');
  });

  it('reports a string exp, a missing exp and garbage as undecodable', async () => {
    const undecodable = {
      status: 400,
      body: {
        error: 'invalid_token',
        error_description: 'JWT token is incorrectly formatted, and can not be decoded.',
      },
    };
    const stringExp = await signJwt(emu, main, { exp: String(Math.floor(Date.now() / 1000) + 60) });
    expect(await exchange(emu, cred, stringExp)).toEqual(undecodable);
    expect(await exchange(emu, cred, await signJwt(emu, main, { exp: undefined }))).toEqual(
      undecodable,
    );
    expect(await exchange(emu, cred, 'not-a-jwt')).toEqual(undecodable);
  });

  it('rejects iss/sub that do not match the binding', async () => {
    const jwt = await signJwt(emu, main, { sub: '000000000000000000000000@techacct.adobe.com' });
    const { status, body } = await exchange(emu, cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('bad_request');
  });

  it('rejects a non-RS256 algorithm', async () => {
    const jwt = await new SignJWT({ exp: Math.floor(Date.now() / 1000) + 60 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const { status, body } = await exchange(emu, cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_signature');
  });

  it('answers a wrong secret with 401 and an unknown client with 400', async () => {
    const jwt = await signJwt(emu, main);
    const wrongSecret = await exchange(emu, cred, jwt, 'p8e-wrong');
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
    const unknown = await exchange(emu, { ...cred, clientId: '0'.repeat(32) }, jwt);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_client');
  });
});

describe('adobe.io gateway', () => {
  it('answers 401 403010 without a bearer token', async () => {
    expect(await api('/discovery/me', { 'x-api-key': cred.clientId })).toEqual({
      status: 401,
      body: { error_code: '403010', message: 'Oauth token is missing' },
    });
  });

  it('answers 401 401013 for a forged or expired token', async () => {
    const invalid = {
      status: 401,
      body: { error_code: '401013', message: 'Oauth token is not valid' },
    };
    // Signed with the credential's own key: only emulator-issued tokens count.
    const forged = await signJwt(emu, main, { type: 'access_token', client_id: cred.clientId });
    const headers = { authorization: `Bearer ${forged}`, 'x-api-key': cred.clientId };
    expect(await api('/discovery/me', headers)).toEqual(invalid);

    const shortLived = await startEmulator({ credentials: [cred], tokenLifetimeSeconds: 0 });
    try {
      expect(await authed('/discovery/me', cred, shortLived)).toEqual(invalid);
    } finally {
      await shortLived.close();
    }
  });

  it('answers 403 403000 without an API key and 403003 for another client id', async () => {
    const token = await tokenFor(emu, cred);
    expect(await api('/discovery/me', { authorization: `Bearer ${token}` })).toEqual({
      status: 403,
      body: { error_code: '403000', message: 'Api Key is required' },
    });
    const other = { authorization: `Bearer ${token}`, 'x-api-key': 'a'.repeat(32) };
    expect(await api('/discovery/me', other)).toEqual({
      status: 403,
      body: { error_code: '403003', message: 'Api Key is invalid' },
    });
  });

  it('answers 403 403025 when the technical account has no Analytics profile', async () => {
    const { credential } = generateCredential({ analytics: null });
    emu.addCredential(credential);
    expect(await authed('/discovery/me', credential)).toEqual({
      status: 403,
      body: { error_code: '403025', message: 'Profile is not valid' },
    });
  });
});

describe('Analytics 2.0', () => {
  it('describes the technical account in discovery', async () => {
    expect(await authed('/discovery/me')).toEqual({
      status: 200,
      body: {
        imsUserId: cred.technicalAccountId,
        imsOrgs: [
          {
            imsOrgId: cred.orgId,
            companies: [
              {
                globalCompanyId: gcid,
                companyName: 'Acme Corp',
                apiRateLimitPolicy: 'aa_api_tier10_tp',
              },
            ],
          },
        ],
      },
    });
  });

  it('refuses a company the account does not belong to', async () => {
    const { status, body } = await authed('/api/othercorp/users/me');
    expect(status).toBe(403);
    expect(body).toMatchObject({ errorCode: 'unauthorized' });
    expect((body as Json).errorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists only report suites in the profile, filtered by rsids', async () => {
    const { status, body } = await authed(
      `/api/${gcid}/reportsuites/collections/suites?rsids=rs2dev,rsunknown`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      content: [{ collectionItemType: 'reportsuite', rsid: 'rs2dev', name: 'Development' }],
      totalElements: 1,
      totalPages: 1,
      number: 0,
      size: 10,
      numberOfElements: 1,
      firstPage: true,
      lastPage: true,
    });
  });

  it('pages report suites with limit and 0-based page', async () => {
    const { body } = await authed(`/api/${gcid}/reportsuites/collections/suites?limit=1&page=1`);
    expect(body).toMatchObject({
      content: [{ rsid: 'rs2dev' }],
      totalElements: 2,
      totalPages: 2,
      number: 1,
      size: 1,
      firstPage: false,
      lastPage: true,
    });
  });

  it('returns a plain array in the documented array shape', async () => {
    const arrayEmu = await startEmulator({ credentials: [cred], reportSuitesShape: 'array' });
    try {
      const { body } = await authed(`/api/${gcid}/reportsuites/collections/suites`, cred, arrayEmu);
      expect(body).toEqual([
        { collectionItemType: 'reportsuite', rsid: 'rs1prod', name: 'Production' },
        { collectionItemType: 'reportsuite', rsid: 'rs2dev', name: 'Development' },
      ]);
    } finally {
      await arrayEmu.close();
    }
  });

  it('lists granted metrics and dimensions only', async () => {
    const metrics = await authed(`/api/${gcid}/metrics?rsid=rs1prod&expansion=allowedForReporting`);
    expect(metrics.status).toBe(200);
    expect((metrics.body as Json[]).map((m) => m.id)).toEqual([
      'metrics/pageviews',
      'metrics/visits',
      'metrics/event1',
    ]);
    expect((metrics.body as Json[])[0]).toMatchObject({
      allowedForReporting: true,
      title: 'Page Views',
    });
    const dimensions = await authed(`/api/${gcid}/dimensions?rsid=rs2dev`);
    expect((dimensions.body as Json[]).map((d) => d.id)).toContain('variables/evar2');
  });

  it('rejects metrics without rsid (400) and for a suite outside the profile (403)', async () => {
    const noRsid = await authed(`/api/${gcid}/metrics`);
    expect(noRsid.status).toBe(400);
    const outside = await authed(`/api/${gcid}/dimensions?rsid=rsother`);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ errorCode: 'insufficient_access' });
  });

  it('answers the tool probes when the tools are granted', async () => {
    const warehouse = await authed(`/api/${gcid}/data_warehouse/scheduled?rsid=rs1prod`);
    expect(warehouse).toMatchObject({ status: 200, body: { content: [], totalElements: 0 } });
    expect(await authed(`/api/${gcid}/datasources/account/rs1prod`)).toEqual({
      status: 200,
      body: [],
    });
    // ReportSuiteCompatibilityMetric, as the Classifications API reference defines it.
    const compatibility = await authed(
      `/api/${gcid}/classifications/datasets/compatibilityMetrics/rs2dev`,
    );
    expect(compatibility).toMatchObject({
      status: 200,
      body: {
        report_suite_id: 'rs2dev',
        metrics: expect.arrayContaining([
          { id: ['evar1'], datasets: [expect.any(String)] },
          { id: ['evar2'], datasets: [] },
        ]),
      },
    });
  });

  it('denies tool probes for ungranted tools and suites, and in a company without profile', async () => {
    const limited = generateCredential();
    const company = limited.credential.analytics?.companies[0];
    if (!company?.profile) throw new Error('generated credential lacks a profile');
    company.profile.tools = { dataWarehouse: true };
    limited.credential.analytics?.companies.push({ globalCompanyId: 'bare', companyName: 'Bare' });
    emu.addCredential(limited.credential);
    const id = company.globalCompanyId;

    const paths = [
      `/api/${id}/datasources/account/rs1prod`,
      `/api/${id}/classifications/datasets/compatibilityMetrics/rs1prod`,
      `/api/${id}/data_warehouse/scheduled?rsid=rsother`,
      '/api/bare/data_warehouse/scheduled?rsid=rs1prod',
      '/api/bare/metrics?rsid=rs1prod',
    ];
    for (const path of paths) {
      const { status, body } = await authed(path, limited.credential);
      expect([path, status, (body as Json).errorCode]).toEqual([path, 403, 'insufficient_access']);
    }
    const bareSuites = await authed(
      '/api/bare/reportsuites/collections/suites',
      limited.credential,
    );
    expect(bareSuites.body).toMatchObject({ content: [], totalElements: 0 });
  });

  it('describes the technical account in users/me', async () => {
    const { status, body } = await authed(`/api/${gcid}/users/me`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      login: cred.technicalAccountId,
      imsUserId: cred.technicalAccountId,
    });
    expect(Number.isInteger((body as Json).companyId)).toBe(true);
  });

  it('answers 404 for unknown routes and 405 for other methods', async () => {
    const missing = await fetch(`${emu.url}/api/${gcid}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    expect((await fetch(`${emu.url}/ims/token/v3`)).status).toBe(405);
    expect((await fetch(`${emu.url}/discovery/me`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('faults, latency and recording', () => {
  it('records method, path, query, lower-cased headers, body, status and timings', async () => {
    await oauth(emu, cred, { client_secret: 'p8e-wrong' });
    await api(`/api/${gcid}/metrics?rsid=rs1prod`, { 'X-Api-Key': cred.clientId });
    expect(emu.requests).toHaveLength(2);
    const [token, metrics] = emu.requests;
    expect(token).toMatchObject({ method: 'POST', path: '/ims/token/v3', status: 400 });
    expect(token?.body).toContain('client_secret=p8e-wrong');
    expect(metrics).toMatchObject({
      method: 'GET',
      path: `/api/${gcid}/metrics`,
      query: { rsid: 'rs1prod' },
      status: 401,
    });
    expect(metrics?.headers['x-api-key']).toBe(cred.clientId);
    expect(metrics?.startedAt).toBeGreaterThanOrEqual(token?.endedAt ?? Number.NaN);
    expect(metrics?.endedAt).toBeGreaterThanOrEqual(metrics?.startedAt ?? Number.NaN);
  });

  it('serves a status fault `times` times, first match first, then resumes', async () => {
    emu.injectFault({
      method: 'post',
      path: /^\/ims\//,
      times: 2,
      response: {
        status: 500,
        body: { error: 'internal_error', error_description: 'Please try again later' },
        headers: { 'retry-after': '1' },
      },
    });
    emu.injectFault({ path: '/ims/token/v3', response: { status: 503, body: 'down' } });
    const first = await fetch(`${emu.url}/ims/token/v3`, { method: 'POST' });
    expect(first.status).toBe(500);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toEqual({
      error: 'internal_error',
      error_description: 'Please try again later',
    });
    expect((await oauth(emu, cred)).status).toBe(500);
    const third = await fetch(`${emu.url}/ims/token/v3`, { method: 'POST' });
    expect([third.status, await third.text()]).toEqual([503, 'down']);
    expect((await oauth(emu, cred)).status).toBe(200);
    expect(emu.requests.map((r) => r.status)).toEqual([500, 500, 503, 200]);
  });

  it('ignores faults whose method does not match', async () => {
    emu.injectFault({ method: 'GET', path: '/ims/token/v3', response: { status: 500 } });
    expect((await oauth(emu, cred)).status).toBe(200);
  });

  it('resets the connection without a response', async () => {
    emu.injectFault({ path: '/discovery/me', response: { kind: 'reset' } });
    await expect(fetch(`${emu.url}/discovery/me`)).rejects.toThrow(TypeError);
    expect(emu.requests[0]?.status).toBe(0);
    expect((await authed('/discovery/me')).status).toBe(200);
  });

  it('hangs until the client gives up, and close() still returns promptly', async () => {
    const hangEmu = await startEmulator({ credentials: [cred] });
    hangEmu.injectFault({ path: '/discovery/me', times: 2, response: { kind: 'hang' } });
    const started = performance.now();
    await expect(
      fetch(`${hangEmu.url}/discovery/me`, { signal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    // A second hung request from a raw client that never gives up.
    const stuck = new Promise<string>((resolve) => {
      request(`${hangEmu.url}/discovery/me`)
        .on('error', (error) => resolve(error.message))
        .end();
    });
    while (hangEmu.requests.length < 2) await new Promise((r) => setTimeout(r, 10));
    const closing = performance.now();
    await hangEmu.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(await stuck).toMatch(/socket hang up/);
  });

  it('closes idle keep-alive connections', async () => {
    const keepAliveEmu = await startEmulator({ credentials: [cred] });
    expect((await oauth(keepAliveEmu, cred)).status).toBe(200); // fetch keeps the socket alive
    const closing = performance.now();
    await keepAliveEmu.close();
    expect(performance.now() - closing).toBeLessThan(1000);
  });

  it('adds latency before every response, including errors and faults', async () => {
    emu.setLatency(150);
    emu.injectFault({ path: '/discovery/me', response: { status: 502 } });
    const started = performance.now();
    expect((await fetch(`${emu.url}/discovery/me`)).status).toBe(502);
    expect((await fetch(`${emu.url}/discovery/me`)).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    for (const r of emu.requests) expect(r.endedAt - r.startedAt).toBeGreaterThanOrEqual(145);
  });

  it('applies latencyMs from the options', async () => {
    const slow = await startEmulator({ latencyMs: 120 });
    try {
      const started = performance.now();
      expect((await fetch(`${slow.url}/nowhere`)).status).toBe(404);
      expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    } finally {
      await slow.close();
    }
  });

  it('lists every issued access token, across reset()', async () => {
    const oauthToken = await tokenFor(emu, cred);
    const { body } = await exchange(emu, cred, await signJwt(emu, main));
    emu.reset();
    expect(emu.issuedTokens.slice(-2)).toEqual([oauthToken, body.access_token]);
  });

  it('reset() clears requests and faults but keeps credentials', async () => {
    emu.injectFault({ path: '/discovery/me', response: { status: 500 } });
    await fetch(`${emu.url}/ims/token/v3`);
    const requests = emu.requests;
    emu.reset();
    expect(requests).toHaveLength(0);
    expect((await authed('/discovery/me')).status).toBe(200);
  });
});

describe('rate limit', () => {
  it('answers 429 429050 past the per-account window, then recovers', async () => {
    const limited = await startEmulator({ rateLimit: { requests: 3, windowMs: 1000 } });
    try {
      const other = generateCredential().credential;
      limited.addCredential(cred);
      limited.addCredential(other);
      const token = await tokenFor(limited, cred);
      const headers = { authorization: `Bearer ${token}`, 'x-api-key': cred.clientId };
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await api('/discovery/me', headers, limited)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(await api('/discovery/me', headers, limited)).toEqual({
        status: 429,
        body: { error_code: '429050', message: 'Too many requests' },
      });
      // Another technical account has its own window.
      expect((await authed('/discovery/me', other, limited)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1050));
      expect((await api('/discovery/me', headers, limited)).status).toBe(200);
      // reset() clears the counters.
      await api('/discovery/me', headers, limited);
      await api('/discovery/me', headers, limited);
      limited.reset();
      expect((await api('/discovery/me', headers, limited)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('is off by default', async () => {
    const token = await tokenFor(emu, cred);
    const headers = { authorization: `Bearer ${token}`, 'x-api-key': cred.clientId };
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await api('/discovery/me', headers)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
