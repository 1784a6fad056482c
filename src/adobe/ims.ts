// Adobe IMS: one token request for every credential kind (the kind builds it), its
// answers read into a token or into what to change, and what a token says about itself.
import { ActionError } from '../common/errors.js';
import type { HttpClient, HttpResponse } from '../common/http.js';
import { inputRef } from '../common/input-ref.js';
import { parseJson } from '../common/json.js';
import { type Quoted, quoted } from '../common/sanitise.js';
import {
  matching,
  optional,
  readFields,
  readShape,
  record,
  text,
  wholeNumber,
} from '../common/shape.js';
import {
  type CredentialKind,
  type TokenExchange,
  unknownClientIdAdvice,
} from '../credentials/kind.js';
import { type Credentials, kindOf } from '../credentials/kinds.js';

/** IMS refused the token request: its error code decides what a caller does next. */
export class ImsRefusal extends ActionError {
  constructor(
    message: string,
    /** IMS's `error` (invalid_client, invalid_scope …); '' when it gave none. */
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

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

// IMS tokens last about a day; a year is far past any real answer and keeps dates valid.
const MAX_TOKEN_LIFETIME_MS = 366 * 86_400_000;
// RFC 6750's b64token, what a Bearer header may carry (IMS tokens are JWTs: base64url and dots).
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{16,65536}=*$/;

const IMS_ERROR = { error: optional(text), error_description: optional(text) };

function tokenAnswer(lifetimeMs: (expiresIn: number) => number) {
  return record({
    access_token: matching(BEARER_TOKEN, 'a bearer token of at least 16 characters', true),
    // In the kind's units (seconds on v3, milliseconds on the JWT exchange).
    expires_in: optional(wholeNumber(1, Math.floor(MAX_TOKEN_LIFETIME_MS / lifetimeMs(1)))),
  });
}

/** Adobe's IMS error bodies, turned into what to change (pure, for tests). */
export function explainImsError(
  kind: CredentialKind<Credentials>,
  status: number,
  body: unknown,
  imsEndpoint: string,
  attempts = 1,
): string {
  const { value, problems } = readFields(IMS_ERROR, body);
  // Adobe's words decide the explanation; only their sanitised form is shown.
  const code = quoted(value.error ?? '');
  const description = quoted(value.error_description ?? '');
  const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
  const odd = problems.length > 0 ? `; its error answer did not fit: ${problems.join('; ')}` : '';
  const said = code.raw
    ? `IMS said: ${code.shown}${description.raw ? `: ${description.shown}` : ''}, `
    : '';
  const seen = ` (${said}HTTP ${status}${tries}${odd})`;

  const specific = kind.explainImsError({
    code: code.raw,
    description: description.raw,
    status,
    imsEndpoint,
  });
  if (specific) return `${specific}${seen}.`;
  if (code.raw === 'invalid_client') {
    if (description.raw.toLowerCase().includes('client_id')) {
      return `${unknownClientIdAdvice(imsEndpoint)}${seen}.`;
    }
    return `${inputRef('client-secret')} is not valid for ${inputRef('client-id')}: copy the client secret again from the Developer Console (Credentials > ${kind.label} > Client secret)${seen}.`;
  }
  return `Adobe IMS refused the token request${seen}.`;
}

function tokenFromResponse(
  response: HttpResponse,
  request: TokenRequest,
  exchange: TokenExchange,
): AccessToken {
  const { credentials, imsEndpoint } = request;
  const kind = kindOf(credentials);
  const body = parseJson(response.text);
  const token = (body as { access_token?: unknown } | undefined)?.access_token;
  // Masked before anything about the answer is said, whatever its shape.
  if (typeof token === 'string') request.mask(token, 'access-token');
  if (response.status !== 200) {
    const code = readFields(IMS_ERROR, body).value.error ?? '';
    throw new ImsRefusal(
      explainImsError(kind, response.status, body, imsEndpoint, response.attempts),
      code,
      response.status,
    );
  }
  const answer = readShape(tokenAnswer(exchange.lifetimeMs), body);
  if (!answer.ok) {
    throw new ActionError(
      `Adobe IMS answered the token request (HTTP 200) in a shape this action cannot read: ${answer.problem}. Check that ${inputRef('ims-endpoint')} ${imsEndpoint} is Adobe IMS.`,
    );
  }
  const expiresIn = answer.value.expires_in;
  return {
    value: answer.value.access_token,
    expiresAt:
      expiresIn === undefined ? undefined : new Date(Date.now() + exchange.lifetimeMs(expiresIn)),
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
  return tokenFromResponse(response, request, exchange);
}

export interface TokenFacts {
  clientId?: Quoted;
  technicalAccountId?: Quoted;
  expiresAt?: Date;
}

const CLAIMS = {
  client_id: optional(text),
  user_id: optional(text),
  // Epoch and lifetime in milliseconds, as strings; bounded so the sum is a real date.
  created_at: optional(wholeNumber(1, 4_102_444_800_000)),
  expires_in: optional(wholeNumber(0, MAX_TOKEN_LIFETIME_MS)),
};

/**
 * The claims of a JWT, read without verifying it (IMS signed it; we only cross-check
 * what it says). Decoding needs no library: jose loads only where a JWT is signed.
 */
function jwtClaims(token: string): unknown {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  return parseJson(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
}

/** What an IMS access token (itself a JWT) says about whom it was issued to. */
export function readAccessToken(token: string): TokenFacts | undefined {
  const claims = jwtClaims(token);
  if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return undefined;
  // Claims that do not fit are left out: they are only cross-checked, never relied on.
  const { value } = readFields(CLAIMS, claims);
  const { created_at: createdAt, expires_in: expiresIn } = value;
  return {
    clientId: value.client_id === undefined ? undefined : quoted(value.client_id),
    technicalAccountId: value.user_id === undefined ? undefined : quoted(value.user_id),
    expiresAt:
      createdAt !== undefined && expiresIn !== undefined
        ? new Date(createdAt + expiresIn)
        : undefined,
  };
}
