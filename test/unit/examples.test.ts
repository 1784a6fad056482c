// The workflows the docs show are real: every step that uses the action names only inputs
// action.yml declares, and the fleet example has what docs/fleet.md promises.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../tools/runner.js';

/** A GitHub expression as workflows write it. */
const expr = (name: string) => `\${{ ${name} }}`;
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const inputs = Object.keys((parse(read('action.yml')) as { inputs: object }).inputs);

/** Every `with:` of a step that uses this action, anywhere in a parsed document. */
function actionSteps(node: unknown, found: Record<string, unknown>[] = []) {
  if (Array.isArray(node)) for (const item of node) actionSteps(item, found);
  else if (node && typeof node === 'object') {
    const step = node as { uses?: unknown; with?: Record<string, unknown> };
    if (typeof step.uses === 'string' && /campaign-analytics-credentials@|^\.\/?$/.test(step.uses))
      found.push(step.with ?? {});
    for (const value of Object.values(node)) actionSteps(value, found);
  }
  return found;
}

const documents: [string, unknown][] = [
  ...readdirSync(join(ROOT, 'docs/examples')).map(
    (file) => [`docs/examples/${file}`, parse(read(`docs/examples/${file}`))] as [string, unknown],
  ),
  ...readdirSync(join(ROOT, '.github/workflows')).map(
    (file) =>
      [`.github/workflows/${file}`, parse(read(`.github/workflows/${file}`))] as [string, unknown],
  ),
  ...['README.md', 'docs/fleet.md'].flatMap((file) =>
    [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      (block, i) => [`${file} block ${i + 1}`, parse(block[1] as string)] as [string, unknown],
    ),
  ),
];

describe('documented workflows', () => {
  it('use only inputs that action.yml declares', () => {
    const steps = documents.flatMap(([where, doc]) =>
      actionSteps(doc).map((w) => [where, w] as const),
    );
    expect(steps.length).toBeGreaterThan(5);
    for (const [where, withInputs] of steps)
      for (const name of Object.keys(withInputs))
        expect([where, inputs.includes(name)]).toEqual([where, true]);
  });

  it('fleet: a matrix validates each org; apply runs one job per server on its runner, protected and serialised', () => {
    const fleet = parse(read('docs/examples/fleet.yml')) as {
      on: { schedule: unknown[]; workflow_dispatch: unknown };
      jobs: Record<
        string,
        {
          strategy: { matrix: Record<string, unknown> };
          'runs-on': string | string[];
          environment: string;
          concurrency: { group: string; 'cancel-in-progress': boolean };
        }
      >;
    };
    expect(fleet.on.schedule.length).toBeGreaterThan(0);
    const { validate, apply } = fleet.jobs;
    expect(validate?.strategy.matrix.org).toEqual(expect.arrayContaining(['emea', 'americas']));
    expect(validate?.environment).toContain(expr('matrix.org'));
    expect(validate?.concurrency.group).toContain(expr('matrix.org'));
    const servers = apply?.strategy.matrix.include as { server: string }[];
    expect(new Set(servers.map((s) => s.server)).size).toBe(servers.length);
    expect(apply?.['runs-on']).toEqual(['self-hosted', 'campaign', expr('matrix.server')]);
    expect(apply?.environment).toContain(expr('matrix.org'));
    expect(apply?.concurrency).toEqual({
      group: `campaign-apply-${expr('matrix.server')}`,
      'cancel-in-progress': false,
    });
    expect(actionSteps(apply)[0]).toMatchObject({
      mode: 'apply',
      instances: expr('matrix.instances'),
    });
  });
});
