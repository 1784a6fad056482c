// Turns the provisioning page's product-profile checklist into Analytics 2.0 calls and
// check rows: discovery (in the same round trip as the checks when the company is
// known), then every planned call at once, paced by the rate budget.
import type { Check } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import type { AnalyticsApi, AnalyticsResult } from './api.js';
import { runPool } from './budget.js';
import { CAPABILITY, GROUP } from './capabilities.js';
import { selectCompany } from './discovery.js';
import { type PermissionRequest, plan } from './plan.js';
import { itemRows } from './rows.js';
import { credentialFaultCheck, fix, unprovableChecks } from './verdicts.js';

// Analytics allows 12 requests per 6 s per user (the budget paces starts; this bounds
// how many are in flight).
export const ANALYTICS_RATE_LIMIT = { requests: 12, windowMs: 6_000 } as const;
// Adobe counts arrivals, we count departures: keep a margin for the network in between.
export const RATE_LIMIT_MARGIN_MS = 300;

export interface PermissionOutcome {
  checks: Check[];
  globalCompanyId: string | undefined;
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
      capability: '',
      message: `Analytics discovery failed: ${discovery.error.seen}.`,
    },
  };
}

function webServiceAccessCheck(answered: boolean): Check {
  const capability = CAPABILITY.webServiceAccess;
  return answered
    ? {
        id: 'web-service-access',
        status: 'pass',
        capability,
        message: 'The Analytics 2.0 API answered the technical account (Web service access).',
      }
    : {
        id: 'web-service-access',
        status: 'fail',
        capability,
        message: `No Analytics 2.0 call succeeded: ${fix(capability)}.`,
        fix: { place: GROUP.analyticsTools, items: ['Web service access'] },
      };
}

export async function checkPermissions(
  api: AnalyticsApi,
  request: PermissionRequest,
): Promise<PermissionOutcome> {
  const calls = plan(request);
  const discover = () => api.get('/discovery/me');
  const send = (companyId: string) =>
    calls.map(
      (call) => () =>
        api.get(`/api/${encodeURIComponent(companyId)}${call.path}`, call.query, companyId),
    );

  let identity: { check: Check; companyId?: string };
  let results: AnalyticsResult[];
  if (request.globalCompanyId) {
    // The company is known: discovery only verifies org and account, so it goes out
    // with the checks, in the same round trip.
    const [discovery, ...answers] = await runPool(
      [discover, ...send(request.globalCompanyId)],
      ANALYTICS_RATE_LIMIT.requests,
    );
    identity = identityFrom(discovery as AnalyticsResult, request);
    results = answers;
  } else {
    identity = identityFrom(await discover(), request);
    if (!identity.companyId)
      return { checks: [identity.check, ...unprovableChecks()], globalCompanyId: undefined };
    results = await runPool(send(identity.companyId), ANALYTICS_RATE_LIMIT.requests);
  }

  const { credentialRows, itemRows: items } = itemRows(request, calls, results);
  // A credential-wide refusal of discovery already has its row among the credential rows.
  const checks = credentialRows.some((row) => row.id === identity.check.id)
    ? [...credentialRows, ...items]
    : [identity.check, ...credentialRows, ...items];
  checks.push(
    webServiceAccessCheck(identity.check.status === 'pass' || results.some((result) => result.ok)),
  );
  if (request.reportSuites.length === 0) {
    checks.push({
      id: 'report-suite-tools',
      status: 'skip',
      capability: GROUP.reportSuiteTools,
      message: `Set ${inputRef('report-suites')} to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications.`,
    });
  }
  checks.push(...unprovableChecks());
  return { checks, globalCompanyId: identity.companyId ?? request.globalCompanyId };
}
