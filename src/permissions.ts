// Turns the provisioning page's product-profile checklist into Analytics 2.0 calls and
// check rows. Building rows from API results is pure; `checkPermissions` only wires the
// calls: discovery (unless the company is known), then every check at once.
import {
  type AnalyticsApi,
  type AnalyticsFault,
  type AnalyticsResult,
  runPool,
} from './analytics-api.js';
import type { Check } from './checks.js';

/** The item names of the product profile's permission list, as the provisioning page gives them. */
const CAPABILITY = {
  reportSuites: 'Report Suites',
  metrics: 'Metrics',
  dimensions: 'Dimensions',
  dataWarehouse: 'Custom Data Warehouse report',
  dataSources: 'Data sources manager',
  classifications: 'Classifications',
} as const;

// Analytics allows 12 requests per 6 s per user (the budget paces starts; this bounds
// how many are in flight).
export const ANALYTICS_RATE_LIMIT = { requests: 12, windowMs: 6_000 } as const;
// Adobe counts arrivals, we count departures: keep a margin for the network in between.
export const RATE_LIMIT_MARGIN_MS = 300;

export interface PermissionRequest {
  orgId: string;
  technicalAccountId: string | undefined;
  globalCompanyId: string | undefined;
  reportSuites: string[];
  metrics: string[];
  dimensions: string[];
}

export interface PermissionOutcome {
  checks: Check[];
  globalCompanyId: string | undefined;
}

function fix(capability: string): string {
  return `add it in Admin Console > Adobe Analytics > (the technical account's product profile) > Permissions > ${capability}`;
}

/** One row for a refusal that is about the credential, not one item. */
export function credentialFaultCheck(fault: AnalyticsFault): Check | undefined {
  switch (fault.kind) {
    case 'no-profile':
      return {
        id: 'analytics-product-profile',
        status: 'fail',
        message: `Analytics refused every call because the technical account has no Adobe Analytics product profile: add it in Admin Console > Adobe Analytics > (product profile) > API credentials (${fault.seen}).`,
      };
    case 'token':
      return {
        id: 'analytics-access',
        status: 'fail',
        message: `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or scopes/metascopes are wrong (${fault.seen}).`,
      };
    case 'api-key':
      return {
        id: 'analytics-access',
        status: 'fail',
        message: `Adobe Analytics does not accept client-id as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`,
      };
    case 'unreachable':
      return {
        id: 'analytics-access',
        status: 'fail',
        message: `Adobe Analytics could not be checked: ${fault.seen}`,
      };
    case 'rate-limited':
      return {
        id: 'analytics-access',
        status: 'fail',
        message: `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise max-attempts (${fault.seen}).`,
      };
    default:
      return undefined;
  }
}

interface Discovery {
  imsUserId?: string;
  imsOrgs?: {
    imsOrgId?: string;
    companies?: { globalCompanyId?: string; companyName?: string }[];
  }[];
}

/** Checks discovery against the inputs and picks the company (pure). */
export function selectCompany(
  body: unknown,
  request: PermissionRequest,
): { check: Check; companyId?: string } {
  const discovery = (body ?? {}) as Discovery;
  const fail = (message: string) => ({
    check: { id: 'analytics-identity', status: 'fail' as const, message },
  });
  const orgs = discovery.imsOrgs ?? [];
  const org = orgs.find((o) => o.imsOrgId?.toLowerCase() === request.orgId.toLowerCase());
  if (!org) {
    const seen = orgs.map((o) => o.imsOrgId).join(', ') || 'none';
    return fail(
      `ims-org-id ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`,
    );
  }
  const user = discovery.imsUserId;
  const expected = request.technicalAccountId;
  if (expected && user && user.toLowerCase() !== expected.toLowerCase()) {
    return fail(
      `technical-account-id ${expected} does not match the account Analytics sees (${user}): copy the technical account ID from the same credential.`,
    );
  }
  const companies = org.companies ?? [];
  const list = companies
    .map((c) => `${c.globalCompanyId} (${c.companyName ?? 'unnamed'})`)
    .join(', ');
  let companyId: string | undefined;
  if (request.globalCompanyId) {
    companyId = companies.find(
      (c) => c.globalCompanyId === request.globalCompanyId,
    )?.globalCompanyId;
    if (!companyId) {
      return fail(
        `global-company-id ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`,
      );
    }
  } else if (companies.length === 1 && companies[0]?.globalCompanyId) {
    companyId = companies[0].globalCompanyId;
  } else if (companies.length <= 1) {
    return fail(
      `Analytics lists no company for ${request.orgId} and this technical account: the product profile grants no Analytics company. ${fix('API credentials')}.`,
    );
  } else {
    return fail(
      `The org has several Analytics companies: set global-company-id to one of ${list}.`,
    );
  }
  return {
    check: {
      id: 'analytics-identity',
      status: 'pass',
      message: `Analytics knows technical account ${user ?? '(unnamed)'} in ${request.orgId}; company ${companyId}.`,
    },
    companyId,
  };
}

/** Lists are an array in the docs and a paged object (`content`) live: accept both. */
function listItems(body: unknown): Record<string, unknown>[] {
  const list = Array.isArray(body) ? body : (body as { content?: unknown } | undefined)?.content;
  return Array.isArray(list) ? list.filter((item) => item && typeof item === 'object') : [];
}

function stringField(body: unknown, field: 'rsid' | 'id'): string[] {
  return listItems(body)
    .map((item) => item[field])
    .filter((value): value is string => typeof value === 'string');
}

export const reportSuiteIds = (body: unknown) => stringField(body, 'rsid');
/** Components the suite exposes for reporting (explicitly disallowed ones do not count). */
const componentIds = (body: unknown) =>
  listItems(body)
    .filter((item) => item.allowedForReporting !== false)
    .map((item) => item.id)
    .filter((id): id is string => typeof id === 'string');

function refusedCheck(
  id: string,
  what: string,
  capability: string,
  result: AnalyticsResult & { ok: false },
): Check {
  if (result.error.kind === 'denied') {
    return {
      id,
      status: 'fail',
      message: `No access to ${what} (${result.error.seen}): ${fix(capability)}.`,
    };
  }
  // Adobe does not document every refusal: report what was seen rather than guess.
  return {
    id,
    status: 'warn',
    message: `Could not tell whether ${what} is granted: Analytics answered ${result.error.seen}.`,
  };
}

export function reportSuitesCheck(required: string[], result: AnalyticsResult): Check {
  const id = 'report-suites';
  if (!result.ok) return refusedCheck(id, 'the report suite list', CAPABILITY.reportSuites, result);
  const visible = reportSuiteIds(result.body);
  if (required.length === 0) {
    return visible.length === 0
      ? {
          id,
          status: 'warn',
          message: `The technical account sees no report suite: ${fix(CAPABILITY.reportSuites)}.`,
        }
      : {
          id,
          status: 'pass',
          message: `Visible report suites: ${visible.join(', ')}. Set report-suites to require specific ones.`,
        };
  }
  const missing = required.filter((rsid) => !visible.includes(rsid));
  if (missing.length > 0) {
    return {
      id,
      status: 'fail',
      message: `Report suite${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not visible to the technical account (or misspelled): ${fix(CAPABILITY.reportSuites)}.`,
    };
  }
  return {
    id,
    status: 'pass',
    message: `All required report suites are visible: ${required.join(', ')}.`,
  };
}

export function componentsCheck(
  kind: 'metrics' | 'dimensions',
  rsid: string,
  required: string[],
  result: AnalyticsResult,
): Check {
  const id = `${kind}:${rsid}`;
  const capability = CAPABILITY[kind];
  if (!result.ok)
    return refusedCheck(id, `the ${kind} of report suite ${rsid}`, capability, result);
  const available = componentIds(result.body);
  const missing = required.filter((component) => !available.includes(component));
  if (missing.length > 0) {
    return {
      id,
      status: 'fail',
      message: `Report suite ${rsid} does not expose ${missing.join(', ')} to the technical account: ${fix(capability)}.`,
    };
  }
  if (required.length === 0) {
    return available.length > 0
      ? { id, status: 'pass', message: `${available.length} ${kind} readable in ${rsid}.` }
      : { id, status: 'warn', message: `No ${kind} are readable in ${rsid}: ${fix(capability)}.` };
  }
  return { id, status: 'pass', message: `Report suite ${rsid} exposes ${required.join(', ')}.` };
}

const TOOL_PROBES = [
  {
    key: 'data-warehouse',
    name: 'Custom Data Warehouse report',
    capability: CAPABILITY.dataWarehouse,
  },
  { key: 'data-sources', name: 'Data sources manager', capability: CAPABILITY.dataSources },
  { key: 'classifications', name: 'Classifications', capability: CAPABILITY.classifications },
] as const;
type ToolKey = (typeof TOOL_PROBES)[number]['key'];

function probePath(tool: ToolKey, base: string, rsid: string): [string, Record<string, string>] {
  const suite = encodeURIComponent(rsid);
  switch (tool) {
    case 'data-warehouse':
      return [`${base}/data_warehouse/scheduled`, { rsid }];
    case 'data-sources':
      return [`${base}/datasources/account/${suite}`, {}];
    case 'classifications':
      return [`${base}/classifications/datasets/compatibilityMetrics/${suite}`, {}];
  }
}

export function toolCheck(
  tool: (typeof TOOL_PROBES)[number],
  rsid: string,
  result: AnalyticsResult,
): Check {
  const id = `${tool.key}:${rsid}`;
  if (!result.ok) return refusedCheck(id, `${tool.name} on ${rsid}`, tool.capability, result);
  return { id, status: 'pass', message: `${tool.name} is readable on ${rsid}.` };
}

/** Items no read-only 2.0 call can prove: listed so the summary is the whole checklist. */
export const UNPROVABLE: Check[] = [
  ['report-suite-mgmt', 'Report Suite Mgmt', 'only a mutating call exists'],
  ['conversion-variables', 'Conversion variables', 'the 2.0 API cannot read eVar settings'],
  ['success-events', 'Success events', 'the 2.0 API cannot read success event settings'],
  [
    'calculated-metric-creation',
    'Calculated metric creation',
    'proving it would mean creating one',
  ],
  ['segment-creation', 'Segment creation', 'proving it would mean creating one'],
  ['web-services', 'Web services', 'it governs the Admin UI page, not an API'],
  [
    'code-manager-web-services',
    'Code Manager - Web services',
    'it applies to the 1.4 API, retired on 2026-08-12',
  ],
  ['logs-web-services', 'Logs - Web services', 'it applies to the 1.4 API, retired on 2026-08-12'],
].map(([id, capability, why]) => ({
  id: id as string,
  status: 'skip' as const,
  message: `Not provable with a read-only call (${why}): verify "${capability}" in the product profile in Admin Console.`,
}));

interface PlannedCall {
  path: string;
  query: Record<string, string>;
  toCheck: (result: AnalyticsResult) => Check;
}

function plan(request: PermissionRequest, companyId: string): PlannedCall[] {
  const base = `/api/${encodeURIComponent(companyId)}`;
  const required = request.reportSuites;
  const calls: PlannedCall[] = [
    {
      path: `${base}/reportsuites/collections/suites`,
      query:
        required.length > 0
          ? { rsids: required.join(','), limit: String(Math.max(10, required.length)) }
          : { limit: '100' },
      toCheck: (result) => reportSuitesCheck(required, result),
    },
  ];
  for (const rsid of required) {
    for (const kind of ['metrics', 'dimensions'] as const) {
      calls.push({
        path: `${base}/${kind}`,
        query: { rsid, expansion: 'allowedForReporting' },
        toCheck: (result) => componentsCheck(kind, rsid, request[kind], result),
      });
    }
    for (const tool of TOOL_PROBES) {
      const [path, query] = probePath(tool.key, base, rsid);
      calls.push({ path, query, toCheck: (result) => toolCheck(tool, rsid, result) });
    }
  }
  return calls;
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
      message:
        'Set report-suites to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications per report suite.',
    });
  }
  checks.push(...UNPROVABLE);
  return { checks, globalCompanyId: identity.companyId ?? request.globalCompanyId };
}
