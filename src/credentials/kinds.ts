// The credential kinds this product supports. Retiring one means deleting its module and
// its entry here.

import { type JwtCredentials, jwt } from './jwt/index.js';
import type { CredentialKind } from './kind.js';
import { type OAuthCredentials, oauth } from './oauth.js';

export type Credentials = OAuthCredentials | JwtCredentials;
export type AuthKind = Credentials['auth'];

const KINDS: { [K in AuthKind]: CredentialKind<Extract<Credentials, { auth: K }>> } = {
  oauth,
  jwt,
};

/** Chosen under auth: auto when no other kind claims the inputs. */
export const DEFAULT_KIND: AuthKind = 'oauth';
export const AUTH_KINDS = Object.keys(KINDS) as AuthKind[];

export function kindNamed(auth: AuthKind): CredentialKind<Credentials> {
  return KINDS[auth] as unknown as CredentialKind<Credentials>;
}

export function kindOf(credentials: Credentials): CredentialKind<Credentials> {
  return kindNamed(credentials.auth);
}
