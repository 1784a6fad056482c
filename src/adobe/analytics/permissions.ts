// Turns the provisioning page's product-profile checklist into Analytics 2.0 calls and
// check rows: discovery (in the same round trip as the checks when the company is
// known), then every planned call at once, paced by the rate budget.
import type { Check } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import type { AnalyticsApi, AnalyticsResult } from './api.js';
import { runPool } from './budget.js';
import { selectCompany } from './discovery.js';
import { type PermissionRequest, type PlannedCall, plan } from './plan.js';
import { credentialFaultCheck, fix, UNPROVABLE } from './verdicts.js';

// Analytics allows 12 requests per 6 s per user (the budget paces starts; this bounds
// how many are in flight).
export const ANALYTICS_RATE_LIMIT = { requests: 12, windowMs: 6_000 } as const;
// Adobe counts arrivals, we count departures: keep a margin for the network in between.
export const RATE_LIMIT_MARGIN_MS = 300;

export interface PermissionOutcome {
  checks: Check[];
  globalCompanyId: string | undefined;
}

/** Collapses refusals about the whole credential into one row, keeping item rows otherwise. */
function rowsFrom(
  results: AnalyticsResult[],
  toCheck: ((result: AnalyticsResult) => Check)[],
): Check[] {
  const checks: Check[] = [];
  const credentialRows = new Map<string, Check>();
  results.forEach((result, index) => {
    const credentialRow = result.ok ? undefined : credentialFaultCheck(result.error);
    if (credentialRow) credentialRows.set(credentialRow.id, credentialRow);
    else checks.push((toCheck[index] as (r: AnalyticsResult) => Check)(result));
  });
  return [...credentialRows.values(), ...checks];
}

function identityFrom(
  discovery: AnalyticsResult,
  request: PermissionRequest,
): { check: Check; companyId?: string } {
  if (discovery.ok) return selectCompany(discovery.body, request);
  return {
    check: credentialFaultCheck(discovery.error) ?? {
      id: 'analytics-identity',
      status: 'fail',
      message: `Analytics discovery failed: ${discovery.error.seen}.`,
    },
  };
}

export async function checkPermissions(
  api: AnalyticsApi,
  request: PermissionRequest,
): Promise<PermissionOutcome> {
  const discover = () => api.get('/discovery/me');
  const run = (calls: PlannedCall[], companyId: string) =>
    calls.map((call) => () => api.get(call.path, call.query, companyId));

  let identity: { check: Check; companyId?: string };
  let calls: PlannedCall[];
  let results: AnalyticsResult[];
  if (request.globalCompanyId) {
    // The company is known: discovery only verifies org and account, so it goes out
    // with the checks, in the same round trip.
    calls = plan(request, request.globalCompanyId);
    const [discovery, ...answers] = await runPool(
      [discover, ...run(calls, request.globalCompanyId)],
      ANALYTICS_RATE_LIMIT.requests,
    );
    identity = identityFrom(discovery as AnalyticsResult, request);
    results = answers;
  } else {
    identity = identityFrom(await discover(), request);
    if (!identity.companyId)
      return { checks: [identity.check, ...UNPROVABLE], globalCompanyId: undefined };
    calls = plan(request, identity.companyId);
    results = await runPool(run(calls, identity.companyId), ANALYTICS_RATE_LIMIT.requests);
  }

  const checks = rowsFrom(
    results,
    calls.map((call) => call.toCheck),
  );
  // A credential-wide refusal already has its row among the item rows.
  if (!checks.some((c) => c.id === identity.check.id)) checks.unshift(identity.check);
  const anyAnswered = identity.check.status === 'pass' || results.some((result) => result.ok);
  checks.push({
    id: 'web-service-access',
    status: anyAnswered ? 'pass' : 'fail',
    message: anyAnswered
      ? 'The Analytics 2.0 API answered the technical account (Web service access).'
      : `No Analytics 2.0 call succeeded: ${fix('Web service access')}.`,
  });
  if (request.reportSuites.length === 0) {
    checks.push({
      id: 'report-suite-tools',
      status: 'skip',
      message: `Set ${inputRef('report-suites')} to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications per report suite.`,
    });
  }
  checks.push(...UNPROVABLE);
  return { checks, globalCompanyId: identity.companyId ?? request.globalCompanyId };
}
