// A thin Analytics 2.0 client: the headers every call needs, and Adobe's two error
// envelopes read into one shape.
import { ActionError } from '../../common/errors.js';
import type { HttpClient, HttpResponse } from '../../common/http.js';
import { parseJson } from '../../common/json.js';
import { sanitise } from '../../common/sanitise.js';
import { readErrorEnvelope } from './answers.js';
import type { RequestBudget } from './budget.js';

export interface AnalyticsSession {
  endpoint: string;
  accessToken: string;
  clientId: string;
  orgId: string;
}

export type AnalyticsResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number; error: AnalyticsFault };

/** What a refused call means for the user. */
export interface AnalyticsFault {
  kind: 'no-profile' | 'token' | 'api-key' | 'rate-limited' | 'unreachable' | 'denied' | 'other';
  /** Adobe's own words, for the message: `error_code 403025 "Profile is not valid"`. */
  seen: string;
}

// Error codes the Analytics swagger lists for access problems.
const DENIAL_CODES = new Set([
  'insufficient_access',
  'invalid_access',
  'invalid_metric_access',
  'invalid_dimension_access',
  'unauthorized',
  'authorization_error',
  'insufficient_scope',
]);

/** Reads the gateway `{error_code, message}` and Analytics `{errorCode, errorDescription}` envelopes. */
export function classifyFault(status: number, body: unknown): AnalyticsFault {
  const { gatewayCode, analyticsCode, said, problems } = readErrorEnvelope(body);
  const code = gatewayCode
    ? `error_code ${sanitise(gatewayCode)}`
    : analyticsCode
      ? `errorCode ${sanitise(analyticsCode)}`
      : undefined;
  const odd = problems.length > 0 ? ` (the error answer did not fit: ${problems.join('; ')})` : '';
  const seen = `HTTP ${status}${code ? ` ${code}` : ''}${said ? ` "${said.shown}"` : ''}${odd}`;

  if (gatewayCode === '403025') return { kind: 'no-profile', seen };
  // A bare 401 means a missing or invalid token on every Analytics endpoint.
  if (
    status === 401 ||
    gatewayCode === '403010' ||
    gatewayCode === '401013' ||
    analyticsCode === 'invalid_token'
  ) {
    return { kind: 'token', seen };
  }
  if (gatewayCode === '403000' || gatewayCode === '403003') return { kind: 'api-key', seen };
  if (status === 429 || gatewayCode === '429050') return { kind: 'rate-limited', seen };
  if (status === 403 || (analyticsCode && DENIAL_CODES.has(analyticsCode)))
    return { kind: 'denied', seen };
  return { kind: 'other', seen };
}

export class AnalyticsApi {
  constructor(
    private readonly http: HttpClient,
    private readonly session: AnalyticsSession,
    private readonly budget: RequestBudget,
  ) {}

  async get(
    path: string,
    query: Record<string, string> = {},
    companyId?: string,
  ): Promise<AnalyticsResult> {
    const url = new URL(path, this.session.endpoint);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.session.accessToken}`,
      'x-api-key': this.session.clientId,
      'x-gw-ims-org-id': this.session.orgId,
      accept: 'application/json',
    };
    if (companyId) headers['x-proxy-global-company-id'] = companyId;
    let response: HttpResponse;
    try {
      response = await this.http.send({
        label: `Analytics GET ${path}`,
        method: 'GET',
        url: url.toString(),
        headers,
        beforeAttempt: () => this.budget.acquire(),
        rateLimitWaitMs: this.budget.windowMs,
      });
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      // Unreachable or out of time: a row like any other refusal, so the run still reports.
      return { ok: false, status: 0, error: { kind: 'unreachable', seen: error.message } };
    }
    const body = parseJson(response.text);
    if (response.status >= 200 && response.status < 300)
      return { ok: true, status: response.status, body };
    const error = classifyFault(response.status, body);
    if (response.attempts > 1) error.seen += `, after ${response.attempts} attempts`;
    return { ok: false, status: response.status, error };
  }
}
