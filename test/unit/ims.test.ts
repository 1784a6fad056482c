import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { explainImsError, readAccessToken } from '../../src/adobe/ims.js';
import { identityCheck } from '../../src/adobe/token-check.js';
import { assertionClaims } from '../../src/credentials/jwt/assertion.js';
import type { JwtCredentials } from '../../src/credentials/jwt/index.js';
import { kindNamed } from '../../src/credentials/kinds.js';
import { asAction, VALID } from '../support/inputs.js';

const credentials: JwtCredentials = {
  auth: 'jwt',
  orgId: VALID.org,
  clientId: VALID.client,
  clientSecret: VALID.secret,
  technicalAccountId: VALID.technicalAccount,
  privateKey: { key: undefined as never, pem: '', base64: '' },
  metascopes: ['ent_analytics_bulk_ingest_sdk', 'ent_campaign_sdk'],
  certificate: undefined,
  expiryWarningDays: 30,
};
const IMS = 'https://ims-na1.adobelogin.com';

async function accessToken(claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new Uint8Array(32));
}

describe('JWT assertion claims', () => {
  it('carries iss, sub, aud and one metascope claim per metascope, expiring in minutes', () => {
    const claims = assertionClaims(credentials, IMS, 1_000);
    expect(claims).toEqual({
      exp: 1_300,
      iss: VALID.org,
      sub: VALID.technicalAccount,
      aud: `${IMS}/c/${VALID.client}`,
      [`${IMS}/s/ent_analytics_bulk_ingest_sdk`]: true,
      [`${IMS}/s/ent_campaign_sdk`]: true,
    });
  });
});

describe('explainImsError', () => {
  it.each([
    [
      'oauth',
      400,
      'invalid_client',
      'invalid client_secret parameter',
      /client-secret is not valid for client-id/,
    ],
    [
      'oauth',
      400,
      'invalid_client',
      'invalid client_id parameter',
      /client-id is not known to Adobe IMS/,
    ],
    ['jwt', 401, 'invalid_client', 'bad pair', /client-secret is not valid for client-id/],
    ['jwt', 400, 'invalid_client', 'unknown aud', /client-id is not known/],
    [
      'jwt',
      400,
      'invalid_token',
      'Could not match JWT signature to any of the bindings',
      /private-key does not match the certificate.*converted to OAuth/,
    ],
    ['jwt', 400, 'invalid_signature', 'alg mismatch', /private-key does not match/],
    ['oauth', 400, 'invalid_scope', 'Invalid scope', /scopes are not all granted/],
    ['jwt', 400, 'invalid_scope', 'not a subset', /metascopes are not all granted/],
    ['jwt', 400, 'bad_request', 'sub is malformed', /ims-org-id or technical-account-id/],
    [
      'oauth',
      500,
      'internal_error',
      'Please try again later',
      /Adobe IMS refused the token request \(IMS said: internal_error/,
    ],
  ] as const)('%s %i %s → %s', (auth, status, error, description, expected) => {
    const message = explainImsError(
      kindNamed(auth),
      status,
      { error, error_description: description },
      IMS,
    );
    expect(asAction(message)).toMatch(expected);
    expect(message).toContain(`HTTP ${status}`);
  });
});

describe('access token cross-check', () => {
  it('reads client, technical account and expiry (created_at + expires_in, both ms)', async () => {
    const token = await accessToken({
      client_id: VALID.client,
      user_id: VALID.technicalAccount,
      created_at: '1700000000000',
      expires_in: '86400000',
    });
    expect(readAccessToken(token)).toEqual({
      clientId: { raw: VALID.client, shown: VALID.client },
      technicalAccountId: { raw: VALID.technicalAccount, shown: VALID.technicalAccount },
      expiresAt: new Date(1_700_086_400_000),
    });
    expect(identityCheck(token, credentials).status).toBe('pass');
  });

  it('fails when the token belongs to another technical account or client', async () => {
    const other = await accessToken({
      client_id: VALID.client,
      user_id: 'AAAAAAAAAAAAAAAAAAAAAAAA@techacct.adobe.com',
    });
    const check = identityCheck(other, credentials);
    expect(check.status).toBe('fail');
    expect(asAction(check.message)).toMatch(/technical-account-id .* does not match/);
    const otherClient = await accessToken({ client_id: 'someoneelse1234' });
    expect(identityCheck(otherClient, credentials).status).toBe('fail');
  });

  it('warns rather than guesses when the token is opaque', () => {
    expect(identityCheck('opaque-token', credentials).status).toBe('warn');
    expect(readAccessToken('opaque-token')).toBeUndefined();
  });
});
