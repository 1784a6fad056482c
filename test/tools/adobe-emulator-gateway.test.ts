// Contract of the emulator's adobe.io gateway: missing, forged and expired tokens, API keys,
// Analytics profiles, and the per-account rate limit.
import { describe, expect, it } from 'vitest';
import { generateCredential, startEmulator } from '../../tools/adobe-emulator/index.js';
import { signJwt, tokenFor, useAdobeEmulator } from '../support/emulator-client.js';

const { emulator, main, cred, api, authed } = useAdobeEmulator();

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
    const forged = await signJwt(emulator(), main, {
      type: 'access_token',
      client_id: cred.clientId,
    });
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
    const token = await tokenFor(emulator(), cred);
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
    emulator().addCredential(credential);
    expect(await authed('/discovery/me', credential)).toEqual({
      status: 403,
      body: { error_code: '403025', message: 'Profile is not valid' },
    });
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
    const token = await tokenFor(emulator(), cred);
    const headers = { authorization: `Bearer ${token}`, 'x-api-key': cred.clientId };
    const statuses = await Promise.all(
      Array.from({ length: 20 }, async () => (await api('/discovery/me', headers)).status),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
  });
});
