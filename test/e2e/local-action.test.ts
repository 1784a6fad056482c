// The action under GitHub's own local runner, @github/local-action, as a developer would
// debug it: `local-action run . src/main.ts .env`, which swaps in its own @actions/core.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';
import { type Scenario, secretForms, startScenario } from '../support/scenario.js';

const LOCAL_ACTION = join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());

function localAction(inputs: Record<string, string>): Promise<{ code: number; output: string }> {
  const envFile = join(makeTempDir('local-action'), '.env');
  const lines = Object.entries(inputs).map(
    ([name, value]) => `INPUT_${name.toUpperCase()}=${value}`,
  );
  writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOCAL_ACTION, 'run', '.', 'src/main.ts', envFile], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** The value local-action printed for an output (its ::set-output debug line). */
function outputValue(output: string, name: string): string | undefined {
  return new RegExp(`^::set-output name=${name}::(.*)$`, 'm').exec(output)?.[1];
}

describe('@github/local-action', () => {
  it('runs an OAuth validate that passes: inputs read, outputs set, secrets never shown', async () => {
    const inputs = { ...s.inputs, verify: 'permissions', 'report-suites': 'rs1prod' };
    const { code, output } = await localAction(inputs);
    expect(code).toBe(0);
    // It read action.yml: every input and output is listed in its metadata tables.
    expect(output).toContain("'client-secret'");
    expect(output).toContain("'token-expires-at'");
    expect(output).toContain('Running Action');
    const checks = JSON.parse(outputValue(output, 'checks') ?? '[]') as { status: string }[];
    expect(checks.length).toBeGreaterThan(5);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(outputValue(output, 'token-expires-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(output).not.toMatch(/^::error::/m);
    for (const form of secretForms(s.generated, s.emulator)) expect(output).not.toContain(form);
  }, 60_000);

  it('reports a failing run: the error annotation, a failing check, no command', async () => {
    const inputs = { ...s.inputs, 'client-secret': 'p8e-NotTheRightSecretAtAll12345678' };
    const { output } = await localAction(inputs);
    expect(output).toMatch(/^::error::client-secret is not valid for client-id/m);
    const checks = JSON.parse(outputValue(output, 'checks') ?? '[]') as { id: string }[];
    expect(checks).toContainEqual(expect.objectContaining({ id: 'ims-token', status: 'fail' }));
    expect(outputValue(output, 'command')).toBeUndefined();
    expect(output).not.toContain('p8e-NotTheRightSecretAtAll12345678');
  }, 60_000);
});
