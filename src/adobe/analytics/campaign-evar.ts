// Connector readiness for Campaign 7.4.4 and later: its Analytics 2.0 connector needs a
// classification set subscribed to each report suite and to the eVar that carries
// campaign names. The Classifications API lists, per report suite, which datasets cover
// which variables (ReportSuiteCompatibilityMetric in its API reference).
import type { Check } from '../../common/checks.js';
import type { AnalyticsResult } from './api.js';

/** evar11, EVAR11 or variables/evar11, as the variable's id in the Classifications API. */
export function normaliseEvar(value: string): string {
  return value.toLowerCase().replace(/^variables\//, '');
}

/** Datasets covering `evar` in a compatibilityMetrics answer; undefined when the shape is not one. */
export function datasetsCovering(body: unknown, evar: string): string[] | undefined {
  const metrics = (body as { metrics?: unknown } | undefined)?.metrics;
  if (!Array.isArray(metrics)) return undefined;
  const wanted = normaliseEvar(evar);
  const datasets = new Set<string>();
  for (const entry of metrics) {
    const ids = (entry as { id?: unknown } | null)?.id;
    const covered = (entry as { datasets?: unknown } | null)?.datasets;
    if (!Array.isArray(ids) || !Array.isArray(covered)) continue;
    const matches = ids.some((id) => typeof id === 'string' && normaliseEvar(id) === wanted);
    if (matches)
      for (const dataset of covered) if (typeof dataset === 'string') datasets.add(dataset);
  }
  return [...datasets];
}

export function campaignEvarCheck(evar: string, rsid: string, result: AnalyticsResult): Check {
  const id = `campaign-evar:${rsid}`;
  const base = { id, capability: '' };
  if (!result.ok) {
    return {
      ...base,
      status: 'warn',
      message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered ${result.error.seen}.`,
    };
  }
  const datasets = datasetsCovering(result.body, evar);
  if (datasets === undefined) {
    return {
      ...base,
      status: 'warn',
      message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered without a metrics list.`,
    };
  }
  if (datasets.length === 0) {
    // A warning, not a failure: Campaign needs the set only for new external accounts.
    return {
      ...base,
      status: 'warn',
      message: `No classification set covers ${evar} in ${rsid}. Campaign 7.4.4 and later need one for new external accounts: in Analytics, create it under Components > Classification sets (type Primary) and subscribe it to ${rsid} and ${evar}.`,
    };
  }
  return {
    ...base,
    status: 'pass',
    message: `A classification set covers ${evar} in ${rsid} (dataset ${datasets.join(', ')}).`,
  };
}
