// Check rows from Analytics answers (pure): what each answer proves about the technical
// account's product profile, and what to add in Admin Console when it falls short.
import type { Check, Fix } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import { shownList } from '../../common/sanitise.js';
import { misfitCheck, readComponentIds, readReportSuiteIds } from './answers.js';
import type { AnalyticsFault, AnalyticsResult } from './api.js';
import { CAPABILITY, GROUP, type ToolProbe, toolCapability, UNPROVABLE } from './capabilities.js';

const PROFILE = "Admin Console > Adobe Analytics > (the technical account's product profile)";

/** Where in Admin Console a permission item is added. */
export function fix(capability: string): string {
  return `add it in ${PROFILE} > Permissions > ${capability}`;
}

/** One row for a refusal that is about the credential, not one item. */
export function credentialFaultCheck(fault: AnalyticsFault): Check | undefined {
  const row = (id: string, message: string, fixed?: Fix): Check => ({
    id,
    status: 'fail',
    message,
    capability: '',
    ...(fixed ? { fix: fixed } : {}),
  });
  switch (fault.kind) {
    case 'no-profile':
      return row(
        'analytics-product-profile',
        `Analytics refused every call because the technical account has no Adobe Analytics product profile: add it in Admin Console > Adobe Analytics > (product profile) > API credentials (${fault.seen}).`,
        { place: 'API credentials', items: ['the technical account'] },
      );
    case 'token':
      return row(
        'analytics-access',
        `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or ${inputRef('scopes')}/${inputRef('metascopes')} are wrong (${fault.seen}).`,
      );
    case 'api-key':
      return row(
        'analytics-access',
        `Adobe Analytics does not accept ${inputRef('client-id')} as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`,
      );
    case 'unreachable':
      return row('analytics-access', `Adobe Analytics could not be checked: ${fault.seen}`);
    case 'rate-limited':
      return row(
        'analytics-access',
        `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise ${inputRef('max-attempts')} (${fault.seen}).`,
      );
    default:
      return undefined;
  }
}

/** A refusal of one item: a documented denial fails, anything else is reported as seen. */
function refusedCheck(
  id: string,
  what: string,
  capability: string,
  fixed: Fix,
  result: AnalyticsResult & { ok: false },
): Check {
  if (result.error.kind === 'denied') {
    return {
      id,
      status: 'fail',
      message: `No access to ${what} (${result.error.seen}): ${fix(capability)}.`,
      capability,
      fix: fixed,
    };
  }
  return {
    id,
    status: 'warn',
    message: `Could not tell whether ${what} is granted: Analytics answered ${result.error.seen}.`,
    capability,
  };
}

/** The suite list when no suite is required: what the technical account can see. */
export function visibleSuitesCheck(result: AnalyticsResult): Check {
  const id = 'report-suites';
  const capability = CAPABILITY.reportSuites;
  if (!result.ok) return suiteListRefusedCheck(result);
  const read = readReportSuiteIds(result.body);
  if (!read.ok) return { ...misfitCheck(id, 'the report suite list', read.problem), capability };
  const visible = read.value.map((suite) => suite.shown);
  return visible.length === 0
    ? {
        id,
        status: 'warn',
        capability,
        message: `The technical account sees no report suite: ${fix(capability)}.`,
      }
    : {
        id,
        status: 'pass',
        capability,
        message: `Visible report suites: ${shownList(visible)}. Set ${inputRef('report-suites')} to require specific ones.`,
      };
}

const noItems = (place: string): Fix => ({ place, items: [] });

/** The suite list could not be read: one row, and no suite can be called visible or not. */
export function suiteListRefusedCheck(result: AnalyticsResult & { ok: false }): Check {
  const capability = CAPABILITY.reportSuites;
  return refusedCheck(
    'report-suites',
    'the report suite list',
    capability,
    noItems(capability),
    result,
  );
}

/** One row per required suite; an invisible suite's other rows fold into this one. */
export function suiteCheck(rsid: string, visible: boolean): Check {
  const capability = CAPABILITY.reportSuites;
  return visible
    ? {
        id: `report-suite:${rsid}`,
        status: 'pass',
        capability,
        message: `Report suite ${rsid} is visible to the technical account.`,
      }
    : {
        id: `report-suite:${rsid}`,
        status: 'fail',
        capability,
        message: `Report suite ${rsid} is not visible to the technical account (or misspelled), so its metrics, dimensions and tools could not be checked: ${fix(capability)}.`,
        fix: { place: GROUP.reportSuites, items: [rsid] },
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
  if (!result.ok) {
    return refusedCheck(
      id,
      `the ${kind} of report suite ${rsid}`,
      capability,
      noItems(capability),
      result,
    );
  }
  const read = readComponentIds(result.body);
  if (!read.ok) {
    const what = `the ${kind} of report suite ${rsid}`;
    return { ...misfitCheck(id, what, read.problem), capability };
  }
  const available = read.value;
  const missing = required.filter((component) => !available.some((c) => c.raw === component));
  if (missing.length > 0) {
    return {
      id,
      status: 'fail',
      capability,
      message: `Report suite ${rsid} does not expose ${missing.join(', ')} to the technical account: ${fix(capability)}.`,
      fix: { place: GROUP[kind], items: missing },
    };
  }
  if (required.length > 0)
    return {
      id,
      status: 'pass',
      capability,
      message: `Report suite ${rsid} exposes ${required.join(', ')}.`,
    };
  return available.length > 0
    ? {
        id,
        status: 'pass',
        capability,
        message: `${available.length} ${kind} readable in ${rsid}.`,
      }
    : {
        id,
        status: 'warn',
        capability,
        message: `No ${kind} are readable in ${rsid}: ${fix(capability)}.`,
      };
}

export function toolCheck(tool: ToolProbe, rsid: string, result: AnalyticsResult): Check {
  const id = `${tool.key}:${rsid}`;
  const capability = toolCapability(tool);
  if (!result.ok) {
    const fixed = { place: GROUP.reportSuiteTools, items: [tool.name] };
    return refusedCheck(id, `${tool.name} on ${rsid}`, capability, fixed, result);
  }
  return { id, status: 'pass', capability, message: `${tool.name} is readable on ${rsid}.` };
}

/** The suite chosen for the tool probes is invisible: the tools are neither proven nor refused. */
export function toolUnprovenCheck(
  tool: ToolProbe,
  rsid: string,
  visibleSuite: string | undefined,
): Check {
  const instead = visibleSuite
    ? `list a visible suite such as ${visibleSuite} first in ${inputRef('report-suites')}`
    : 'no required report suite is visible';
  return {
    id: `${tool.key}:${rsid}`,
    status: 'warn',
    capability: toolCapability(tool),
    message: `${tool.name} could not be proven: ${rsid}, the suite chosen for the tool probes, is not visible (${instead}).`,
  };
}

export function unprovableChecks(): Check[] {
  return UNPROVABLE.map(({ id, group, name, why }) => ({
    id,
    status: 'skip',
    capability: `${group} > ${name}`,
    message: `Not provable with a read-only call (${why}): verify "${name}" in the product profile in Admin Console.`,
  }));
}
