// Which Analytics calls prove the product profile, in the order they should go out: the
// most telling first (suites, then metrics and dimensions, then tool probes), so a plan
// larger than one rate window spends its first window on what matters most.
import { classificationsRequest, TOOL_PROBES, type ToolKey } from './capabilities.js';

/** first-suite: Report Suite Tools are granted per product profile, so one suite proves them. */
export type ToolProbes = 'first-suite' | 'every-suite';

export interface PermissionRequest {
  orgId: string;
  technicalAccountId: string | undefined;
  globalCompanyId: string | undefined;
  reportSuites: string[];
  metrics: string[];
  dimensions: string[];
  toolProbes: ToolProbes;
  /** The conversion variable carrying campaign names (evar11), when Campaign 7.4.4+ is checked. */
  campaignEvar: string | undefined;
}

export type CallKind = 'suites' | 'metrics' | 'dimensions' | ToolKey | 'campaign-evar';

export interface PlannedCall {
  kind: CallKind;
  /** The report suite a per-suite call is about. */
  rsid?: string;
  /** Under /api/{company}. */
  path: string;
  query: Record<string, string>;
}

/** The suites whose Report Suite Tools are probed. */
export function probedSuites(request: PermissionRequest): string[] {
  return request.toolProbes === 'every-suite'
    ? request.reportSuites
    : request.reportSuites.slice(0, 1);
}

export function plan(request: PermissionRequest): PlannedCall[] {
  const required = request.reportSuites;
  const calls: PlannedCall[] = [
    {
      kind: 'suites',
      path: '/reportsuites/collections/suites',
      query:
        required.length > 0
          ? { rsids: required.join(','), limit: String(Math.max(10, required.length)) }
          : { limit: '100' },
    },
  ];
  for (const rsid of required) {
    for (const kind of ['metrics', 'dimensions'] as const) {
      calls.push({
        kind,
        rsid,
        path: `/${kind}`,
        query: { rsid, expansion: 'allowedForReporting' },
      });
    }
  }
  const probed = probedSuites(request);
  for (const rsid of probed) {
    for (const tool of TOOL_PROBES) calls.push({ kind: tool.key, rsid, ...tool.request(rsid) });
  }
  if (request.campaignEvar) {
    // A suite whose Classifications probe is planned answers the eVar check with it.
    for (const rsid of required.filter((suite) => !probed.includes(suite)))
      calls.push({ kind: 'campaign-evar', rsid, ...classificationsRequest(rsid) });
  }
  return calls;
}

/** How many Analytics requests a full check sends, discovery included. */
export const analyticsRequestCount = (request: PermissionRequest) => 1 + plan(request).length;
