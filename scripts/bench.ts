// Speed and size figures (never a timed test): round trips of a full permission check
// against the emulator with injected latency, start-up cost of a run that stops on a bad
// input versus a bare `node -e 0`, and the bundle's size.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { credentialInputs } from '../test/support/scenario.js';
import {
  generateCredential,
  type RecordedRequest,
  startEmulator,
} from '../tools/adobe-emulator/index.js';
import { NODE, ROOT, runAction } from '../tools/runner.js';

const LATENCY_MS = 200;

/** The longest chain of requests where each starts only after the previous one ended. */
export function sequentialRoundTrips(requests: RecordedRequest[]): number {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const chain: number[] = [];
  sorted.forEach((request, i) => {
    let longest = 0;
    for (let j = 0; j < i; j++) {
      const before = sorted[j] as RecordedRequest;
      if (before.endedAt <= request.startedAt) longest = Math.max(longest, chain[j] ?? 0);
    }
    chain.push(longest + 1);
  });
  return Math.max(0, ...chain);
}

async function permissionFigures(rateLimited: boolean) {
  const emulator = await startEmulator({
    latencyMs: LATENCY_MS,
    rateLimit: rateLimited ? { requests: 12, windowMs: 6000 } : null,
  });
  const generated = generateCredential();
  const { credential } = generated;
  const company = credential.analytics?.companies[0];
  const suites = company?.profile?.reportSuites;
  if (suites?.rs1prod) suites.rs3qa = structuredClone(suites.rs1prod);
  emulator.addCredential(credential);
  const inputs = {
    ...credentialInputs(generated, emulator),
    'report-suites': 'rs1prod, rs2dev, rs3qa',
    metrics: 'pageviews, event1',
    dimensions: 'evar1, evar2',
  };
  const rows = [];
  for (const [label, extra] of [
    ['full check, 3 suites x (2 metrics + 2 dimensions)', {}],
    ['same, global-company-id given', { 'global-company-id': company?.globalCompanyId ?? '' }],
    ['same, 2 report suites', { 'report-suites': 'rs1prod, rs2dev' }],
    [
      'same, 2 report suites, global-company-id given',
      { 'report-suites': 'rs1prod, rs2dev', 'global-company-id': company?.globalCompanyId ?? '' },
    ],
  ] as const) {
    emulator.reset();
    const started = performance.now();
    const run = await runAction({ ...inputs, ...extra }, { skipPost: true });
    const wall = performance.now() - started;
    if (run.exitCode !== 0) throw new Error(`${label}: the action failed:\n${run.stdout}`);
    const first = Math.min(...emulator.requests.map((r) => r.startedAt));
    const last = Math.max(...emulator.requests.map((r) => r.endedAt));
    rows.push({
      scenario: label,
      '429 answers': emulator.requests.filter((r) => r.status === 429).length,
      'sequential round trips': sequentialRoundTrips(emulator.requests),
      requests: emulator.requests.length,
      'Adobe time / latency': ((last - first) / LATENCY_MS).toFixed(1),
      'step wall time / latency': (wall / LATENCY_MS).toFixed(1),
    });
  }
  await emulator.close();
  return rows;
}

function medianMs(command: string[], env: Record<string, string>, runs = 25): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    spawnSync(command[0] as string, command.slice(1), {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore',
    });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function startupFigures() {
  const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const bare = medianMs([NODE, '-e', '0'], {});
  const badInput = medianMs([NODE, join(ROOT, 'dist/index.js')], {
    INPUT_MODE: 'deploy',
    'INPUT_IMS-ORG-ID': 'nope',
  });
  return { node: version, bareMs: bare, badInputMs: badInput, ratio: badInput / bare };
}

function bundleFigures() {
  const dist = join(ROOT, 'dist');
  const files = readdirSync(dist).filter((file) => file.endsWith('.js'));
  const sizes = Object.fromEntries(files.map((file) => [file, statSync(join(dist, file)).size]));
  return {
    startPathBytes: sizes['index.js'] ?? 0,
    totalBytes: Object.values(sizes).reduce((a, b) => a + b, 0),
    sizes,
  };
}

console.log(`Permission check against the emulator, ${LATENCY_MS} ms latency per request:`);
console.table(await permissionFigures(false));
console.log("Same, with Adobe's documented rate limit enforced (12 requests per 6 s per user):");
console.table(await permissionFigures(true));
const startup = startupFigures();
console.log(
  `Start-up on ${startup.node} (median of 25): bad-input run ${startup.badInputMs.toFixed(1)} ms, bare node -e 0 ${startup.bareMs.toFixed(1)} ms, ratio ${startup.ratio.toFixed(2)}x (goal: at most 2x)`,
);
const bundle = bundleFigures();
console.log(
  `Bundle: start path dist/index.js ${bundle.startPathBytes} bytes; all chunks ${bundle.totalBytes} bytes`,
);
console.table(bundle.sizes);
