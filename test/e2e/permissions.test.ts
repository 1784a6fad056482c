import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatorCredential, ProductProfile } from '../../tools/adobe-emulator/index.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
let inputs: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  inputs = {
    ...s.inputs,
    verify: 'permissions',
    'report-suites': 'rs1prod, rs2dev',
    metrics: 'pageviews, event1',
    dimensions: 'evar1, evar2',
  };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

type Row = { id: string; status: string; message: string; capability: string };
const rows = (outputs: Record<string, string>) => JSON.parse(outputs.checks ?? '[]') as Row[];
const row = (outputs: Record<string, string>, id: string) => rows(outputs).find((r) => r.id === id);
const profileOf = (credential: EmulatorCredential) =>
  credential.analytics?.companies[0]?.profile as ProductProfile;
const companyOf = (credential: EmulatorCredential) =>
  credential.analytics?.companies[0]?.globalCompanyId ?? '';

// The provisioning page's product-profile list, each item with the row that reports it.
const CHECKLIST_ROWS = [
  'report-suite:rs1prod',
  'metrics:rs1prod',
  'dimensions:rs1prod',
  'report-suite-mgmt',
  'conversion-variables',
  'success-events',
  'data-warehouse:rs1prod',
  'data-sources:rs1prod',
  'classifications:rs1prod',
  'code-manager-web-services',
  'logs-web-services',
  'web-services',
  'web-service-access',
  'calculated-metric-creation',
  'segment-creation',
];

describe('verify: permissions (the default)', () => {
  it('passes a fully provisioned profile and lists every checklist item', async () => {
    const { verify: _default, ...withoutVerify } = inputs;
    const run = await s.run(withoutVerify);
    expect(run.exitCode).toBe(0);
    const ids = rows(run.outputs).map((r) => r.id);
    for (const id of CHECKLIST_ROWS) expect(ids).toContain(id);
    const statuses = Object.fromEntries(rows(run.outputs).map((r) => [r.id, r.status]));
    expect(statuses).toMatchObject({
      'analytics-identity': 'pass',
      'report-suite:rs2dev': 'pass',
      'metrics:rs2dev': 'pass',
      'dimensions:rs2dev': 'pass',
      'data-warehouse:rs1prod': 'pass',
      'data-sources:rs1prod': 'pass',
      'classifications:rs1prod': 'pass',
      'web-service-access': 'pass',
      'report-suite-mgmt': 'skip',
      'segment-creation': 'skip',
    });
    expect(rows(run.outputs).filter((r) => r.status === 'fail')).toEqual([]);
    expect(run.outputs['global-company-id']).toBe(companyOf(s.generated.credential));
  });

  it('names the Admin Console item each row proves, as a string on every entry', async () => {
    const run = await s.run(inputs);
    const capabilities = Object.fromEntries(rows(run.outputs).map((r) => [r.id, r.capability]));
    for (const entry of rows(run.outputs)) expect(typeof entry.capability).toBe('string');
    expect(capabilities).toMatchObject({
      'ims-token': '',
      'report-suite:rs1prod': 'Report Suites',
      'metrics:rs1prod': 'Metrics',
      'dimensions:rs2dev': 'Dimensions',
      'data-warehouse:rs1prod': 'Report Suite Tools > Custom Data Warehouse report',
      'classifications:rs1prod': 'Report Suite Tools > Classifications',
      'web-service-access': 'Analytics Tools > Web service access',
      'segment-creation': 'Analytics Tools > Segment creation',
    });
  });

  it('probes Report Suite Tools on the first suite by default, on each with every-suite', async () => {
    const first = await s.run(inputs);
    expect(rows(first.outputs).filter((r) => r.id.startsWith('data-sources:'))).toHaveLength(1);
    s.emulator.reset();
    const every = await s.run({ ...inputs, 'tool-probes': 'every-suite' });
    expect(every.exitCode).toBe(0);
    expect(
      rows(every.outputs)
        .filter((r) => r.id.startsWith('data-sources:'))
        .map((r) => r.id),
    ).toEqual(['data-sources:rs1prod', 'data-sources:rs2dev']);
  });

  it('needs token, discovery, then every check at once, with the documented headers', async () => {
    // Latency makes overlapping requests visible in the emulator's timings.
    s.emulator.setLatency(150);
    try {
      await s.run(inputs);
    } finally {
      s.emulator.setLatency(0);
    }
    const [token, discovery, ...checks] = s.emulator.requests;
    expect(token?.path).toBe('/ims/token/v3');
    expect(discovery?.path).toBe('/discovery/me');
    // The suite list, 2 per suite and the 3 tool probes on the first suite.
    expect(checks).toHaveLength(1 + 2 * 2 + 3);
    const lastCheckStart = Math.max(...checks.map((r) => r.startedAt));
    expect(lastCheckStart).toBeGreaterThan(discovery?.endedAt ?? Infinity);
    // All checks start before the first one ends: one round trip, not eleven.
    expect(lastCheckStart).toBeLessThan(Math.min(...checks.map((r) => r.endedAt)));
    for (const request of [discovery, ...checks]) {
      expect(request?.headers.authorization).toMatch(/^Bearer ey/);
      expect(request?.headers['x-api-key']).toBe(inputs['client-id']);
    }
  });

  it('with global-company-id, sends discovery along with the checks: one round trip fewer', async () => {
    const gcid = companyOf(s.generated.credential);
    s.emulator.setLatency(150);
    let run: Awaited<ReturnType<typeof s.run>>;
    try {
      run = await s.run({ ...inputs, 'global-company-id': gcid });
    } finally {
      s.emulator.setLatency(0);
    }
    expect(run.exitCode).toBe(0);
    const [token, ...analytics] = s.emulator.requests;
    expect(token?.path).toBe('/ims/token/v3');
    expect(analytics.map((r) => r.path)).toContain('/discovery/me');
    // Every Analytics request starts before the first one ends: a single round trip.
    expect(Math.max(...analytics.map((r) => r.startedAt))).toBeLessThan(
      Math.min(...analytics.map((r) => r.endedAt)),
    );
    expect(row(run.outputs, 'analytics-identity')?.status).toBe('pass');
    expect(run.outputs['global-company-id']).toBe(gcid);
  });

  it('still catches a wrong ims-org-id when global-company-id is given', async () => {
    const run = await s.run({
      ...inputs,
      'global-company-id': companyOf(s.generated.credential),
      'ims-org-id': 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg',
      mode: 'print',
      instances: 'prod',
    });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'analytics-identity')?.message).toMatch(
      /ims-org-id AAAA\S+ is not among the organizations/,
    );
    expect(run.outputs.command).toBeUndefined();
  });

  it('fails a report suite missing from the profile and stops print', async () => {
    const run = await s.run({
      ...inputs,
      'report-suites': 'rs1prod, rs9missing',
      mode: 'print',
      instances: 'prod',
    });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'report-suite:rs9missing')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/rs9missing is not visible .*Permissions > Report Suites/),
    });
    // Its metrics and dimensions could only fail the same way: one row, not three.
    expect(rows(run.outputs).filter((r) => r.id.endsWith(':rs9missing'))).toHaveLength(1);
    expect(rows(run.outputs).filter((r) => r.status === 'fail')).toHaveLength(1);
    expect(run.outputs.command).toBeUndefined();
  });

  it('fails a missing metric and a missing dimension, naming them and the capability', async () => {
    const run = await s.run({ ...inputs, metrics: 'event1, event9', dimensions: 'evar1, evar7' });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'metrics:rs1prod')?.message).toMatch(
      /does not expose metrics\/event9 .*Permissions > Metrics/,
    );
    expect(row(run.outputs, 'dimensions:rs2dev')?.message).toMatch(
      /variables\/evar7 .*Permissions > Dimensions/,
    );
  });

  it('fails a tool the profile does not grant', async () => {
    const variant = s.variant((credential) => {
      const tools = profileOf(credential).tools;
      if (tools) tools.dataSources = false;
    });
    const run = await s.run({ ...variant, 'report-suites': 'rs1prod' });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'data-sources:rs1prod')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        /No access to Data sources manager on rs1prod .*insufficient_access.*Data sources manager/,
      ),
    });
    expect(row(run.outputs, 'classifications:rs1prod')?.status).toBe('pass');
  });

  it('explains a technical account without an Analytics product profile', async () => {
    const variant = s.variant((credential) => {
      credential.analytics = null;
    });
    const run = await s.run(variant);
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'analytics-product-profile')?.message).toMatch(
      /no Adobe Analytics product profile: add it in Admin Console > Adobe Analytics > .*API credentials .*403025/,
    );
    expect(run.stdout).toMatch(
      /::error::Analytics refused every call because the technical account has no Adobe Analytics product profile/,
    );
  });

  it('fails when ims-org-id is not the org Analytics knows for the account', async () => {
    const run = await s.run({ ...inputs, 'ims-org-id': 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg' });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'analytics-identity')?.message).toMatch(
      /ims-org-id AAAA\S+ is not among the organizations/,
    );
  });

  it('asks for global-company-id when the org has several companies, and uses the one given', async () => {
    const variant = s.variant((credential) => {
      const first = credential.analytics?.companies[0];
      if (first)
        credential.analytics?.companies.push({
          ...first,
          globalCompanyId: 'othercorp1',
          companyName: 'Other',
        });
    });
    const ambiguous = await s.run(variant);
    expect(ambiguous.exitCode).toBe(1);
    expect(row(ambiguous.outputs, 'analytics-identity')?.message).toMatch(
      /several Analytics companies: set global-company-id to one of acme\w+ \(Acme Corp\), othercorp1 \(Other\)/,
    );
    s.emulator.reset();
    const chosen = await s.run({
      ...variant,
      'global-company-id': 'othercorp1',
      'technical-account-id': '',
    });
    expect(chosen.exitCode).toBe(0);
    expect(chosen.outputs['global-company-id']).toBe('othercorp1');
  });

  it('without report-suites lists what is visible and warns when nothing is', async () => {
    const run = await s.run(s.inputs.verify ? { ...s.inputs, verify: 'permissions' } : s.inputs);
    expect(row(run.outputs, 'report-suites')).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/rs1prod, rs2dev/),
    });
    expect(row(run.outputs, 'report-suite-tools')?.status).toBe('skip');
    const empty = s.variant((credential) => {
      profileOf(credential).reportSuites = {};
    });
    const nothing = await s.run(empty);
    expect(nothing.exitCode).toBe(0);
    expect(row(nothing.outputs, 'report-suites')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(/sees no report suite/),
    });
  });

  it('backs off on 429050 and still completes', async () => {
    s.emulator.injectFault({
      path: /\/metrics$/,
      times: 2,
      response: { status: 429, body: { error_code: '429050', message: 'Too many requests' } },
    });
    const run = await s.run(inputs);
    expect(run.exitCode).toBe(0);
    expect(s.emulator.requests.filter((r) => r.status === 429)).toHaveLength(2);
    expect(run.stdout).toMatch(/attempt 1 of 4 got HTTP 429; retrying in/);
  });
});

describe('report suite list shapes', () => {
  it('accepts the documented plain array as well as the paged object', async () => {
    const arrayShaped = await startScenario({ reportSuitesShape: 'array' });
    try {
      const run = await arrayShaped.run({
        ...arrayShaped.inputs,
        verify: 'permissions',
        'report-suites': 'rs1prod',
      });
      expect(run.exitCode).toBe(0);
      expect(row(run.outputs, 'report-suite:rs1prod')?.status).toBe('pass');
    } finally {
      await arrayShaped.close();
    }
  });
});

describe("Analytics' documented rate limit (12 requests per 6 s per user)", () => {
  it('fits 3 suites in one window, and paces 17 requests of every-suite probes, none refused', async () => {
    const limited = await startScenario({ rateLimit: { requests: 12, windowMs: 6_000 } });
    try {
      const suites =
        limited.generated.credential.analytics?.companies[0]?.profile?.reportSuites ?? {};
      suites.rs3qa = structuredClone(suites.rs1prod ?? { metrics: [], dimensions: [] });
      const threeSuites = {
        ...limited.inputs,
        verify: 'permissions',
        'report-suites': 'rs1prod, rs2dev, rs3qa',
        metrics: 'pageviews',
        dimensions: 'evar1',
      };
      const analytics = () => limited.emulator.requests.filter((r) => !r.path.startsWith('/ims/'));
      const fits = await limited.run(threeSuites);
      expect(fits.exitCode).toBe(0);
      expect(analytics()).toHaveLength(11);
      limited.emulator.reset();
      const paced = await limited.run({ ...threeSuites, 'tool-probes': 'every-suite' });
      expect(paced.exitCode).toBe(0);
      expect(analytics()).toHaveLength(17);
      expect(analytics().filter((r) => r.status === 429)).toEqual([]);
    } finally {
      await limited.close();
    }
  });
});

describe('campaign-evar: readiness for Campaign 7.4.4 and later', () => {
  it('passes where a classification set covers the eVar and warns, without failing, where none does', async () => {
    const variant = s.variant((credential) => {
      const suites = profileOf(credential).reportSuites;
      if (suites.rs2dev) suites.rs2dev.classificationSets = {};
    });
    const run = await s.run({
      ...variant,
      verify: 'permissions',
      'report-suites': 'rs1prod, rs2dev',
      'campaign-evar': 'eVar1',
    });
    expect(run.exitCode).toBe(0);
    expect(row(run.outputs, 'campaign-evar:rs1prod')?.status).toBe('pass');
    expect(row(run.outputs, 'campaign-evar:rs2dev')).toMatchObject({
      status: 'warn',
      message: expect.stringMatching(
        /No classification set covers evar1 in rs2dev.*Components > Classification sets/,
      ),
    });
    // rs1prod's eVar check reads its Classifications probe; rs2dev needs one more call.
    const classification = s.emulator.requests.filter((r) =>
      r.path.includes('/compatibilityMetrics/'),
    );
    expect(classification.map((r) => r.path.split('/').pop())).toEqual(['rs1prod', 'rs2dev']);
    expect(run.summary).toMatch(/Campaign eVar \|/);
  });
});
