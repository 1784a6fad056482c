// verify: permissions on a fully provisioned profile: every checklist row and the Admin
// Console item it proves, which Report Suite Tools are probed, and how few round trips it takes
// (global-company-id saves discovery's).
import { describe, expect, it } from 'vitest';
import { companyOf, row, rows, usePermissionsSetup } from '../support/permissions.js';

const setup = usePermissionsSetup();

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
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
});
