// Round trips and rate windows of a full permission check against the emulator, with
// latency injected per request.

import {
  credentialInputs,
  generateCredential,
  type RecordedRequest,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';
import { runAction } from '../../tools/runner.js';

export const LATENCY_MS = 200;

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

export async function permissionFigures(rateLimited: boolean) {
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
