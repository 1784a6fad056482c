// The signed assertion of the Service Account exchange. Loaded only on a JWT run that
// reaches IMS: jose stays out of every other start path.
import { SignJWT } from 'jose';
import type { JwtCredentials } from './credentials.js';

// Adobe's examples use a few minutes; a short assertion limits replay.
const ASSERTION_LIFETIME_SECONDS = 300;

/** The claims of the assertion (pure, for tests). */
export function assertionClaims(
  credentials: JwtCredentials,
  imsEndpoint: string,
  nowSeconds: number,
): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    exp: nowSeconds + ASSERTION_LIFETIME_SECONDS,
    iss: credentials.orgId,
    sub: credentials.technicalAccountId,
    aud: `${imsEndpoint}/c/${credentials.clientId}`,
  };
  for (const metascope of credentials.metascopes) claims[`${imsEndpoint}/s/${metascope}`] = true;
  return claims;
}

export function signAssertion(
  credentials: JwtCredentials,
  imsEndpoint: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  return new SignJWT(assertionClaims(credentials, imsEndpoint, nowSeconds))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .sign(credentials.privateKey.key);
}
