import { randomUUID } from 'node:crypto';
import { generateKeyPair, jwtVerify, SignJWT } from 'jose';
import type { AccessTokenClaims, TokenIssuer } from './types.js';

// Mirrors the header of real IMS access tokens; clients never verify it, but it keeps decoding realistic.
const KID = 'ims_na1-key-at-1';

/** Signs access tokens with a per-emulator key, so no credential key can forge them. */
export async function createTokenIssuer(): Promise<TokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const issued: string[] = [];
  return {
    issued,
    async issue(credential, scopes, lifetimeMs) {
      // IMS tokens carry created_at/expires_in (ms, as strings) instead of a standard `exp`.
      const claims: AccessTokenClaims = {
        id: randomUUID(),
        type: 'access_token',
        client_id: credential.clientId,
        user_id: credential.technicalAccountId,
        as: 'ims-na1',
        created_at: String(Date.now()),
        expires_in: String(lifetimeMs),
        scope: scopes.join(','),
      };
      const token = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: KID })
        .sign(privateKey);
      issued.push(token);
      return token;
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, publicKey, { algorithms: ['RS256'] });
        const claims = payload as unknown as AccessTokenClaims;
        if (claims.type !== 'access_token') return null;
        const expiresAt = Number(claims.created_at) + Number(claims.expires_in);
        return expiresAt > Date.now() ? claims : null;
      } catch {
        return null;
      }
    },
  };
}
