// verify: permissions around the report suites: both documented shapes of the suite list,
// Analytics' rate limit on many suites, and campaign-evar's classification-set readiness.
import { describe, expect, it } from 'vitest';
import { profileOf, row, usePermissionsSetup } from '../support/permissions.js';
import { startScenario } from '../support/scenario.js';

const setup = usePermissionsSetup();

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
    const { s } = setup();
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
