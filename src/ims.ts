// Adobe IMS token clients: OAuth Server-to-Server (client_credentials on /ims/token/v3)
// and the legacy Service Account (JWT) exchange on /ims/exchange/jwt.
import { decodeJwt, SignJWT } from 'jose';
import { ActionError } from './errors.js';
import { type HttpClient, type HttpResponse, parseJson } from './http.js';
import type { Credentials } from './inputs.js';

export interface AccessToken {
  value: string;
  /** From the response's expires_in; undefined when IMS gave none. */
  expiresAt: Date | undefined;
}

// Adobe's examples use a few minutes; a short assertion limits replay.
const ASSERTION_LIFETIME_SECONDS = 300;

/** The claims of the Service Account assertion (pure, for tests). */
export function assertionClaims(
  credentials: Credentials,
  imsEndpoint: string,
  metascopes: string[],
  nowSeconds: number,
): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    exp: nowSeconds + ASSERTION_LIFETIME_SECONDS,
    iss: credentials.orgId,
    sub: credentials.technicalAccountId,
    aud: `${imsEndpoint}/c/${credentials.clientId}`,
  };
  for (const metascope of metascopes) claims[`${imsEndpoint}/s/${metascope}`] = true;
  return claims;
}

export async function signAssertion(
  credentials: Credentials,
  imsEndpoint: string,
  metascopes: string[],
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  if (!credentials.privateKey) throw new ActionError('private-key is required for auth jwt');
  return new SignJWT(assertionClaims(credentials, imsEndpoint, metascopes, nowSeconds))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .sign(credentials.privateKey.key);
}

interface ImsErrorBody {
  error?: string;
  error_description?: string;
}

function parseBody(text: string): Record<string, unknown> {
  const value = parseJson(text);
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** Adobe's IMS error bodies, turned into what to change (pure, for tests). */
export function explainImsError(
  auth: Credentials['auth'],
  status: number,
  body: ImsErrorBody,
  imsEndpoint: string,
  attempts = 1,
): string {
  const code = body.error ?? '';
  const description = body.error_description ?? '';
  const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
  const seen = code
    ? ` (IMS said: ${code}${description ? `: ${description}` : ''}, HTTP ${status}${tries})`
    : ` (HTTP ${status}${tries})`;
  const lower = description.toLowerCase();

  if (code === 'invalid_client') {
    if (lower.includes('client_id') || (auth === 'jwt' && status === 400)) {
      return `client-id is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential${seen}.`;
    }
    return `client-secret is not valid for client-id: copy the client secret again from the Developer Console (Credentials > ${auth === 'oauth' ? 'OAuth Server-to-Server' : 'Service Account (JWT)'} > Client secret)${seen}.`;
  }
  if (code === 'invalid_scope') {
    return auth === 'oauth'
      ? `the scopes are not all granted to this credential: keep the default scopes, or add the Adobe Analytics API to the Developer Console project${seen}.`
      : `the metascopes are not all granted to this credential: use ent_analytics_bulk_ingest_sdk and make sure the project has the Adobe Analytics API${seen}.`;
  }
  if (code === 'invalid_signature' || lower.includes('signature')) {
    return `private-key does not match the certificate registered on the credential, or the JWT credential was converted to OAuth (Adobe converted all remaining JWT credentials by 2026-03-01): use auth: oauth with the same client ID and technical account${seen}.`;
  }
  if (code === 'bad_request') {
    return `ims-org-id or technical-account-id does not belong to client-id: copy both from the same Developer Console credential${seen}.`;
  }
  if (code === 'invalid_token' && lower.includes('expired')) {
    return `IMS found the signed assertion expired: check this machine's clock${seen}.`;
  }
  return `Adobe IMS refused the token request${seen}.`;
}

function tokenFromResponse(
  response: HttpResponse,
  auth: Credentials['auth'],
  imsEndpoint: string,
): AccessToken {
  const body = parseBody(response.text);
  if (response.status !== 200 || typeof body.access_token !== 'string') {
    throw new ActionError(
      explainImsError(auth, response.status, body, imsEndpoint, response.attempts),
    );
  }
  // v3 answers in seconds, the JWT exchange in milliseconds.
  const expiresIn = Number(body.expires_in);
  const lifetimeMs = auth === 'oauth' ? expiresIn * 1000 : expiresIn;
  return {
    value: body.access_token,
    expiresAt: lifetimeMs > 0 ? new Date(Date.now() + lifetimeMs) : undefined,
  };
}

export interface TokenRequest {
  credentials: Credentials;
  imsEndpoint: string;
  scopes: string[];
  metascopes: string[];
  /** Called with each derived secret (the assertion) before it is sent. */
  mask: (value: string, label: string) => void;
}

export async function requestAccessToken(
  http: HttpClient,
  request: TokenRequest,
): Promise<AccessToken> {
  const { credentials, imsEndpoint } = request;
  const form = new URLSearchParams({
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  let path: string;
  if (credentials.auth === 'oauth') {
    form.set('grant_type', 'client_credentials');
    form.set('scope', request.scopes.join(','));
    path = '/ims/token/v3';
  } else {
    const assertion = await signAssertion(credentials, imsEndpoint, request.metascopes);
    request.mask(assertion, 'jwt-assertion');
    form.set('jwt_token', assertion);
    path = '/ims/exchange/jwt';
  }
  const response = await http.send({
    label: credentials.auth === 'oauth' ? 'IMS OAuth token request' : 'IMS JWT exchange',
    method: 'POST',
    url: `${imsEndpoint}${path}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
  });
  return tokenFromResponse(response, credentials.auth, imsEndpoint);
}

export interface TokenFacts {
  clientId?: string;
  technicalAccountId?: string;
  expiresAt?: Date;
}

/** What an IMS access token (itself a JWT) says about whom it was issued to. */
export function readAccessToken(token: string): TokenFacts | undefined {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(token);
  } catch {
    return undefined;
  }
  const createdAt = Number(claims.created_at);
  const expiresIn = Number(claims.expires_in);
  const text = (name: string) =>
    typeof claims[name] === 'string' ? (claims[name] as string) : undefined;
  return {
    clientId: text('client_id'),
    technicalAccountId: text('user_id'),
    expiresAt:
      Number.isFinite(createdAt) && Number.isFinite(expiresIn) && createdAt > 0
        ? new Date(createdAt + expiresIn)
        : undefined,
  };
}
