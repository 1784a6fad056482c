import type {
  EmulatorCompany,
  EmulatorContext,
  EmulatorCredential,
  Incoming,
  Reply,
} from './types.js';

/** The technical account behind a request that passed every gateway check. */
export interface Caller {
  credential: EmulatorCredential;
  companies: EmulatorCompany[];
}

export function gatewayError(status: number, code: string, message: string): Reply {
  return { status, body: { error_code: code, message } };
}

function header(req: Incoming, name: string): string {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** A request whose bearer token and API key the adobe.io gateway accepted. */
export interface Authenticated {
  credential: EmulatorCredential;
  /** The token's scopes. */
  scopes: string[];
}

/**
 * The adobe.io gateway's own checks, in front of every API it serves: the token, then the API
 * key. Codes and messages are from Adobe's published I/O gateway error list.
 */
export async function authenticate(
  ctx: EmulatorContext,
  req: Incoming,
): Promise<Authenticated | { denied: Reply }> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header(req, 'authorization'))?.[1];
  if (!bearer) return { denied: gatewayError(401, '403010', 'Oauth token is missing') };
  const claims = await ctx.tokens.verify(bearer);
  const credential = claims && ctx.credentials.get(claims.client_id);
  if (!claims || !credential) {
    return { denied: gatewayError(401, '401013', 'Oauth token is not valid') };
  }
  const apiKey = header(req, 'x-api-key');
  if (!apiKey) return { denied: gatewayError(403, '403000', 'Api Key is required') };
  if (apiKey !== claims.client_id) {
    return { denied: gatewayError(403, '403003', 'Api Key is invalid') };
  }
  return { credential, scopes: claims.scope.split(',').filter(Boolean) };
}

/**
 * The adobe.io gateway in front of Analytics. Check order is chosen (the docs list the codes,
 * not their precedence): token, API key, rate limit, then product profile.
 */
export async function passGateway(
  ctx: EmulatorContext,
  req: Incoming,
): Promise<Caller | { denied: Reply }> {
  const caller = await authenticate(ctx, req);
  if ('denied' in caller) return caller;
  const { credential } = caller;
  // No Retry-After: the docs publish none for Analytics 429s.
  if (ctx.rateLimiter && !ctx.rateLimiter.allow(credential.technicalAccountId)) {
    return { denied: gatewayError(429, '429050', 'Too many requests') };
  }
  if (!credential.analytics) {
    return { denied: gatewayError(403, '403025', 'Profile is not valid') };
  }
  return { credential, companies: credential.analytics.companies };
}
