import type { IncomingHttpHeaders } from 'node:http';

// ---- Public contract (re-exported by index.ts) ----

export interface EmulatorCredential {
  clientId: string;
  /** A credential may hold up to 2 valid secrets at once (rotation). */
  clientSecrets: string[];
  /** `...@AdobeOrg` */
  orgId: string;
  /** `...@techacct.adobe.com` */
  technicalAccountId: string;
  /** OAuth scopes granted; defaults to the Analytics scope set. */
  scopes?: string[];
  /**
   * Service-account binding (SPKI PEM public key). Absent = no JWT binding, e.g. after the
   * JWT→OAuth conversion: every JWT exchange then fails as an unmatched signature.
   */
  jwt?: { publicKeyPem: string; metascopes?: string[] };
  /** Absent/null = no Adobe Analytics product profile on the technical account. */
  analytics?: { companies: EmulatorCompany[] } | null;
}

export interface EmulatorCompany {
  globalCompanyId: string;
  companyName: string;
  /** Absent = company visible in discovery, but nothing granted in it. */
  profile?: ProductProfile;
}

export interface ProductProfile {
  /** rsid -> granted component ids such as 'metrics/pageviews' or 'variables/evar1'. */
  reportSuites: Record<
    string,
    {
      name?: string;
      metrics: string[];
      dimensions: string[];
      /** Classification sets subscribed to the suite: variable (evar11) -> dataset ids. */
      classificationSets?: Record<string, string[]>;
    }
  >;
  tools?: { dataWarehouse?: boolean; dataSources?: boolean; classifications?: boolean };
}

export type FaultResponse =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'reset' }
  | { kind: 'hang' };

export interface Fault {
  method?: string;
  path: string | RegExp;
  /** Default 1. */
  times?: number;
  response: FaultResponse;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** 0 while pending, or when the socket died without a response (reset/hang). */
  status: number;
  /** performance.now() */
  startedAt: number;
  /** performance.now(); 0 while pending. */
  endedAt: number;
}

export interface EmulatorOptions {
  /** Fixed port for a long-running dry-run emulator; default 0 (any free port). */
  port?: number;
  credentials?: EmulatorCredential[];
  latencyMs?: number;
  reportSuitesShape?: 'paged' | 'array';
  /** Default null = off. */
  rateLimit?: { requests: number; windowMs: number } | null;
  /** Default 86399. */
  tokenLifetimeSeconds?: number;
}

export interface Emulator {
  /** Serves both the IMS and the Analytics paths. */
  url: string;
  requests: RecordedRequest[];
  /** Every access token handed out, so tests can search output for leaks; kept by reset(). */
  issuedTokens: string[];
  addCredential(c: EmulatorCredential): void;
  injectFault(f: Fault): void;
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

// ---- Internal plumbing shared by the route modules ----

/** A normal HTTP answer; faults with a status use the same shape. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Incoming {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

export interface AccessTokenClaims {
  id: string;
  type: 'access_token';
  client_id: string;
  user_id: string;
  as: string;
  created_at: string;
  expires_in: string;
  scope: string;
}

export interface TokenIssuer {
  /** Every token issue() returned, oldest first. */
  issued: string[];
  issue(credential: EmulatorCredential, scopes: string[], lifetimeMs: number): Promise<string>;
  /** Claims of a live token this issuer signed, else null. */
  verify(token: string): Promise<AccessTokenClaims | null>;
}

export interface RateLimiter {
  /** Records a hit for `key`; false when the window is already full. */
  allow(key: string): boolean;
  clear(): void;
}

export interface EmulatorContext {
  /** Base URL; also the "IMS host" inside JWT `aud` and metascope claims. */
  url: string;
  credentials: Map<string, EmulatorCredential>;
  tokens: TokenIssuer;
  tokenLifetimeSeconds: number;
  reportSuitesShape: 'paged' | 'array';
  rateLimiter: RateLimiter | null;
}

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handle(ctx: EmulatorContext, req: Incoming, params: Record<string, string>): Promise<Reply>;
}
