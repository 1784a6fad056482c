// What the permission checks conclude from Analytics' answers: Adobe's two error envelopes
// classified, and the rows for report suites, components and Report Suite Tools.
import { describe, expect, it } from 'vitest';
import { readReportSuiteIds } from '../../src/adobe/analytics/answers.js';
import { type AnalyticsResult, classifyFault } from '../../src/adobe/analytics/api.js';
import { TOOL_PROBES } from '../../src/adobe/analytics/capabilities.js';
import {
  componentsCheck,
  credentialFaultCheck,
  suiteCheck,
  toolCheck,
  visibleSuitesCheck,
} from '../../src/adobe/analytics/verdicts.js';
import { CLI_NAMING } from '../../src/cli/options.js';
import { renderInputRefs } from '../../src/common/input-ref.js';

const refused = (status: number, body: unknown): AnalyticsResult => ({
  ok: false,
  status,
  error: classifyFault(status, body),
});
const answered = (body: unknown): AnalyticsResult => ({ ok: true, status: 200, body });

describe('classifyFault: both error envelopes', () => {
  it.each([
    [403, { error_code: '403025', message: 'Profile is not valid' }, 'no-profile'],
    [401, { error_code: '401013', message: 'Oauth token is not valid' }, 'token'],
    [401, { error_code: '403010', message: 'Oauth token is missing' }, 'token'],
    [
      401,
      {
        errorCode: 'invalid_token',
        errorDescription: 'IMS token failed IMS Facade token validation',
      },
      'token',
    ],
    [403, { error_code: '403003', message: 'Api Key is invalid' }, 'api-key'],
    [429, { error_code: '429050', message: 'Too many requests' }, 'rate-limited'],
    [
      403,
      { errorCode: 'insufficient_access', errorDescription: 'No access', errorId: 'x' },
      'denied',
    ],
    [400, { errorCode: 'invalid_metric_access', errorDescription: 'x' }, 'denied'],
    [500, { error_code: '500701', message: 'GRM internal server error' }, 'other'],
    [401, {}, 'token'],
    [404, 'not json', 'other'],
  ])('HTTP %i %j → %s', (status, body, kind) => {
    expect(classifyFault(status, body).kind).toBe(kind);
  });

  it("quotes Adobe's words", () => {
    expect(classifyFault(403, { error_code: '403025', message: 'Profile is not valid' }).seen).toBe(
      'HTTP 403 error_code 403025 "Profile is not valid"',
    );
  });

  it('turns credential-wide refusals into one actionable row', () => {
    const row = credentialFaultCheck(
      classifyFault(403, { error_code: '403025', message: 'Profile is not valid' }),
    );
    expect(row?.message).toMatch(/no Adobe Analytics product profile: add it in Admin Console/);
    expect(
      credentialFaultCheck(classifyFault(403, { errorCode: 'insufficient_access' })),
    ).toBeUndefined();
  });
});

describe('rows from API results', () => {
  it('reads report suites from the documented array and the live paged object', () => {
    const raw = (body: unknown) => {
      const read = readReportSuiteIds(body);
      return read.ok ? read.value.map((suite) => suite.raw) : read.problem;
    };
    expect(raw([{ rsid: 'a' }, { rsid: 'b' }])).toEqual(['a', 'b']);
    expect(raw({ content: [{ rsid: 'a' }], totalPages: 1 })).toEqual(['a']);
    // A shape that does not fit is said, not read as "no suite".
    expect(raw({ unexpected: true })).toBe('content was missing, not a list');
    expect(raw({ content: [{ rsid: 5 }] })).toBe('content[0].rsid was the number 5, not a string');
  });

  it('gives an invisible suite one failing row naming what to add, and lists what is visible', () => {
    expect(suiteCheck('c', false)).toMatchObject({
      id: 'report-suite:c',
      status: 'fail',
      capability: 'Report Suites',
      message: expect.stringMatching(/Report suite c is not visible/),
      fix: { place: 'Report Suites', items: ['c'] },
    });
    expect(suiteCheck('a', true).status).toBe('pass');
    expect(visibleSuitesCheck(answered([])).status).toBe('warn');
    expect(visibleSuitesCheck(answered({ content: [{ rsid: 'a' }] })).message).toMatch(
      /Visible report suites: a\./,
    );
    // A refused list, and one in a shape nobody documents, each say so in one row; the
    // misfit names the endpoint input, for each front door to render in its own words.
    expect(visibleSuitesCheck(refused(403, {}))).toMatchObject({
      id: 'report-suites',
      status: 'fail',
      capability: 'Report Suites',
    });
    const misfit = visibleSuitesCheck(answered({ suites: 'none' }));
    expect(misfit.status).toBe('fail');
    expect(renderInputRefs(misfit.message, CLI_NAMING)).toContain(
      'Check that --analytics-endpoint is the Adobe Analytics 2.0 API',
    );
  });

  it('names missing components and the capability', () => {
    const row = componentsCheck(
      'metrics',
      'rs1',
      ['metrics/event1', 'metrics/event2'],
      answered([{ id: 'metrics/event1' }]),
    );
    expect(row).toMatchObject({
      id: 'metrics:rs1',
      status: 'fail',
      capability: 'Metrics',
      message: expect.stringMatching(/metrics\/event2 .*Permissions > Metrics/),
      fix: { place: 'Metrics', items: ['metrics/event2'] },
    });
  });

  it('does not count a component that is not allowed for reporting', () => {
    const body = [{ id: 'variables/evar1', allowedForReporting: false }, { id: 'variables/evar2' }];
    expect(componentsCheck('dimensions', 'rs1', ['variables/evar1'], answered(body)).status).toBe(
      'fail',
    );
    expect(componentsCheck('dimensions', 'rs1', ['variables/evar2'], answered(body)).status).toBe(
      'pass',
    );
  });

  it('fails a documented denial and only warns on an undocumented answer', () => {
    const tool = TOOL_PROBES.find((probe) => probe.key === 'data-sources');
    if (!tool) throw new Error('no data-sources probe');
    expect(
      toolCheck(tool, 'rs1', refused(403, { errorCode: 'insufficient_access' })),
    ).toMatchObject({
      status: 'fail',
      capability: 'Report Suite Tools > Data sources manager',
      fix: { place: 'Report Suite Tools', items: ['Data sources manager'] },
    });
    const odd = toolCheck(
      tool,
      'rs1',
      refused(404, { errorCode: 'not_found', errorDescription: 'nope' }),
    );
    expect(odd).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/answered HTTP 404 errorCode not_found "nope"/),
    });
    expect(toolCheck(tool, 'rs1', answered([])).status).toBe('pass');
  });
});
