// Start-up figures, never a timed test: the action stopping on a bad input against a
// minimal ncc bundle of @actions/core, and the CLI stopping on a usage error against a
// bare `node -e 0`. The pairs are timed interleaved, so drift hits both alike.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ENTRY, NODE, ROOT } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';

const RUNS = 25;
const BAD_INPUT = { INPUT_MODE: 'deploy', 'INPUT_IMS-ORG-ID': 'nope' };

function timeOnce(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  spawnSync(NODE, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function comparePair(subject: () => number, yardstick: () => number) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(subject());
    b.push(yardstick());
  }
  return { subjectMs: median(a), yardstickMs: median(b), ratio: median(a) / median(b) };
}

function bundleMinimalAction(): string {
  const out = makeTempDir('bench-minimal-action');
  const build = spawnSync(
    join(ROOT, 'node_modules/.bin/ncc'),
    ['build', 'scripts/bench/minimal-action.ts', '-o', out, '--target', 'es2022', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('could not bundle the minimal action');
  return join(out, 'index.js');
}

export function startupFigures() {
  const node = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const minimal = bundleMinimalAction();
  const action = comparePair(
    () => timeOnce([join(ROOT, ENTRY.main)], BAD_INPUT),
    () => timeOnce([minimal], BAD_INPUT),
  );
  const cli = comparePair(
    () => timeOnce([join(ROOT, ENTRY.cli), 'validate', '--no-such-flag'], {}),
    () => timeOnce(['-e', '0'], {}),
  );
  return { node, runs: RUNS, action, cli };
}
