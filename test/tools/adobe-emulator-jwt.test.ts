// Contract of the emulator's IMS JWT exchange (/ims/exchange/jwt): the bound key, aud,
// metascopes, exp, iss/sub, algorithm and client checks.
import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { generateCredential } from '../../tools/adobe-emulator/index.js';
import {
  exchange,
  METASCOPE,
  post,
  signJwt,
  useAdobeEmulator,
} from '../support/emulator-client.js';

const { emulator, main, cred } = useAdobeEmulator();

describe('IMS JWT exchange (/ims/exchange/jwt)', () => {
  it('exchanges a JWT signed with the bound key; expires_in is in milliseconds', async () => {
    const { status, body } = await exchange(emulator(), cred, await signJwt(emulator(), main));
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
    form.set('jwt_token', await signJwt(emulator(), main));
    const { status } = await post(emulator(), '/ims/exchange/jwt/', form);
    expect(status).toBe(200);
  });

  it('rejects a JWT signed with another key', async () => {
    const other = generateCredential();
    const jwt = await signJwt(emulator(), main, {}, other.privateKeyPem);
    expect(await exchange(emulator(), cred, jwt)).toEqual({
      status: 400,
      body: {
        error: 'invalid_token',
        error_description: 'Could not match JWT signature to any of the bindings',
      },
    });
  });

  it('rejects every JWT for a credential without a binding', async () => {
    const converted = generateCredential({ jwt: undefined });
    emulator().addCredential(converted.credential);
    const { status, body } = await exchange(
      emulator(),
      converted.credential,
      await signJwt(emulator(), converted),
    );
    expect(status).toBe(400);
    expect(body.error_description).toBe('Could not match JWT signature to any of the bindings');
  });

  it('rejects an aud for another client or host', async () => {
    const jwt = await signJwt(emulator(), main, {
      aud: `https://ims-na1.adobelogin.com/c/${cred.clientId}`,
    });
    const { status, body } = await exchange(emulator(), cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_client');
  });

  it('rejects metascopes outside the binding, and a JWT with none', async () => {
    const extra = await signJwt(emulator(), main, {
      [`${emulator().url}/s/ent_campaign_sdk`]: true,
    });
    expect(await exchange(emulator(), cred, extra)).toEqual({
      status: 400,
      body: {
        error: 'invalid_scope',
        error_description:
          'The metascopes in the JWT are not a subset of the metascopes in the binding.',
      },
    });
    const none = await signJwt(emulator(), main, {
      [`${emulator().url}/s/${METASCOPE}`]: undefined,
    });
    const { status, body } = await exchange(emulator(), cred, none);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_scope');
  });

  it('rejects an expired exp', async () => {
    const jwt = await signJwt(emulator(), main, { exp: Math.floor(Date.now() / 1000) - 60 });
    const { status, body } = await exchange(emulator(), cred, jwt);
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
    const stringExp = await signJwt(emulator(), main, {
      exp: String(Math.floor(Date.now() / 1000) + 60),
    });
    expect(await exchange(emulator(), cred, stringExp)).toEqual(undecodable);
    expect(
      await exchange(emulator(), cred, await signJwt(emulator(), main, { exp: undefined })),
    ).toEqual(undecodable);
    expect(await exchange(emulator(), cred, 'not-a-jwt')).toEqual(undecodable);
  });

  it('rejects iss/sub that do not match the binding', async () => {
    const jwt = await signJwt(emulator(), main, {
      sub: '000000000000000000000000@techacct.adobe.com',
    });
    const { status, body } = await exchange(emulator(), cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('bad_request');
  });

  it('rejects a non-RS256 algorithm', async () => {
    const jwt = await new SignJWT({ exp: Math.floor(Date.now() / 1000) + 60 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('x'.repeat(32)));
    const { status, body } = await exchange(emulator(), cred, jwt);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_signature');
  });

  it('answers a wrong secret with 401 and an unknown client with 400', async () => {
    const jwt = await signJwt(emulator(), main);
    const wrongSecret = await exchange(emulator(), cred, jwt, 'p8e-wrong');
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
    const unknown = await exchange(emulator(), { ...cred, clientId: '0'.repeat(32) }, jwt);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toBe('invalid_client');
  });
});
