// Check rows from Analytics answers (pure): what each answer proves about the technical
// account's product profile, and what to add in Admin Console when it falls short.
import type { Check } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import type { AnalyticsFault, AnalyticsResult } from './api.js';

/** The item names of the product profile's permission list, as the provisioning page gives them. */
export const CAPABILITY = {
  reportSuites: 'Report Suites',
  metrics: 'Metrics',
  dimensions: 'Dimensions',
  dataWarehouse: 'Custom Data Warehouse report',
  dataSources: 'Data sources manager',
  classifications: 'Classifications',
} as const;

export function fix(capability: string): string {
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
        message: `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or ${inputRef('scopes')}/${inputRef('metascopes')} are wrong (${fault.seen}).`,
      };
    case 'api-key':
      return {
        id: 'analytics-access',
        status: 'fail',
        message: `Adobe Analytics does not accept ${inputRef('client-id')} as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`,
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
        message: `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise ${inputRef('max-attempts')} (${fault.seen}).`,
      };
    default:
      return undefined;
  }
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
          message: `Visible report suites: ${visible.join(', ')}. Set ${inputRef('report-suites')} to require specific ones.`,
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

export const TOOL_PROBES = [
  {
    key: 'data-warehouse',
    name: 'Custom Data Warehouse report',
    capability: CAPABILITY.dataWarehouse,
  },
  { key: 'data-sources', name: 'Data sources manager', capability: CAPABILITY.dataSources },
  { key: 'classifications', name: 'Classifications', capability: CAPABILITY.classifications },
] as const;
export type ToolKey = (typeof TOOL_PROBES)[number]['key'];

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
