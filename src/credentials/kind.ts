// What every credential kind provides. Everything that differs between OAuth
// Server-to-Server and the legacy Service Account (JWT) lives behind this interface, in
// one module per kind, so retiring a kind is one deletion.
import type { Check } from '../common/checks.js';
import type { InputReader } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';

/** The fields both kinds share: what the Developer Console credential page shows. */
export interface BaseCredentials {
  orgId: string;
  clientId: string;
  clientSecret: string;
  /** Required for JWT and for print/apply; optional when only validating OAuth. */
  technicalAccountId: string | undefined;
}

/** One IMS token request, secrets included: the kind decides path, fields and units. */
export interface TokenExchange {
  /** For log lines and errors ("IMS OAuth token request"). */
  label: string;
  path: string;
  form: URLSearchParams;
  /** expires_in in milliseconds (IMS uses seconds on v3, milliseconds on the JWT exchange). */
  lifetimeMs(expiresIn: number): number;
}

/** An IMS error answer, as read from the token response. */
export interface ImsError {
  code: string;
  description: string;
  status: number;
  imsEndpoint: string;
}

/** What to change when IMS does not know the client id, whichever kind asked. */
export function unknownClientIdAdvice(imsEndpoint: string): string {
  return `${inputRef('client-id')} is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential`;
}

export interface KindInputs<C> {
  credentials: C;
  /** Derived secret forms (a normalised key, its lines, its base64) to mask at once. */
  secretForms: string[];
}

export interface CredentialKind<C extends BaseCredentials & { auth: string }> {
  readonly auth: C['auth'];
  /** The Developer Console's name for it. */
  readonly label: string;
  /** Under auth: auto, whether the inputs ask for this kind. */
  selectedByInputs(reader: InputReader): boolean;
  /** Technical account needed even when only validating. */
  readonly needsTechnicalAccount: boolean;
  /** Reads this kind's own inputs; problems and warnings go to the reader. */
  readInputs(reader: InputReader, base: BaseCredentials): KindInputs<C>;
  /** Said once at the start of a run (a warning annotation). */
  warnings(credentials: C): string[];
  /** Rows that need no network: credential status, certificate. */
  localChecks(credentials: C, now: Date): Check[];
  /** The token request; `mask` takes derived secrets (a signed assertion) before they are sent. */
  tokenExchange(
    credentials: C,
    imsEndpoint: string,
    mask: (value: string, label: string) => void,
  ): Promise<TokenExchange>;
  /**
   * What to change, for an IMS error this kind explains better than the generic text (the
   * caller appends what IMS said).
   */
  explainImsError(error: ImsError): string | undefined;
  /** The -setims* argument of `nlserver config`; `reveal: false` puts placeholders for secrets. */
  setimsArgument(credentials: C, reveal: boolean): string;
  /** The placeholders `setimsArgument` shows in place of secrets. */
  readonly placeholders: readonly string[];
  /**
   * The credential as client-secret rotation needs it (the Developer Console's secrets
   * API); absent for a kind whose secrets cannot be rotated.
   */
  forRotation?(credentials: C): C;
}
