import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
