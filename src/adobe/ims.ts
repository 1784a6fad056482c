// Adobe IMS: one token request for every credential kind (the kind builds it), its
// answers read into a token or into what to change, and what a token says about itself.
import { ActionError } from '../common/errors.js';
import type { HttpClient, HttpResponse } from '../common/http.js';
import { inputRef } from '../common/input-ref.js';
import { parseJson } from '../common/json.js';
import type { CredentialKind } from '../credentials/kind.js';
import { type Credentials, kindOf } from '../credentials/kinds.js';

export interface AccessToken {
  value: string;
  /** From the response's expires_in; undefined when IMS gave none. */
  expiresAt: Date | undefined;
}

export interface TokenRequest {
  credentials: Credentials;
  imsEndpoint: string;
  /** Called with each derived secret (the assertion) before it is sent. */
  mask: (value: string, label: string) => void;
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
  kind: CredentialKind<Credentials>,
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

  const specific = kind.explainImsError({ code, description, status, imsEndpoint });
  if (specific) return `${specific}${seen}.`;
  if (code === 'invalid_client') {
    if (description.toLowerCase().includes('client_id')) {
      return `${inputRef('client-id')} is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential${seen}.`;
    }
    return `${inputRef('client-secret')} is not valid for ${inputRef('client-id')}: copy the client secret again from the Developer Console (Credentials > ${kind.label} > Client secret)${seen}.`;
  }
  return `Adobe IMS refused the token request${seen}.`;
}

function tokenFromResponse(
  response: HttpResponse,
  kind: CredentialKind<Credentials>,
  imsEndpoint: string,
  lifetimeMs: (expiresIn: number) => number,
): AccessToken {
  const body = parseBody(response.text);
  if (response.status !== 200 || typeof body.access_token !== 'string') {
    throw new ActionError(
      explainImsError(kind, response.status, body, imsEndpoint, response.attempts),
    );
  }
  const lifetime = lifetimeMs(Number(body.expires_in));
  return {
    value: body.access_token,
    expiresAt: lifetime > 0 ? new Date(Date.now() + lifetime) : undefined,
  };
}

export async function requestAccessToken(
  http: HttpClient,
  request: TokenRequest,
): Promise<AccessToken> {
  const { credentials, imsEndpoint } = request;
  const kind = kindOf(credentials);
  const exchange = await kind.tokenExchange(credentials, imsEndpoint, request.mask);
  const response = await http.send({
    label: exchange.label,
    method: 'POST',
    url: `${imsEndpoint}${exchange.path}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: exchange.form.toString(),
  });
  return tokenFromResponse(response, kind, imsEndpoint, exchange.lifetimeMs);
}

export interface TokenFacts {
  clientId?: string;
  technicalAccountId?: string;
  expiresAt?: Date;
}

/**
 * The claims of a JWT, read without verifying it (IMS signed it; we only cross-check
 * what it says). Decoding needs no library: jose loads only where a JWT is signed.
 */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const claims = parseJson(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
  return claims && typeof claims === 'object' && !Array.isArray(claims)
    ? (claims as Record<string, unknown>)
    : undefined;
}

/** What an IMS access token (itself a JWT) says about whom it was issued to. */
export function readAccessToken(token: string): TokenFacts | undefined {
  const claims = jwtClaims(token);
  if (!claims) return undefined;
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
