// How the permission checks are asked for: the Analytics company chosen from discovery, the
// pool that bounds requests in flight, and the budget that paces them to Adobe's rate limit.
import { describe, expect, it } from 'vitest';
import { RequestBudget, runPool } from '../../src/adobe/analytics/budget.js';
import { selectCompany } from '../../src/adobe/analytics/discovery.js';
import type { PermissionRequest } from '../../src/adobe/analytics/plan.js';
import { asAction } from '../support/inputs.js';

const request: PermissionRequest = {
  orgId: 'E3761E2A657833C40A495CAC@AdobeOrg',
  technicalAccountId: '2B413E7C5BE4905E0A495E88@techacct.adobe.com',
  globalCompanyId: undefined,
  reportSuites: [],
  metrics: [],
  dimensions: [],
  toolProbes: 'first-suite',
  campaignEvar: undefined,
};
const discovery = (
  companies: string[],
  org = request.orgId,
  user = request.technicalAccountId,
) => ({
  imsUserId: user,
  imsOrgs: [
    {
      imsOrgId: org,
      companies: companies.map((id) => ({ globalCompanyId: id, companyName: id.toUpperCase() })),
    },
  ],
});

describe('selectCompany', () => {
  it("uses the org's only company", () => {
    expect(selectCompany(discovery(['acme']), request)).toMatchObject({
      companyId: 'acme',
      check: { status: 'pass' },
    });
  });
  it('lists the companies when there are several and none is given', () => {
    expect(asAction(selectCompany(discovery(['a1', 'b2']), request).check.message)).toMatch(
      /set global-company-id to one of a1 \(A1\), b2 \(B2\)/,
    );
  });
  it('checks a given company exists', () => {
    expect(
      asAction(
        selectCompany(discovery(['a1']), { ...request, globalCompanyId: 'zz' }).check.message,
      ),
    ).toMatch(/global-company-id zz is not a company/);
    expect(
      selectCompany(discovery(['a1', 'b2']), { ...request, globalCompanyId: 'b2' }).companyId,
    ).toBe('b2');
  });
  it('fails on another org or another technical account', () => {
    expect(
      selectCompany(discovery(['a1'], 'OTHER000000000000000000@AdobeOrg'), request).check.status,
    ).toBe('fail');
    expect(
      selectCompany(discovery(['a1'], request.orgId, 'X@techacct.adobe.com'), request).check
        .message,
    ).toMatch(/does not match the account Analytics sees/);
  });
  it('fails when the org has no company for the account, or one without an id', () => {
    expect(selectCompany(discovery([]), request).check.status).toBe('fail');
    expect(selectCompany(discovery(['']), request).check.status).toBe('fail');
  });
});

describe('runPool', () => {
  it('keeps order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const tasks = Array.from({ length: 20 }, (_, i) => async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return i;
    });
    expect(await runPool(tasks, 6)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(6);
  });
});

describe('RequestBudget: pacing to 12 requests per 6 s', () => {
  it('lets 12 start at once and holds the 13th until the first leaves the window', async () => {
    let now = 1_000;
    const waits: number[] = [];
    const budget = new RequestBudget(
      12,
      6_000,
      100_000,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 12; i++) await budget.acquire();
    expect(waits).toEqual([]);
    now += 1_000;
    await budget.acquire();
    expect(waits).toEqual([5_000]);
  });

  it('refuses to wait past the deadline', async () => {
    const budget = new RequestBudget(
      1,
      6_000,
      3_000,
      () => 0,
      async () => {},
    );
    await budget.acquire();
    const refusal = await budget.acquire().catch((error: Error) => asAction(error.message));
    expect(refusal).toMatch(/would outlast timeout-seconds: raise timeout-seconds/);
  });
});
