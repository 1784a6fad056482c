// verify: permissions where the profile falls short: a missing report suite, component or tool,
// no Analytics product profile, the wrong org, several companies, no suite visible, and
// Analytics' 429 backed off.
import { describe, expect, it } from 'vitest';
import { profileOf, row, rows, usePermissionsSetup } from '../support/permissions.js';

const setup = usePermissionsSetup();

describe('verify: permissions (the default)', () => {
  it('fails a report suite missing from the profile and stops print', async () => {
    const { s, inputs } = setup();
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
    const { s, inputs } = setup();
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
    const { s } = setup();
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
    const { s } = setup();
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
    const { s, inputs } = setup();
    const run = await s.run({ ...inputs, 'ims-org-id': 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg' });
    expect(run.exitCode).toBe(1);
    expect(row(run.outputs, 'analytics-identity')?.message).toMatch(
      /ims-org-id AAAA\S+ is not among the organizations/,
    );
  });

  it('asks for global-company-id when the org has several companies, and uses the one given', async () => {
    const { s } = setup();
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
    const { s } = setup();
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
    const { s, inputs } = setup();
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
