// The emulator's test controls: request recording, injected faults (status, reset, hang),
// latency, issued tokens, reset() and close().
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../tools/adobe-emulator/index.js';
import {
  exchange,
  oauth,
  signJwt,
  tokenFor,
  useAdobeEmulator,
} from '../support/emulator-client.js';

const { emulator, main, cred, gcid, api, authed } = useAdobeEmulator();

describe('faults, latency and recording', () => {
  it('records method, path, query, lower-cased headers, body, status and timings', async () => {
    await oauth(emulator(), cred, { client_secret: 'p8e-wrong' });
    await api(`/api/${gcid}/metrics?rsid=rs1prod`, { 'X-Api-Key': cred.clientId });
    expect(emulator().requests).toHaveLength(2);
    const [token, metrics] = emulator().requests;
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
    emulator().injectFault({
      method: 'post',
      path: /^\/ims\//,
      times: 2,
      response: {
        status: 500,
        body: { error: 'internal_error', error_description: 'Please try again later' },
        headers: { 'retry-after': '1' },
      },
    });
    emulator().injectFault({ path: '/ims/token/v3', response: { status: 503, body: 'down' } });
    const first = await fetch(`${emulator().url}/ims/token/v3`, { method: 'POST' });
    expect(first.status).toBe(500);
    expect(first.headers.get('retry-after')).toBe('1');
    expect(await first.json()).toEqual({
      error: 'internal_error',
      error_description: 'Please try again later',
    });
    expect((await oauth(emulator(), cred)).status).toBe(500);
    const third = await fetch(`${emulator().url}/ims/token/v3`, { method: 'POST' });
    expect([third.status, await third.text()]).toEqual([503, 'down']);
    expect((await oauth(emulator(), cred)).status).toBe(200);
    expect(emulator().requests.map((r) => r.status)).toEqual([500, 500, 503, 200]);
  });

  it('ignores faults whose method does not match', async () => {
    emulator().injectFault({ method: 'GET', path: '/ims/token/v3', response: { status: 500 } });
    expect((await oauth(emulator(), cred)).status).toBe(200);
  });

  it('resets the connection without a response', async () => {
    emulator().injectFault({ path: '/discovery/me', response: { kind: 'reset' } });
    await expect(fetch(`${emulator().url}/discovery/me`)).rejects.toThrow(TypeError);
    expect(emulator().requests[0]?.status).toBe(0);
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
    emulator().setLatency(150);
    emulator().injectFault({ path: '/discovery/me', response: { status: 502 } });
    const started = performance.now();
    expect((await fetch(`${emulator().url}/discovery/me`)).status).toBe(502);
    expect((await fetch(`${emulator().url}/discovery/me`)).status).toBe(401);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    for (const r of emulator().requests)
      expect(r.endedAt - r.startedAt).toBeGreaterThanOrEqual(145);
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
    const oauthToken = await tokenFor(emulator(), cred);
    const { body } = await exchange(emulator(), cred, await signJwt(emulator(), main));
    emulator().reset();
    expect(emulator().issuedTokens.slice(-2)).toEqual([oauthToken, body.access_token]);
  });

  it('reset() clears requests and faults but keeps credentials', async () => {
    emulator().injectFault({ path: '/discovery/me', response: { status: 500 } });
    await fetch(`${emulator().url}/ims/token/v3`);
    const requests = emulator().requests;
    emulator().reset();
    expect(requests).toHaveLength(0);
    expect((await authed('/discovery/me')).status).toBe(200);
  });
});
