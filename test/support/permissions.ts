// verify: permissions end to end: a scenario for each test file, inputs that ask for two
// report suites with their metrics and dimensions, and readers of the `checks` output.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { EmulatorCredential, ProductProfile } from '../../tools/adobe-emulator/index.js';
import { type Scenario, startScenario } from './scenario.js';

export interface PermissionsSetup {
  s: Scenario;
  /** The scenario's inputs with verify: permissions, rs1prod and rs2dev, metrics, dimensions. */
  inputs: Record<string, string>;
}

/**
 * Starts a scenario before a test file's tests, resets its emulator before each and closes
 * it after; the returned function gives it to a test.
 */
export function usePermissionsSetup(): () => PermissionsSetup {
  let setup: PermissionsSetup | undefined;
  beforeAll(async () => {
    const s = await startScenario();
    setup = {
      s,
      inputs: {
        ...s.inputs,
        verify: 'permissions',
        'report-suites': 'rs1prod, rs2dev',
        metrics: 'pageviews, event1',
        dimensions: 'evar1, evar2',
      },
    };
  });
  afterAll(() => setup?.s.close());
  beforeEach(() => setup?.s.emulator.reset());
  return () => {
    if (!setup) throw new Error('the permissions setup has not started');
    return setup;
  };
}

export type CheckRow = { id: string; status: string; message: string; capability: string };

/** The rows of a run's `checks` output. */
export const rows = (outputs: Record<string, string>) =>
  JSON.parse(outputs.checks ?? '[]') as CheckRow[];
export const row = (outputs: Record<string, string>, id: string) =>
  rows(outputs).find((r) => r.id === id);
export const profileOf = (credential: EmulatorCredential) =>
  credential.analytics?.companies[0]?.profile as ProductProfile;
export const companyOf = (credential: EmulatorCredential) =>
  credential.analytics?.companies[0]?.globalCompanyId ?? '';
