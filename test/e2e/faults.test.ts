import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../tools/adobe-emulator/index.js';
import { FAULT_SCENARIOS, runFaultScenario } from '../support/fault-scenarios.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());

describe('transient and permanent faults', () => {
  it.each(FAULT_SCENARIOS.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (_name, scenario) => {
      const { run, attempts, seconds } = await runFaultScenario(s, scenario);
      expect(run.exitCode).toBe(scenario.expected.exitCode);
      expect(attempts).toBe(scenario.expected.attempts);
      if (scenario.expected.log) expect(run.stdout).toMatch(scenario.expected.log);
      if (scenario.expected.minSeconds)
        expect(seconds).toBeGreaterThanOrEqual(scenario.expected.minSeconds);
      // Never past timeout-seconds (plus process start and the post step).
      const limit = Number(scenario.inputs?.['timeout-seconds'] ?? 15);
      expect(seconds).toBeLessThan(limit + 3);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
  );
});

describe('what a failed Analytics call still leaves behind', () => {
  it('writes the checks output and the summary even when Analytics never answers', async () => {
    const hang = FAULT_SCENARIOS.find((scenario) => scenario.name.startsWith('hang: Analytics'));
    if (!hang) throw new Error('scenario missing');
    const { run } = await runFaultScenario(s, hang);
    const checks = JSON.parse(run.outputs.checks ?? '[]') as { id: string; status: string }[];
    expect(checks).toContainEqual(
      expect.objectContaining({ id: 'analytics-access', status: 'fail' }),
    );
    expect(checks).toContainEqual(
      expect.objectContaining({ id: 'report-suite:rs1prod', status: 'pass' }),
    );
    expect(run.summary).toContain('| ❌ | analytics-access |');
  });
});

describe('redirects', () => {
  it('are not followed, so the secret never reaches another host', async () => {
    const elsewhere = await startEmulator();
    try {
      s.emulator.reset();
      s.emulator.injectFault({
        path: '/ims/token/v3',
        response: { status: 307, headers: { location: `${elsewhere.url}/ims/token/v3` } },
      });
      const run = await s.run(s.inputs);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/::error::Adobe IMS refused the token request \(HTTP 307\)/);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});
