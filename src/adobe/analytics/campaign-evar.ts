// Connector readiness for Campaign 7.4.4 and later: its Analytics 2.0 connector needs a
// classification set subscribed to each report suite and to the eVar that carries
// campaign names. The Classifications API lists, per report suite, which datasets cover
// which variables (ReportSuiteCompatibilityMetric in its API reference).
import type { Check } from '../../common/checks.js';
import { quoted } from '../../common/sanitise.js';
import { listOf, optional, type ReadResult, readShape, record, text } from '../../common/shape.js';
import type { AnalyticsResult } from './api.js';

// Every field of the reference's schema is optional: only the list of entries is required.
const COMPATIBILITY = record({
  metrics: listOf(record({ id: optional(listOf(text)), datasets: optional(listOf(text)) })),
});

/** evar11, EVAR11 or variables/evar11, as the variable's id in the Classifications API. */
export function normaliseEvar(value: string): string {
  return value.toLowerCase().replace(/^variables\//, '');
}

/** Datasets covering `evar` in a compatibilityMetrics answer, or why the answer does not fit. */
export function datasetsCovering(body: unknown, evar: string): ReadResult<string[]> {
  const read = readShape(COMPATIBILITY, body);
  if (!read.ok) return read;
  const wanted = normaliseEvar(evar);
  const datasets = read.value.metrics
    .filter((entry) => entry.id?.some((id) => normaliseEvar(id) === wanted))
    .flatMap((entry) => entry.datasets ?? []);
  return { ok: true, value: [...new Set(datasets)] };
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
  const read = datasetsCovering(result.body, evar);
  if (!read.ok) {
    return {
      ...base,
      status: 'warn',
      message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered in a shape this action cannot read (${read.problem}).`,
    };
  }
  const datasets = read.value;
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
    message: `A classification set covers ${evar} in ${rsid} (dataset ${datasets.map((id) => quoted(id).shown).join(', ')}).`,
  };
}
