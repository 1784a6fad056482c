// Round trips and rate windows of a full permission check against the emulator, with
// latency injected per request and Adobe's 12-per-6-s limit enforced.
import { analyticsRequestCount, type PermissionRequest } from '../../src/adobe/analytics/plan.js';
import {
  credentialInputs,
  type Emulator,
  generateCredential,
  type RecordedRequest,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';
import { runAction } from '../../tools/runner.js';

export const LATENCY_MS = 200;
const RATE_WINDOW_MS = 6_000;

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

/** How many 6-s rate windows the requests were spread over (each window opens at a request). */
export function rateWindows(requests: RecordedRequest[]): number {
  let windows = 0;
  let opened = -Infinity;
  for (const start of requests.map((r) => r.startedAt).sort((a, b) => a - b)) {
    if (start >= opened + RATE_WINDOW_MS) {
      windows++;
      opened = start;
    }
  }
  return windows;
}

const isAnalytics = (request: RecordedRequest) => !request.path.startsWith('/ims/');

/** rs1 … rsN, each granted like the generated credential's first suite. */
function credentialWithSuites(count: number) {
  const generated = generateCredential();
  const company = generated.credential.analytics?.companies[0];
  const suites = company?.profile?.reportSuites ?? {};
  const template = suites.rs1prod ?? { metrics: [], dimensions: [] };
  for (const rsid of Object.keys(suites)) delete suites[rsid];
  for (let i = 1; i <= count; i++) suites[`rs${i}`] = structuredClone(template);
  return { generated, companyId: company?.globalCompanyId ?? '' };
}

async function measure(emulator: Emulator, label: string, inputs: Record<string, string>) {
  emulator.reset();
  const started = performance.now();
  const run = await runAction(inputs, { skipPost: true });
  const wall = performance.now() - started;
  if (run.exitCode !== 0) throw new Error(`${label}: the action failed:\n${run.stdout}`);
  const requests = emulator.requests;
  const analytics = requests.filter(isAnalytics);
  const firstStart = Math.min(...requests.map((r) => r.startedAt));
  const lastEnd = Math.max(...requests.map((r) => r.endedAt));
  const startUp = firstStart - started;
  return {
    scenario: label,
    'Analytics requests': analytics.length,
    'rate windows': rateWindows(analytics),
    '429 answers': requests.filter((r) => r.status === 429).length,
    'sequential round trips': sequentialRoundTrips(requests),
    'Adobe time / latency': ((lastEnd - firstStart) / LATENCY_MS).toFixed(1),
    'start-up ms': startUp.toFixed(0),
    '(wall - start-up) / latency': ((wall - startUp) / LATENCY_MS).toFixed(1),
  };
}

export async function permissionFigures() {
  const emulator = await startEmulator({
    latencyMs: LATENCY_MS,
    rateLimit: { requests: 12, windowMs: RATE_WINDOW_MS },
  });
  const rows = [];
  try {
    const three = credentialWithSuites(3);
    emulator.addCredential(three.generated.credential);
    const threeInputs = {
      ...credentialInputs(three.generated, emulator),
      'report-suites': 'rs1, rs2, rs3',
      metrics: 'pageviews, event1',
      dimensions: 'evar1, evar2',
    };
    rows.push(await measure(emulator, '3 suites x (2 metrics + 2 dimensions)', threeInputs));
    rows.push(
      await measure(emulator, 'same, global-company-id given', {
        ...threeInputs,
        'global-company-id': three.companyId,
      }),
    );
    const ten = credentialWithSuites(10);
    emulator.addCredential(ten.generated.credential);
    rows.push(
      await measure(emulator, '10 suites x (2 metrics + 2 dimensions)', {
        ...credentialInputs(ten.generated, emulator),
        'report-suites': Array.from({ length: 10 }, (_, i) => `rs${i + 1}`).join(', '),
        metrics: 'pageviews, event1',
        dimensions: 'evar1, evar2',
      }),
    );
  } finally {
    await emulator.close();
  }
  return rows;
}

/** Analytics requests of a full check by number of suites (the plan is pure: no network). */
export function requestTable() {
  const request = (suites: number, extra: Partial<PermissionRequest> = {}): PermissionRequest => ({
    orgId: '',
    technicalAccountId: undefined,
    globalCompanyId: undefined,
    reportSuites: Array.from({ length: suites }, (_, i) => `rs${i + 1}`),
    metrics: [],
    dimensions: [],
    toolProbes: 'first-suite',
    campaignEvar: undefined,
    ...extra,
  });
  const cell = (count: number) => `${count} (${Math.ceil(count / 12)})`;
  return Array.from({ length: 10 }, (_, i) => i + 1).map((suites) => ({
    suites,
    'first-suite (windows)': cell(analyticsRequestCount(request(suites))),
    'every-suite (windows)': cell(
      analyticsRequestCount(request(suites, { toolProbes: 'every-suite' })),
    ),
    'first-suite + campaign-evar (windows)': cell(
      analyticsRequestCount(request(suites, { campaignEvar: 'evar11' })),
    ),
  }));
}
