// The product-profile items the connector needs, named as Admin Console shows them
// (Admin Console > Adobe Analytics > product profile > Permissions), and the read-only
// Analytics 2.0 calls that prove them.

export const GROUP = {
  reportSuites: 'Report Suites',
  metrics: 'Metrics',
  dimensions: 'Dimensions',
  reportSuiteTools: 'Report Suite Tools',
  analyticsTools: 'Analytics Tools',
} as const;

const item = (group: string, name: string) => `${group} > ${name}`;

export const CAPABILITY = {
  reportSuites: GROUP.reportSuites,
  metrics: GROUP.metrics,
  dimensions: GROUP.dimensions,
  webServiceAccess: item(GROUP.analyticsTools, 'Web service access'),
} as const;

export type ToolKey = 'data-warehouse' | 'data-sources' | 'classifications';

export interface ToolProbe {
  key: ToolKey;
  /** The Report Suite Tools item, as Admin Console names it. */
  name: string;
  /** The probe's path under /api/{company}, and its query. */
  request(rsid: string): { path: string; query: Record<string, string> };
}

export const TOOL_PROBES: readonly ToolProbe[] = [
  {
    key: 'data-warehouse',
    name: 'Custom Data Warehouse report',
    request: (rsid) => ({ path: '/data_warehouse/scheduled', query: { rsid } }),
  },
  {
    key: 'data-sources',
    name: 'Data sources manager',
    request: (rsid) => ({ path: `/datasources/account/${encodeURIComponent(rsid)}`, query: {} }),
  },
  {
    key: 'classifications',
    name: 'Classifications',
    request: (rsid) => classificationsRequest(rsid),
  },
];

/** The Classifications API's per-suite answer: also what the campaign eVar check reads. */
export function classificationsRequest(rsid: string) {
  return {
    path: `/classifications/datasets/compatibilityMetrics/${encodeURIComponent(rsid)}`,
    query: {},
  };
}

export const toolCapability = (tool: ToolProbe) => item(GROUP.reportSuiteTools, tool.name);

/** Items no read-only 2.0 call can prove, and why: listed so the checklist is whole. */
export const UNPROVABLE: readonly { id: string; group: string; name: string; why: string }[] = [
  ['report-suite-mgmt', GROUP.reportSuiteTools, 'Report Suite Mgmt', 'only a mutating call exists'],
  [
    'conversion-variables',
    GROUP.reportSuiteTools,
    'Conversion variables',
    'the 2.0 API cannot read eVar settings',
  ],
  [
    'success-events',
    GROUP.reportSuiteTools,
    'Success events',
    'the 2.0 API cannot read success event settings',
  ],
  [
    'calculated-metric-creation',
    GROUP.analyticsTools,
    'Calculated metric creation',
    'proving it would mean creating one',
  ],
  [
    'segment-creation',
    GROUP.analyticsTools,
    'Segment creation',
    'proving it would mean creating one',
  ],
  ['web-services', GROUP.analyticsTools, 'Web services', 'it governs an Admin page, not an API'],
  [
    'code-manager-web-services',
    GROUP.analyticsTools,
    'Code Manager - Web services',
    'it applies to the 1.4 API, retired on 2026-08-12',
  ],
  [
    'logs-web-services',
    GROUP.analyticsTools,
    'Logs - Web services',
    'it applies to the 1.4 API, retired on 2026-08-12',
  ],
].map(([id, group, name, why]) => ({
  id: id as string,
  group: group as string,
  name: name as string,
  why: why as string,
}));
