// Assembles the permission rows from the plan's answers (pure). A refusal about the whole
// credential becomes one row instead of one per item, and a report suite the technical
// account cannot see gets one failing row: its other rows could only fail the same way.
import type { Check } from '../../common/checks.js';
import { misfitCheck, readReportSuiteIds } from './answers.js';
import type { AnalyticsResult } from './api.js';
import { campaignEvarCheck } from './campaign-evar.js';
import { CAPABILITY, TOOL_PROBES } from './capabilities.js';
import { type CallKind, type PermissionRequest, type PlannedCall, probedSuites } from './plan.js';
import {
  componentsCheck,
  credentialFaultCheck,
  suiteCheck,
  suiteListRefusedCheck,
  toolCheck,
  toolUnprovenCheck,
  visibleSuitesCheck,
} from './verdicts.js';

export interface ItemRows {
  /** Refusals about the credential as a whole, one row per kind. */
  credentialRows: Check[];
  itemRows: Check[];
}

export function itemRows(
  request: PermissionRequest,
  calls: PlannedCall[],
  results: AnalyticsResult[],
): ItemRows {
  const credentialRows = new Map<string, Check>();
  /** The answer to one call, unless it was a credential-wide refusal (then already a row). */
  const answer = (kind: CallKind, rsid?: string): AnalyticsResult | undefined => {
    const index = calls.findIndex((call) => call.kind === kind && call.rsid === rsid);
    const result = results[index];
    if (!result || result.ok) return result;
    const row = credentialFaultCheck(result.error);
    if (!row) return result;
    credentialRows.set(row.id, row);
    return undefined;
  };

  const rows: Check[] = [];
  const required = request.reportSuites;
  const suites = answer('suites');
  let visible: Set<string> | undefined;
  if (required.length === 0) {
    if (suites) rows.push(visibleSuitesCheck(suites));
  } else if (suites?.ok) {
    const read = readReportSuiteIds(suites.body);
    if (read.ok) visible = new Set(read.value.map((suite) => suite.raw));
    else {
      const misfit = misfitCheck('report-suites', 'the report suite list', read.problem);
      rows.push({ ...misfit, capability: CAPABILITY.reportSuites });
    }
  } else if (suites) {
    rows.push(suiteListRefusedCheck(suites));
  }
  // Without the suite list, no suite can be called invisible: nothing folds.
  const isVisible = (rsid: string) => visible === undefined || visible.has(rsid);
  const firstVisible = required.find((rsid) => visible?.has(rsid));
  const probed = probedSuites(request);

  for (const rsid of required) {
    if (visible) rows.push(suiteCheck(rsid, visible.has(rsid)));
    const shown = isVisible(rsid);
    for (const kind of ['metrics', 'dimensions'] as const) {
      const result = shown ? answer(kind, rsid) : undefined;
      if (result) rows.push(componentsCheck(kind, rsid, request[kind], result));
    }
    if (probed.includes(rsid)) {
      for (const tool of TOOL_PROBES) {
        if (!shown) {
          if (request.toolProbes === 'first-suite')
            rows.push(toolUnprovenCheck(tool, rsid, firstVisible));
          continue;
        }
        const result = answer(tool.key, rsid);
        if (result) rows.push(toolCheck(tool, rsid, result));
      }
    }
    if (request.campaignEvar && shown) {
      const result = answer('campaign-evar', rsid) ?? answer('classifications', rsid);
      if (result) rows.push(campaignEvarCheck(request.campaignEvar, rsid, result));
    }
  }
  return { credentialRows: [...credentialRows.values()], itemRows: rows };
}
