// The check rows grouped by the product-profile item they prove, for the log and the
// terminal: the same grouping as the job summary, and one line for what no read-only
// call can prove.

import { GROUP, UNPROVABLE } from '../adobe/analytics/capabilities.js';
import type { Check, CheckStatus } from '../common/checks.js';
import type { Host, ReportLine } from '../common/host.js';
import { checksOutput, countLine } from './report.js';

const CREDENTIAL = 'Credential and access';
const CLASSIFICATION_SETS = 'Classification sets (Campaign 7.4.4+)';
const ORDER = [
  CREDENTIAL,
  GROUP.reportSuites,
  GROUP.metrics,
  GROUP.dimensions,
  GROUP.reportSuiteTools,
  GROUP.analyticsTools,
  CLASSIFICATION_SETS,
];

const unprovableIds = new Set(UNPROVABLE.map((item) => item.id));
export const isUnprovable = (check: Check) => unprovableIds.has(check.id);

function groupOf(check: Check): string {
  if (check.capability) return check.capability.split(' > ')[0] as string;
  return check.id.startsWith('campaign-evar:') ? CLASSIFICATION_SETS : CREDENTIAL;
}

export function checkLines(checks: Check[]): ReportLine[] {
  const groups = new Map<string, Check[]>();
  for (const check of checks.filter((c) => !isUnprovable(c))) {
    const group = groupOf(check);
    groups.set(group, [...(groups.get(group) ?? []), check]);
  }
  const order = (group: string) => (ORDER.includes(group) ? ORDER.indexOf(group) : ORDER.length);
  const lines: ReportLine[] = [];
  for (const [group, rows] of [...groups].sort(([a], [b]) => order(a) - order(b))) {
    lines.push({ text: group });
    for (const row of rows) lines.push({ status: row.status, text: `${row.id}: ${row.message}` });
  }
  const skipped = checks.filter(isUnprovable);
  if (skipped.length > 0) {
    const status: CheckStatus = 'skip';
    const names = skipped.map((c) => c.capability?.split(' > ').pop() ?? c.id).join(', ');
    lines.push({
      status,
      text: `${skipped.length} item${skipped.length === 1 ? '' : 's'} no read-only call can prove; verify them in Admin Console: ${names}.`,
    });
  }
  lines.push({ text: countLine(checks) });
  return lines;
}

/**
 * The rows in the log (grouped) and in the `checks` output; returns them redacted, as the
 * summary and the alert issue must use them. Redacted once, before any encoding (JSON,
 * Markdown) could hide a secret's plain form from the redactor.
 */
export function publishChecks(host: Host, checks: Check[]): Check[] {
  const redacted = checks.map((check) => ({ ...check, message: host.redact(check.message) }));
  host.report(checkLines(redacted));
  host.setOutput('checks', checksOutput(redacted));
  return redacted;
}
