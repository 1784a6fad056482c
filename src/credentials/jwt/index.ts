// The legacy Service Account (JWT) credential: a signed RS256 assertion exchanged on
// /ims/exchange/jwt, and -setimsjwtauth for Campaign builds older than 7.4.1. End of life
// since 2025-06-30; kept for older builds and migrations, with a warning on every run.
import type { InputReader } from '../../common/input-reader.js';
import { inputRef } from '../../common/input-ref.js';
import { type CredentialKind, unknownClientIdAdvice } from '../kind.js';
import { certificateChecks, readCertificate } from './certificate.js';
import type { JwtCredentials } from './credentials.js';
import { type PrivateKeyMaterial, parsePrivateKey, privateKeyForms } from './private-key.js';

export type { JwtCredentials };

/** Said on every JWT run, as a warning annotation and a check row. */
export const JWT_END_OF_LIFE = `Service Account (JWT) credentials reached end of life on 2025-06-30 and Adobe converted the remaining ones to OAuth Server-to-Server by 2026-03-01. Migrate: keep the same client ID and technical account, set ${inputRef('auth', 'oauth')}, and configure Campaign 7.4.1+ with -setimsoauth (no private key).`;

const METASCOPE = /^[A-Za-z0-9_]+$/;
const PLACEHOLDERS = { clientSecret: '<client-secret>', privateKey: '<private-key-base64>' };

function readPrivateKey(reader: InputReader): { key?: PrivateKeyMaterial; forms: string[] } {
  const raw = reader.raw('private-key');
  if (raw.trim() === '') {
    reader.problem(
      'private-key',
      'missing',
      `is required with ${inputRef('auth', 'jwt')}: the PEM text of private.key, or its \`base64 -w0\`.`,
    );
    return { forms: [] };
  }
  const parsed = parsePrivateKey(raw, reader.raw('private-key-passphrase').trim());
  if (parsed.ok) return { key: parsed.value, forms: privateKeyForms(parsed.value, raw) };
  if (parsed.reason === 'wrong-passphrase') {
    reader.problem(
      'private-key-passphrase',
      'invalid',
      `is wrong: the encrypted ${inputRef('private-key')} could not be decrypted with it`,
    );
  } else {
    reader.problem('private-key', 'invalid', parsed.problem);
  }
  return { forms: [] };
}

export const jwt: CredentialKind<JwtCredentials> = {
  auth: 'jwt',
  label: 'Service Account (JWT)',
  needsTechnicalAccount: true,
  placeholders: [PLACEHOLDERS.clientSecret, PLACEHOLDERS.privateKey],

  selectedByInputs: (reader) => reader.raw('private-key').trim() !== '',

  readInputs(reader, base) {
    const { key, forms } = readPrivateKey(reader);
    const metascopes = reader.list(
      'metascopes',
      METASCOPE,
      'metascope names such as ent_analytics_bulk_ingest_sdk',
    );
    if (metascopes.length === 0 && !reader.hasProblem('metascopes'))
      reader.problem('metascopes', 'missing', 'must name at least one metascope');
    const credentials: JwtCredentials = {
      ...base,
      auth: 'jwt',
      technicalAccountId: base.technicalAccountId ?? '',
      // Only read when the run has no problems, so never while undefined.
      privateKey: key as PrivateKeyMaterial,
      metascopes,
      certificate: readCertificate(reader),
      expiryWarningDays: reader.integer('expiry-warning-days', 0, 365, 'days'),
    };
    return { credentials, secretForms: forms };
  },

  warnings: () => [JWT_END_OF_LIFE],

  localChecks(credentials, now) {
    return [
      { id: 'credential-type', status: 'warn', message: JWT_END_OF_LIFE },
      ...(credentials.certificate
        ? certificateChecks(
            credentials.certificate,
            credentials.privateKey.key,
            now,
            credentials.expiryWarningDays,
          )
        : []),
    ];
  },

  async tokenExchange(credentials, imsEndpoint, mask) {
    const { signAssertion } = await import('./assertion.js');
    const assertion = await signAssertion(credentials, imsEndpoint);
    mask(assertion, 'jwt-assertion');
    return {
      label: 'IMS JWT exchange',
      path: '/ims/exchange/jwt',
      form: new URLSearchParams({
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        jwt_token: assertion,
      }),
      lifetimeMs: (expiresIn) => expiresIn,
    };
  },

  explainImsError({ code, description, status, imsEndpoint }) {
    const lower = description.toLowerCase();
    if (code === 'invalid_client' && status === 400) {
      return unknownClientIdAdvice(imsEndpoint);
    }
    if (code === 'invalid_scope')
      return `the ${inputRef('metascopes')} are not all granted to this credential: use ent_analytics_bulk_ingest_sdk and make sure the project has the Adobe Analytics API`;
    if (code === 'invalid_signature' || lower.includes('signature'))
      return `${inputRef('private-key')} does not match the certificate registered on the credential, or the JWT credential was converted to OAuth (Adobe converted all remaining JWT credentials by 2026-03-01): use ${inputRef('auth', 'oauth')} with the same client ID and technical account`;
    if (code === 'bad_request')
      return `${inputRef('ims-org-id')} or ${inputRef('technical-account-id')} does not belong to ${inputRef('client-id')}: copy both from the same Developer Console credential`;
    if (code === 'invalid_token' && lower.includes('expired'))
      return "IMS found the signed assertion expired: check this machine's clock";
    return undefined;
  },

  setimsArgument(credentials, reveal) {
    const fields = [
      credentials.orgId,
      credentials.clientId,
      credentials.technicalAccountId,
      reveal ? credentials.clientSecret : PLACEHOLDERS.clientSecret,
      reveal ? credentials.privateKey.base64 : PLACEHOLDERS.privateKey,
    ];
    return `-setimsjwtauth:${fields.join('/')}`;
  },
};
