// Proves the token exchange works and that the token belongs to the credential the
// inputs describe.
import type { Check } from '../common/checks.js';
import { ActionError } from '../common/errors.js';
import type { HttpClient } from '../common/http.js';
import { inputRef } from '../common/input-ref.js';
import { type Credentials, kindOf } from '../credentials/kinds.js';
import { type AccessToken, readAccessToken, requestAccessToken, type TokenRequest } from './ims.js';

export interface TokenCheckResult {
  checks: Check[];
  token: AccessToken | undefined;
}

/** Cross-checks what the token says against the inputs (pure, for tests). */
export function identityCheck(token: string, credentials: Credentials): Check {
  const facts = readAccessToken(token);
  if (!facts) {
    return {
      id: 'token-identity',
      status: 'warn',
      message:
        'The access token is not a readable JWT, so its client and technical account could not be cross-checked.',
    };
  }
  const { clientId, technicalAccountId } = facts;
  if (clientId && clientId.raw !== credentials.clientId) {
    return {
      id: 'token-identity',
      status: 'fail',
      message: `The token was issued to client ${clientId.shown}, not to ${inputRef('client-id')} ${credentials.clientId}: check ${inputRef('ims-endpoint')} and ${inputRef('client-id')}.`,
    };
  }
  const expected = credentials.technicalAccountId;
  if (
    expected &&
    technicalAccountId &&
    technicalAccountId.raw.toLowerCase() !== expected.toLowerCase()
  ) {
    return {
      id: 'token-identity',
      status: 'fail',
      message: `${inputRef('technical-account-id')} ${expected} does not match the credential's technical account ${technicalAccountId.shown}: copy the technical account ID from the same Developer Console credential.`,
    };
  }
  if (!clientId && !technicalAccountId) {
    return {
      id: 'token-identity',
      status: 'warn',
      message:
        'The access token names neither a client nor a technical account, so they could not be cross-checked.',
    };
  }
  const who = technicalAccountId ? ` and technical account ${technicalAccountId.shown}` : '';
  return {
    id: 'token-identity',
    status: 'pass',
    message: `The token belongs to ${inputRef('client-id')} ${credentials.clientId}${who}.`,
  };
}

/** `minted`: a token already issued for these credentials, checked instead of a new one. */
export async function checkToken(
  http: HttpClient,
  request: TokenRequest,
  minted?: AccessToken,
): Promise<TokenCheckResult> {
  const { credentials } = request;
  const checks: Check[] = [];
  let token: AccessToken;
  try {
    token = minted ?? (await requestAccessToken(http, request));
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    checks.push({ id: 'ims-token', status: 'fail', message: error.message });
    return { checks, token: undefined };
  }
  // The documented expires_in first; the token's own claims only when IMS gave none.
  const expiresAt = token.expiresAt ?? readAccessToken(token.value)?.expiresAt;
  const validity = expiresAt
    ? `valid until ${expiresAt.toISOString()} (lifetime ${((expiresAt.getTime() - Date.now()) / 3_600_000).toFixed(1)} h; a new one is requested on each run)`
    : 'with no stated lifetime';
  checks.push({
    id: 'ims-token',
    status: 'pass',
    message: `Adobe IMS issued an access token (${kindOf(credentials).label}), ${validity}.`,
  });
  checks.push(identityCheck(token.value, credentials));
  return { checks, token: { value: token.value, expiresAt } };
}
