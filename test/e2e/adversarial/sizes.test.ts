// Sizes: Adobe text bounded per item where it enters, an oversized answer refused whole,
// long lists named in part; the summary stays far under GitHub's 1 MiB.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checksOf, expectFailingRow, expectOwnCommandsOnly } from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

describe('sizes', () => {
  it('caps a 1 MB IMS error text in the log, the outputs and the summary', async () => {
    s.emulator.injectFault({
      path: '/ims/token/v3',
      response: {
        status: 400,
        body: { error: 'invalid_request', error_description: 'e'.repeat(1_000_000) },
      },
    });
    const run = await s.run(s.inputs);
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'ims-token', /e{500}… \(999500 more characters\)/);
    expect(run.summary.length).toBeLessThan(5_000);
    expect((run.outputs.checks ?? '').length).toBeLessThan(2_000);
    expect(run.stdout.length).toBeLessThan(20_000);
  });

  it('refuses an answer over 16 MiB whole, and still writes the summary', async () => {
    s.emulator.injectFault({
      path: /\/reportsuites\/collections\/suites$/,
      response: { status: 200, body: { content: [{ rsid: 'x'.repeat(17 * 1024 * 1024) }] } },
    });
    const run = await s.run({ ...s.inputs, verify: 'permissions' });
    expectOwnCommandsOnly(run);
    expectFailingRow(run, 'analytics-access', /got an answer larger than 16 MiB/);
  });

  it('names at most 20 of thousands of report suites', async () => {
    const content = Array.from({ length: 3000 }, (_, i) => ({ rsid: `suite${i}` }));
    s.emulator.injectFault({
      path: /\/reportsuites\/collections\/suites$/,
      response: { status: 200, body: { content } },
    });
    const run = await s.run({ ...s.inputs, verify: 'permissions' });
    expectOwnCommandsOnly(run);
    const row = checksOf(run).find((check) => check.id === 'report-suites');
    expect(row?.message).toMatch(/suite19 and 2980 more\./);
    expect(run.summary.length).toBeLessThan(10_000);
  });
});
