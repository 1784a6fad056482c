// OAuth Server-to-Server (client_credentials on /ims/token/v3): the current method, and
// what Campaign 7.4.1+ takes with -setimsoauth.
import { inputRef } from '../common/input-ref.js';
import type { BaseCredentials, CredentialKind } from './kind.js';

export interface OAuthCredentials extends BaseCredentials {
  auth: 'oauth';
  scopes: string[];
}

const SCOPE = /^[A-Za-z0-9_.:-]+$/;
/** What the I/O Management API needs in the token that lists, adds and deletes secrets. */
export const IO_MANAGEMENT_SCOPES = [
  'adobeio_api',
  'read_client_secret',
  'manage_client_secrets',
  'additional_info.roles',
] as const;
const SECRET_PLACEHOLDER = '<client-secret>';

export const oauth: CredentialKind<OAuthCredentials> = {
  auth: 'oauth',
  label: 'OAuth Server-to-Server',
  needsTechnicalAccount: false,
  placeholders: [SECRET_PLACEHOLDER],

  // The default kind: chosen whenever no other kind claims the inputs.
  selectedByInputs: () => false,

  readInputs(reader, base) {
    if (reader.raw('private-key').trim() !== '') {
      reader.warnings.push(
        `${inputRef('private-key')} is set but ${inputRef('auth', 'oauth')}: the key is ignored (OAuth Server-to-Server needs no key).`,
      );
    }
    const scopes = reader.list(
      'scopes',
      SCOPE,
      'IMS scope names (letters, digits, ".", "_", ":", "-")',
    );
    if (scopes.length === 0 && !reader.hasProblem('scopes'))
      reader.problem('scopes', 'missing', 'must name at least one scope');
    if (reader.raw('certificate').trim() !== '') {
      reader.warnings.push(
        `${inputRef('certificate')} is set but ${inputRef('auth', 'oauth')}: OAuth credentials have no certificate; it is ignored.`,
      );
    }
    return { credentials: { ...base, auth: 'oauth', scopes }, secretForms: [] };
  },

  warnings: () => [],
  localChecks: () => [],

  async tokenExchange(credentials) {
    return {
      label: 'IMS OAuth token request',
      path: '/ims/token/v3',
      form: new URLSearchParams({
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        grant_type: 'client_credentials',
        scope: credentials.scopes.join(','),
      }),
      lifetimeMs: (expiresIn) => expiresIn * 1000,
    };
  },

  explainImsError({ code }) {
    if (code === 'invalid_scope')
      return `the ${inputRef('scopes')} are not all granted to this credential: keep the default scopes, or add the Adobe Analytics API to the Developer Console project`;
    return undefined;
  },

  forRotation: (credentials) => ({
    ...credentials,
    scopes: [...new Set([...credentials.scopes, ...IO_MANAGEMENT_SCOPES])],
  }),

  setimsArgument(credentials, reveal) {
    const secret = reveal ? credentials.clientSecret : SECRET_PLACEHOLDER;
    const fields = [
      credentials.orgId,
      credentials.clientId,
      credentials.technicalAccountId ?? '',
      secret,
    ];
    return `-setimsoauth:${fields.join('/')}`;
  },
};
