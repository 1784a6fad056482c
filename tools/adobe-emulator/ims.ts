import { createPublicKey } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';
import { readParams } from './params.js';
import type { EmulatorContext, EmulatorCredential, Incoming, Reply, Route } from './types.js';

export const DEFAULT_SCOPES = [
  'openid',
  'AdobeID',
  'read_organizations',
  'additional_info.projectedProductContext',
  'additional_info.job_function',
];
export const DEFAULT_METASCOPES = ['ent_analytics_bulk_ingest_sdk'];
/**
 * What a subscription to the I/O Management API adds to the credential. The first four are the
 * documented rotation scopes beyond the defaults; ent_adobeio_sdk is the super-scope that
 * adobe/aio-apps-action documents as an alternative to listing them.
 */
export const IO_MANAGEMENT_SCOPES = [
  'additional_info.roles',
  'adobeio_api',
  'read_client_secret',
  'manage_client_secrets',
  'ent_adobeio_sdk',
];

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const UNDECODABLE = 'JWT token is incorrectly formatted, and can not be decoded.';
const BAD_CLIENT_ID = 'invalid client_id parameter';
const BAD_CLIENT_SECRET = 'invalid client_secret parameter';

// Error descriptions that are not quoted from observed IMS bodies are this emulator's own wording.
function imsError(status: number, error: string, description: string): Reply {
  return { status, body: { error, error_description: description } };
}

function missing(params: Map<string, string>, names: string[]): Reply | undefined {
  const absent = names.find((name) => !params.get(name));
  // Chosen: RFC 6749 wording; IMS's exact text for a missing parameter is undocumented.
  return absent ? imsError(400, 'invalid_request', `missing ${absent} parameter`) : undefined;
}

/** Unknown client_id, then secret mismatch; the two endpoints differ only in the mismatch status. */
function authenticateClient(
  ctx: EmulatorContext,
  params: Map<string, string>,
  badSecretStatus: number,
): EmulatorCredential | Reply {
  const credential = ctx.credentials.get(params.get('client_id') ?? '');
  if (!credential) return imsError(400, 'invalid_client', BAD_CLIENT_ID);
  // A secret added in Console but not yet usable gets the same answer as a wrong one (chosen:
  // IMS's answer during propagation is undocumented; invalid_client is what clients retry on).
  if (!ctx.secrets.accepts(credential.clientId, params.get('client_secret') ?? '')) {
    return imsError(badSecretStatus, 'invalid_client', BAD_CLIENT_SECRET);
  }
  return credential;
}

function grantedScopes(credential: EmulatorCredential): string[] {
  const base = credential.scopes ?? DEFAULT_SCOPES;
  return credential.console?.ioManagementApi ? [...base, ...IO_MANAGEMENT_SCOPES] : base;
}

const isReply = (value: EmulatorCredential | Reply): value is Reply => 'status' in value;

async function oauthToken(ctx: EmulatorContext, req: Incoming): Promise<Reply> {
  const params = await readParams(req, { includeQuery: true });
  const absent = missing(params, ['grant_type', 'client_id', 'client_secret', 'scope']);
  if (absent) return absent;
  if (params.get('grant_type') !== 'client_credentials') {
    // Chosen: RFC 6749 error code; IMS's exact answer is undocumented.
    return imsError(400, 'unsupported_grant_type', 'unsupported grant_type parameter');
  }
  const client = authenticateClient(ctx, params, 400);
  if (isReply(client)) return client;
  const requested = (params.get('scope') ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  const granted = grantedScopes(client);
  if (requested.length === 0 || !requested.every((scope) => granted.includes(scope))) {
    // Chosen description: the real text for a wrong scope is undocumented.
    return imsError(400, 'invalid_scope', 'invalid scope parameter');
  }
  const access_token = await ctx.tokens.issue(client, requested, ctx.tokenLifetimeSeconds * 1000);
  ctx.secrets.recordUse(client.clientId, params.get('client_secret') ?? '', 'client_credentials');
  return {
    status: 200,
    body: { access_token, token_type: 'bearer', expires_in: ctx.tokenLifetimeSeconds },
  };
}

/** Decodes without verifying; null when the token is not a JWT or `exp` is not an integer. */
function decode(token: string): { alg: unknown; payload: JWTPayload } | null {
  try {
    const payload = decodeJwt(token);
    // IMS reports a string exp as undecodable; a missing exp is treated the same (chosen).
    if (!Number.isInteger(payload.exp)) return null;
    return { alg: decodeProtectedHeader(token).alg, payload };
  } catch {
    return null;
  }
}

async function verifySignature(
  token: string,
  credential: EmulatorCredential,
): Promise<Reply | undefined> {
  const noMatch = imsError(
    400,
    'invalid_token',
    'Could not match JWT signature to any of the bindings',
  );
  if (!credential.jwt) return noMatch;
  try {
    await jwtVerify(token, createPublicKey(credential.jwt.publicKeyPem), { algorithms: ['RS256'] });
    return undefined;
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      // Chosen description: the expired-JWT text is undocumented.
      return imsError(400, 'invalid_token', 'JWT token has expired');
    }
    if (error instanceof errors.JWTClaimValidationFailed) {
      // e.g. nbf in the future or a non-numeric iat; IMS groups malformed claims under bad_request.
      return imsError(400, 'bad_request', error.message);
    }
    return noMatch;
  }
}

async function exchangeJwt(ctx: EmulatorContext, req: Incoming): Promise<Reply> {
  // Documented as a form body only; the query string is ignored here, unlike /ims/token/v3.
  const params = await readParams(req, { includeQuery: false });
  const absent = missing(params, ['client_id', 'client_secret']);
  if (absent) return absent;
  const client = authenticateClient(ctx, params, 401);
  if (isReply(client)) return client;

  const token = params.get('jwt_token') ?? '';
  const decoded = decode(token);
  if (!decoded) return imsError(400, 'invalid_token', UNDECODABLE);
  if (decoded.alg !== 'RS256') {
    return imsError(400, 'invalid_signature', 'JWT signature algorithm is not supported');
  }
  const signatureProblem = await verifySignature(token, client);
  if (signatureProblem) return signatureProblem;

  const { payload } = decoded;
  if (payload.aud !== `${ctx.url}/c/${client.clientId}`) {
    return imsError(400, 'invalid_client', 'JWT aud does not match the client_id');
  }
  if (payload.iss !== client.orgId || payload.sub !== client.technicalAccountId) {
    return imsError(400, 'bad_request', 'JWT iss or sub does not match the binding');
  }
  const prefix = `${ctx.url}/s/`;
  const metascopes = Object.entries(payload)
    .filter(([claim, value]) => claim.startsWith(prefix) && value === true)
    .map(([claim]) => claim.slice(prefix.length));
  if (metascopes.length === 0) {
    return imsError(400, 'invalid_scope', 'No metascopes in the JWT');
  }
  const bound = client.jwt?.metascopes ?? DEFAULT_METASCOPES;
  if (!metascopes.every((name) => bound.includes(name))) {
    return imsError(
      400,
      'invalid_scope',
      'The metascopes in the JWT are not a subset of the metascopes in the binding.',
    );
  }
  const lifetimeMs = ctx.tokenLifetimeSeconds * 1000;
  const access_token = await ctx.tokens.issue(client, metascopes, lifetimeMs);
  // Chosen: the docs' samples show only client_credentials; the JWT grant is named per RFC 7523.
  ctx.secrets.recordUse(client.clientId, params.get('client_secret') ?? '', JWT_GRANT);
  // Unlike /ims/token/v3, this endpoint reports expires_in in milliseconds.
  return { status: 200, body: { token_type: 'bearer', access_token, expires_in: lifetimeMs } };
}

export const imsRoutes: Route[] = [
  { method: 'POST', pattern: /^\/ims\/token\/v3$/, handle: oauthToken },
  { method: 'POST', pattern: /^\/ims\/exchange\/jwt\/?$/, handle: exchangeJwt },
];
