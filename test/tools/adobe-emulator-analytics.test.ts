// Contract of the emulator's Analytics 2.0 API: discovery, users/me, report suites, metrics,
// dimensions, the tool probes, and unknown routes and methods.
import { describe, expect, it } from 'vitest';
import { generateCredential, startEmulator } from '../../tools/adobe-emulator/index.js';
import { type Json, useAdobeEmulator } from '../support/emulator-client.js';

const { emulator, cred, gcid, authed } = useAdobeEmulator();

describe('Analytics 2.0', () => {
  it('describes the technical account in discovery', async () => {
    expect(await authed('/discovery/me')).toEqual({
      status: 200,
      body: {
        imsUserId: cred.technicalAccountId,
        imsOrgs: [
          {
            imsOrgId: cred.orgId,
            companies: [
              {
                globalCompanyId: gcid,
                companyName: 'Acme Corp',
                apiRateLimitPolicy: 'aa_api_tier10_tp',
              },
            ],
          },
        ],
      },
    });
  });

  it('refuses a company the account does not belong to', async () => {
    const { status, body } = await authed('/api/othercorp/users/me');
    expect(status).toBe(403);
    expect(body).toMatchObject({ errorCode: 'unauthorized' });
    expect((body as Json).errorId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists only report suites in the profile, filtered by rsids', async () => {
    const { status, body } = await authed(
      `/api/${gcid}/reportsuites/collections/suites?rsids=rs2dev,rsunknown`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      content: [{ collectionItemType: 'reportsuite', rsid: 'rs2dev', name: 'Development' }],
      totalElements: 1,
      totalPages: 1,
      number: 0,
      size: 10,
      numberOfElements: 1,
      firstPage: true,
      lastPage: true,
    });
  });

  it('pages report suites with limit and 0-based page', async () => {
    const { body } = await authed(`/api/${gcid}/reportsuites/collections/suites?limit=1&page=1`);
    expect(body).toMatchObject({
      content: [{ rsid: 'rs2dev' }],
      totalElements: 2,
      totalPages: 2,
      number: 1,
      size: 1,
      firstPage: false,
      lastPage: true,
    });
  });

  it('returns a plain array in the documented array shape', async () => {
    const arrayEmu = await startEmulator({ credentials: [cred], reportSuitesShape: 'array' });
    try {
      const { body } = await authed(`/api/${gcid}/reportsuites/collections/suites`, cred, arrayEmu);
      expect(body).toEqual([
        { collectionItemType: 'reportsuite', rsid: 'rs1prod', name: 'Production' },
        { collectionItemType: 'reportsuite', rsid: 'rs2dev', name: 'Development' },
      ]);
    } finally {
      await arrayEmu.close();
    }
  });

  it('lists granted metrics and dimensions only', async () => {
    const metrics = await authed(`/api/${gcid}/metrics?rsid=rs1prod&expansion=allowedForReporting`);
    expect(metrics.status).toBe(200);
    expect((metrics.body as Json[]).map((m) => m.id)).toEqual([
      'metrics/pageviews',
      'metrics/visits',
      'metrics/event1',
    ]);
    expect((metrics.body as Json[])[0]).toMatchObject({
      allowedForReporting: true,
      title: 'Page Views',
    });
    const dimensions = await authed(`/api/${gcid}/dimensions?rsid=rs2dev`);
    expect((dimensions.body as Json[]).map((d) => d.id)).toContain('variables/evar2');
  });

  it('rejects metrics without rsid (400) and for a suite outside the profile (403)', async () => {
    const noRsid = await authed(`/api/${gcid}/metrics`);
    expect(noRsid.status).toBe(400);
    const outside = await authed(`/api/${gcid}/dimensions?rsid=rsother`);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ errorCode: 'insufficient_access' });
  });

  it('answers the tool probes when the tools are granted', async () => {
    const warehouse = await authed(`/api/${gcid}/data_warehouse/scheduled?rsid=rs1prod`);
    expect(warehouse).toMatchObject({ status: 200, body: { content: [], totalElements: 0 } });
    expect(await authed(`/api/${gcid}/datasources/account/rs1prod`)).toEqual({
      status: 200,
      body: [],
    });
    // ReportSuiteCompatibilityMetric, as the Classifications API reference defines it.
    const compatibility = await authed(
      `/api/${gcid}/classifications/datasets/compatibilityMetrics/rs2dev`,
    );
    expect(compatibility).toMatchObject({
      status: 200,
      body: {
        report_suite_id: 'rs2dev',
        metrics: expect.arrayContaining([
          { id: ['evar1'], datasets: [expect.any(String)] },
          { id: ['evar2'], datasets: [] },
        ]),
      },
    });
  });

  it('denies tool probes for ungranted tools and suites, and in a company without profile', async () => {
    const limited = generateCredential();
    const company = limited.credential.analytics?.companies[0];
    if (!company?.profile) throw new Error('generated credential lacks a profile');
    company.profile.tools = { dataWarehouse: true };
    limited.credential.analytics?.companies.push({ globalCompanyId: 'bare', companyName: 'Bare' });
    emulator().addCredential(limited.credential);
    const id = company.globalCompanyId;

    const paths = [
      `/api/${id}/datasources/account/rs1prod`,
      `/api/${id}/classifications/datasets/compatibilityMetrics/rs1prod`,
      `/api/${id}/data_warehouse/scheduled?rsid=rsother`,
      '/api/bare/data_warehouse/scheduled?rsid=rs1prod',
      '/api/bare/metrics?rsid=rs1prod',
    ];
    for (const path of paths) {
      const { status, body } = await authed(path, limited.credential);
      expect([path, status, (body as Json).errorCode]).toEqual([path, 403, 'insufficient_access']);
    }
    const bareSuites = await authed(
      '/api/bare/reportsuites/collections/suites',
      limited.credential,
    );
    expect(bareSuites.body).toMatchObject({ content: [], totalElements: 0 });
  });

  it('describes the technical account in users/me', async () => {
    const { status, body } = await authed(`/api/${gcid}/users/me`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      login: cred.technicalAccountId,
      imsUserId: cred.technicalAccountId,
    });
    expect(Number.isInteger((body as Json).companyId)).toBe(true);
  });

  it('answers 404 for unknown routes and 405 for other methods', async () => {
    const missing = await fetch(`${emulator().url}/api/${gcid}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    expect((await fetch(`${emulator().url}/ims/token/v3`)).status).toBe(405);
    expect((await fetch(`${emulator().url}/discovery/me`, { method: 'DELETE' })).status).toBe(405);
  });
});
