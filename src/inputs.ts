// Reads and validates every input before anything touches the network. Pure: it takes
// a reader function, so the same code serves the action (INPUT_* variables) and tests.
import { X509Certificate } from 'node:crypto';
import {
  type PrivateKeyMaterial,
  parsePrivateKey,
  privateKeyForms,
  unescapeNewlines,
} from './private-key.js';

export type Mode = 'validate' | 'print' | 'apply';
export type AuthKind = 'oauth' | 'jwt';
export type Verify = 'permissions' | 'token' | 'none';

/** Said on every JWT run, as a warning annotation and a check row. */
export const JWT_END_OF_LIFE =
  'Service Account (JWT) credentials reached end of life on 2025-06-30 and Adobe converted the remaining ones to OAuth Server-to-Server by 2026-03-01. Migrate: keep the same client ID and technical account, set auth: oauth, and configure Campaign 7.4.1+ with -setimsoauth (no private key).';

export interface Credentials {
  auth: AuthKind;
  orgId: string;
  clientId: string;
  clientSecret: string;
  /** Required for JWT and for print/apply; optional when only validating OAuth. */
  technicalAccountId: string | undefined;
  privateKey: PrivateKeyMaterial | undefined;
}

export interface Settings {
  mode: Mode;
  verify: Verify;
  credentials: Credentials;
  scopes: string[];
  metascopes: string[];
  instances: string[];
  nlserver: string;
  continueOnInstanceError: boolean;
  reportSuites: string[];
  metrics: string[];
  dimensions: string[];
  globalCompanyId: string | undefined;
  /** jwt only: the public certificate registered on the credential. */
  certificate: X509Certificate | undefined;
  expiryWarningDays: number;
  imsEndpoint: string;
  analyticsEndpoint: string;
  timeoutSeconds: number;
  maxAttempts: number;
  /** Scheduled health: keep one issue with this label in line with the checks. */
  alert: AlertSettings | undefined;
}

export interface AlertSettings {
  label: string;
  token: string;
  /** Empty: the runner's GITHUB_API_URL. */
  apiUrl: string;
}

export interface InputProblem {
  input: string;
  message: string;
}

export interface ParsedInputs {
  settings: Settings | undefined;
  problems: InputProblem[];
  warnings: string[];
  /** Derived secret forms (normalised key PEM, its lines, its base64) to mask at once. */
  secretForms: string[];
}

/** Defaults as in action.yml (a test keeps the two in agreement). */
export const INPUT_DEFAULTS = {
  mode: 'validate',
  auth: 'auto',
  verify: 'permissions',
  scopes:
    'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
  metascopes: 'ent_analytics_bulk_ingest_sdk',
  nlserver: 'nlserver',
  'continue-on-instance-error': 'false',
  'ims-endpoint': 'https://ims-na1.adobelogin.com',
  'analytics-endpoint': 'https://analytics.adobe.io',
  'timeout-seconds': '60',
  'max-attempts': '4',
  'expiry-warning-days': '30',
} as const;

/** Every input, in action.yml's order (a test keeps the two in agreement). */
export const INPUT_NAMES = [
  'mode',
  'auth',
  'ims-org-id',
  'client-id',
  'client-secret',
  'technical-account-id',
  'private-key',
  'private-key-passphrase',
  'scopes',
  'metascopes',
  'instances',
  'nlserver',
  'continue-on-instance-error',
  'verify',
  'report-suites',
  'metrics',
  'dimensions',
  'certificate',
  'expiry-warning-days',
  'global-company-id',
  'ims-endpoint',
  'analytics-endpoint',
  'timeout-seconds',
  'max-attempts',
  'alert-issue',
  'github-token',
  'github-api-url',
] as const;

/** Inputs whose raw value is secret: masked before they are even validated. */
export const SECRET_INPUTS = [
  'client-secret',
  'private-key',
  'private-key-passphrase',
  'github-token',
] as const;

const ORG_ID = /^[A-Za-z0-9]{24}@AdobeOrg$/;
const TECHNICAL_ACCOUNT = /^[A-Za-z0-9]+@techacct\.adobe\.com$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,128}$/;
const INSTANCE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const SCOPE = /^[A-Za-z0-9_.:-]+$/;
const METASCOPE = /^[A-Za-z0-9_]+$/;
const REPORT_SUITE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COMPONENT = /^(?:[a-z]+\/)?[A-Za-z0-9_.-]+$/;
const COMPANY = /^[A-Za-z0-9_-]+$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Reader = (name: string) => string;

function describe(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown);
}

/** Comma- or newline-separated list; blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

class InputReader {
  readonly problems: InputProblem[] = [];
  readonly warnings: string[] = [];

  constructor(private readonly read: Reader) {}

  raw(name: string): string {
    return this.read(name);
  }

  /** The trimmed value, or the default from action.yml when empty. */
  text(name: string): string {
    const value = this.read(name).trim();
    if (value !== '') return value;
    return (INPUT_DEFAULTS as Record<string, string>)[name] ?? '';
  }

  problem(input: string, message: string): void {
    this.problems.push({ input, message: `${input} ${message}` });
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.text(name).toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(name, `must be one of ${allowed.join(', ')}; got ${describe(this.text(name))}`);
    return allowed[0] as T;
  }

  boolean(name: string): boolean {
    const value = this.text(name);
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    this.problem(name, `must be true or false; got ${describe(value)}`);
    return false;
  }

  integer(name: string, min: number, max: number, unit: string): number {
    const value = this.text(name);
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    this.problem(
      name,
      `must be a whole number of ${unit} from ${min} to ${max}; got ${describe(value)}`,
    );
    return min;
  }

  matching(name: string, pattern: RegExp, expected: string, required: boolean): string | undefined {
    const value = this.text(name);
    if (value === '') {
      if (required) this.problem(name, `is required: ${expected}`);
      return undefined;
    }
    if (!pattern.test(value)) {
      this.problem(name, `must be ${expected}; got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  list(name: string, pattern: RegExp, expected: string, normalise = (v: string) => v): string[] {
    const items = splitList(this.text(name)).map(normalise);
    const bad = items.filter((item) => !pattern.test(item));
    if (bad.length > 0) {
      this.problem(name, `has entries that are not ${expected}: ${bad.map(describe).join(', ')}`);
    }
    return items.filter((item) => pattern.test(item));
  }

  /** https, or plain http to a loopback emulator; never credentials, query or fragment. */
  url(name: string, value: string): URL | undefined {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      this.problem(name, `must be a URL such as https://host; got ${describe(value)}`);
      return undefined;
    }
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      this.problem(
        name,
        `must use https (plain http is allowed only for a loopback emulator); got ${describe(value)}`,
      );
    } else if (url.username || url.password) {
      this.problem(name, 'must not contain credentials (user:password@)');
    } else if (url.search || url.hash) {
      this.problem(name, `must not have a query or fragment; got ${describe(value)}`);
    } else {
      return url;
    }
    return undefined;
  }

  /** An Adobe origin: the URL rules plus no path. */
  endpoint(name: string): string {
    const value = this.text(name);
    const url = this.url(name, value);
    if (url && url.pathname !== '/') {
      this.problem(
        name,
        `must be a bare origin with no path, such as ${url.origin}; got ${describe(value)}`,
      );
    }
    return url?.origin ?? value;
  }

  certificate(auth: AuthKind): X509Certificate | undefined {
    const raw = this.raw('certificate').trim();
    if (raw === '') return undefined;
    if (auth !== 'jwt') {
      this.warnings.push(
        'certificate is set but auth is oauth: OAuth credentials have no certificate; it is ignored.',
      );
      return undefined;
    }
    const pem = unescapeNewlines(raw);
    try {
      return new X509Certificate(pem);
    } catch {
      this.problem(
        'certificate',
        'must be the PEM text of the X.509 certificate registered on the credential (certificate_pub.crt, -----BEGIN CERTIFICATE-----)',
      );
      return undefined;
    }
  }

  alert(): AlertSettings | undefined {
    const label = this.text('alert-issue');
    const apiUrl = this.text('github-api-url').replace(/\/+$/, '');
    if (apiUrl !== '') this.url('github-api-url', apiUrl);
    if (label === '') return undefined;
    if (label.length > 50 || /[,\r\n]/.test(label)) {
      this.problem(
        'alert-issue',
        `must be one GitHub label name (at most 50 characters, no comma); got ${describe(label)}`,
      );
    }
    const token = this.secret(
      'github-token',
      true,
      'a token that may write issues (the default github.token, with permissions: issues: write)',
    );
    return { label, token, apiUrl };
  }

  /** A secret: surrounding whitespace (a pasted newline) is forgiven; its value is never echoed. */
  secret(name: string, required: boolean, what: string): string {
    const value = this.raw(name).trim();
    if (value === '') {
      if (required) this.problem(name, `is required: ${what}. ${EMPTY_SECRET_HINT}`);
      return '';
    }
    if (/^['"`]|['"`]$/.test(value)) {
      this.problem(name, 'starts or ends with a quote character: store the value without quotes');
    } else if (/\s/.test(value)) {
      this.problem(
        name,
        'contains whitespace inside the value: copy it again without line breaks or spaces',
      );
    }
    return value;
  }
}

const EMPTY_SECRET_HINT =
  'If it is set from a secret, the secret may be missing in this repository or environment, or unavailable to this event (secrets are not passed to workflows triggered from forks).';

function normaliseComponent(prefix: string) {
  return (id: string) => (id.includes('/') ? id : `${prefix}/${id}`);
}

export function parseInputs(read: Reader): ParsedInputs {
  const r = new InputReader(read);
  const secretForms: string[] = [];

  const mode = r.choice<Mode>('mode', ['validate', 'print', 'apply']);
  const authChoice = r.choice<'auto' | AuthKind>('auth', ['auto', 'oauth', 'jwt']);
  const verify = r.choice<Verify>('verify', ['permissions', 'token', 'none']);
  const writesCommand = mode !== 'validate';

  const rawKey = r.raw('private-key');
  const hasKey = rawKey.trim() !== '';
  const auth: AuthKind = authChoice === 'auto' ? (hasKey ? 'jwt' : 'oauth') : authChoice;

  const orgId = r.matching(
    'ims-org-id',
    ORG_ID,
    '24 letters or digits followed by @AdobeOrg, as shown in the Developer Console credential',
    true,
  );
  const clientId = r.matching(
    'client-id',
    CLIENT_ID,
    'the credential\'s client ID (API key): 8 to 128 letters, digits, "-" or "_"',
    true,
  );
  const clientSecret = r.secret(
    'client-secret',
    true,
    "the credential's client secret from the Developer Console",
  );
  if (writesCommand && clientSecret.includes('/')) {
    r.problem(
      'client-secret',
      'contains "/", which nlserver reads as a field separator; generate a new client secret',
    );
  }
  const technicalAccountId = r.matching(
    'technical-account-id',
    TECHNICAL_ACCOUNT,
    'the technical account ID, ending in @techacct.adobe.com',
    writesCommand || auth === 'jwt',
  );

  let privateKey: PrivateKeyMaterial | undefined;
  const passphrase = r.raw('private-key-passphrase').trim();
  if (auth === 'jwt') {
    if (!hasKey) {
      r.problem(
        'private-key',
        `is required when auth is jwt: the PEM text of private.key, or its \`base64 -w0\`. ${EMPTY_SECRET_HINT}`,
      );
    } else {
      const parsed = parsePrivateKey(rawKey, passphrase);
      if (parsed.ok) {
        privateKey = parsed.value;
        secretForms.push(...privateKeyForms(parsed.value, rawKey));
      } else if (parsed.problem.startsWith('could not be decrypted')) {
        r.problem(
          'private-key-passphrase',
          'is wrong: the encrypted private-key could not be decrypted with it',
        );
      } else {
        r.problem('private-key', parsed.problem);
      }
    }
  } else if (hasKey) {
    r.warnings.push(
      'private-key is set but auth is oauth: the key is ignored (OAuth Server-to-Server needs no key).',
    );
  }

  const scopes = r.list('scopes', SCOPE, 'IMS scope names (letters, digits, ".", "_", ":", "-")');
  if (auth === 'oauth' && scopes.length === 0) r.problem('scopes', 'must name at least one scope');
  const metascopes = r.list(
    'metascopes',
    METASCOPE,
    'metascope names such as ent_analytics_bulk_ingest_sdk',
  );
  if (auth === 'jwt' && metascopes.length === 0)
    r.problem('metascopes', 'must name at least one metascope');

  const instances = r.list(
    'instances',
    INSTANCE,
    'plain Campaign instance names (letters, digits, "_" or "-"; no spaces, slashes or shell characters)',
  );
  const duplicates = instances.filter((name, index) => instances.indexOf(name) !== index);
  if (duplicates.length > 0)
    r.problem('instances', `lists ${[...new Set(duplicates)].join(', ')} more than once`);
  if (writesCommand && instances.length === 0 && r.problems.every((p) => p.input !== 'instances')) {
    r.problem(
      'instances',
      `is required when mode is ${mode}: the Campaign instance name(s) to configure`,
    );
  }

  const nlserver = r.text('nlserver');
  if (/[\r\n\0]/.test(nlserver))
    r.problem('nlserver', 'must be a single path to the nlserver executable');

  const settings: Settings = {
    mode,
    verify,
    credentials: {
      auth,
      orgId: orgId ?? '',
      clientId: clientId ?? '',
      clientSecret,
      technicalAccountId,
      privateKey,
    },
    scopes,
    metascopes,
    instances,
    nlserver,
    continueOnInstanceError: r.boolean('continue-on-instance-error'),
    reportSuites: r.list('report-suites', REPORT_SUITE, 'report suite IDs (rsid)'),
    metrics: r.list(
      'metrics',
      COMPONENT,
      'metric IDs such as pageviews, event1 or metrics/event1',
      normaliseComponent('metrics'),
    ),
    dimensions: r.list(
      'dimensions',
      COMPONENT,
      'dimension IDs such as evar1 or variables/evar1',
      normaliseComponent('variables'),
    ),
    globalCompanyId: r.matching(
      'global-company-id',
      COMPANY,
      'a global company ID as listed by Analytics discovery (letters, digits, "_" or "-")',
      false,
    ),
    certificate: r.certificate(auth),
    expiryWarningDays: r.integer('expiry-warning-days', 0, 365, 'days'),
    imsEndpoint: r.endpoint('ims-endpoint'),
    analyticsEndpoint: r.endpoint('analytics-endpoint'),
    timeoutSeconds: r.integer('timeout-seconds', 5, 3600, 'seconds'),
    maxAttempts: r.integer('max-attempts', 1, 10, 'attempts'),
    alert: r.alert(),
  };

  if (settings.reportSuites.length === 0) {
    for (const name of ['metrics', 'dimensions'] as const) {
      if (settings[name].length > 0)
        r.problem(name, 'needs report-suites: the report suites to check them in');
    }
  }

  return {
    settings: r.problems.length === 0 ? settings : undefined,
    problems: r.problems,
    warnings: r.warnings,
    secretForms,
  };
}
