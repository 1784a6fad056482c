// Which Analytics calls prove the product profile, and which row each answer becomes.
import type { Check } from '../../common/checks.js';
import type { AnalyticsResult } from './api.js';
import {
  componentsCheck,
  reportSuitesCheck,
  TOOL_PROBES,
  type ToolKey,
  toolCheck,
} from './verdicts.js';

export interface PermissionRequest {
  orgId: string;
  technicalAccountId: string | undefined;
  globalCompanyId: string | undefined;
  reportSuites: string[];
  metrics: string[];
  dimensions: string[];
}

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

export interface PlannedCall {
  path: string;
  query: Record<string, string>;
  toCheck: (result: AnalyticsResult) => Check;
}

export function plan(request: PermissionRequest, companyId: string): PlannedCall[] {
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
