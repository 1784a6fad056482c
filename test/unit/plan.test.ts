import { describe, expect, it } from 'vitest';
import type { AnalyticsResult } from '../../src/adobe/analytics/api.js';
import { classifyFault } from '../../src/adobe/analytics/api.js';
import { campaignEvarCheck, datasetsCovering } from '../../src/adobe/analytics/campaign-evar.js';
import {
  analyticsRequestCount,
  type PermissionRequest,
  type PlannedCall,
  plan,
} from '../../src/adobe/analytics/plan.js';
import { itemRows } from '../../src/adobe/analytics/rows.js';
import { asAction } from '../support/inputs.js';

const base: PermissionRequest = {
  orgId: 'E3761E2A657833C40A495CAC@AdobeOrg',
  technicalAccountId: undefined,
  globalCompanyId: undefined,
  reportSuites: ['rs1', 'rs2', 'rs3'],
  metrics: ['metrics/event1'],
  dimensions: ['variables/evar1'],
  toolProbes: 'first-suite',
  campaignEvar: undefined,
};
const suites = (n: number) => Array.from({ length: n }, (_, i) => `rs${i + 1}`);

describe('plan', () => {
  it('fits 3 suites in one rate window: discovery, the list, 2 per suite and 3 tool probes', () => {
    expect(analyticsRequestCount(base)).toBe(2 * 3 + 5);
    expect(analyticsRequestCount(base)).toBeLessThanOrEqual(12);
  });

  it('sends the most telling calls first: suites, then components, then tool probes', () => {
    const kinds = plan(base).map((call) => call.kind);
    expect(kinds[0]).toBe('suites');
    const lastComponent = Math.max(kinds.lastIndexOf('metrics'), kinds.lastIndexOf('dimensions'));
    expect(kinds.indexOf('data-warehouse')).toBeGreaterThan(lastComponent);
    expect(plan(base).filter((call) => call.rsid && call.kind === 'classifications')).toEqual([
      expect.objectContaining({ rsid: 'rs1' }),
    ]);
  });

  it('probes the tools on every suite when asked', () => {
    const every = { ...base, toolProbes: 'every-suite' as const };
    expect(analyticsRequestCount(every)).toBe(2 + 5 * 3);
  });

  it('adds one eVar call per suite after the first, whose Classifications probe answers it', () => {
    const evar = { ...base, reportSuites: suites(2), campaignEvar: 'evar11' };
    expect(analyticsRequestCount(evar)).toBe(2 * 2 + 5 + 1);
    expect(analyticsRequestCount(evar)).toBeLessThanOrEqual(12);
    expect(plan(evar).filter((call) => call.kind === 'campaign-evar')).toEqual([
      expect.objectContaining({ rsid: 'rs2' }),
    ]);
  });
});

const ok = (body: unknown): AnalyticsResult => ({ ok: true, status: 200, body });
const refused = (status: number, body: unknown): AnalyticsResult => ({
  ok: false,
  status,
  error: classifyFault(status, body),
});

/** Answers every planned call; `answer` overrides some. */
function answers(
  calls: PlannedCall[],
  answer: (call: PlannedCall) => AnalyticsResult | undefined = () => undefined,
): AnalyticsResult[] {
  return calls.map(
    (call) =>
      answer(call) ??
      (call.kind === 'suites'
        ? ok({ content: base.reportSuites.map((rsid) => ({ rsid })) })
        : call.kind === 'metrics'
          ? ok([{ id: 'metrics/event1' }])
          : call.kind === 'dimensions'
            ? ok([{ id: 'variables/evar1' }])
            : ok({ report_suite_id: call.rsid, metrics: [{ id: ['evar11'], datasets: ['d1'] }] })),
  );
}

describe('rows', () => {
  it('folds an invisible suite into one failing row, its requests still answered', () => {
    const calls = plan(base);
    const visibleOnly = (call: PlannedCall) =>
      call.kind === 'suites' ? ok([{ rsid: 'rs1' }, { rsid: 'rs3' }]) : undefined;
    const { itemRows: rows } = itemRows(base, calls, answers(calls, visibleOnly));
    const rs2 = rows.filter((row) => row.id.endsWith(':rs2'));
    expect(rs2).toEqual([expect.objectContaining({ id: 'report-suite:rs2', status: 'fail' })]);
    expect(rows.filter((row) => row.status === 'fail')).toHaveLength(1);
  });

  it('says the tools could not be proven when the probed suite is invisible, naming a visible one', () => {
    const calls = plan(base);
    const firstInvisible = (call: PlannedCall) =>
      call.kind === 'suites' ? ok([{ rsid: 'rs2' }, { rsid: 'rs3' }]) : undefined;
    const { itemRows: rows } = itemRows(base, calls, answers(calls, firstInvisible));
    const tools = rows.filter((row) => row.capability?.startsWith('Report Suite Tools'));
    expect(tools).toHaveLength(3);
    for (const row of tools) {
      expect(row.status).toBe('warn');
      expect(asAction(row.message)).toMatch(
        /could not be proven.*such as rs2 first in report-suites/,
      );
    }
  });

  it('gives a credential-wide refusal one row instead of one per item', () => {
    const calls = plan(base);
    const noProfile = refused(403, { error_code: '403025', message: 'Profile is not valid' });
    const result = itemRows(
      base,
      calls,
      answers(calls, () => noProfile),
    );
    expect(result.credentialRows.map((row) => row.id)).toEqual(['analytics-product-profile']);
    expect(result.itemRows).toEqual([]);
  });

  it('checks the campaign eVar in every visible suite, reusing the Classifications probe', () => {
    const request = { ...base, campaignEvar: 'evar11' };
    const calls = plan(request);
    const { itemRows: rows } = itemRows(request, calls, answers(calls));
    expect(rows.filter((row) => row.id.startsWith('campaign-evar:')).map((r) => r.status)).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
  });
});

describe('campaign eVar', () => {
  it('reads the datasets covering a variable, in either id form', () => {
    const body = {
      report_suite_id: 'rs1',
      metrics: [
        { id: ['evar1'], datasets: [] },
        { id: ['variables/eVar11', 'evar12'], datasets: ['d1', 'd2'] },
      ],
    };
    expect(datasetsCovering(body, 'evar11')).toEqual({ ok: true, value: ['d1', 'd2'] });
    expect(datasetsCovering(body, 'evar1')).toEqual({ ok: true, value: [] });
    expect(datasetsCovering({ rsid: 'rs1' }, 'evar1')).toEqual({
      ok: false,
      problem: 'metrics was missing, not a list',
    });
  });

  it('warns, never fails, when no classification set covers it, and says what to create', () => {
    const row = campaignEvarCheck('evar11', 'rs1', ok({ metrics: [] }));
    expect(row).toMatchObject({ status: 'warn', capability: '' });
    expect(row.message).toMatch(/Components > Classification sets/);
    expect(campaignEvarCheck('evar11', 'rs1', refused(403, {})).status).toBe('warn');
  });
});
