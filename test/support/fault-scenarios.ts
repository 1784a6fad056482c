// Adobe on a bad day, as scripted faults at the emulator. Shared by the end-to-end test
// (which asserts each expectation) and `npm run test:faults` (which prints the figures).
import type { Fault } from '../../tools/adobe-emulator/index.js';
import type { ActionRun } from '../../tools/runner.js';
import type { Scenario } from './scenario.js';

export interface FaultScenario {
  name: string;
  faults: Fault[];
  inputs?: Record<string, string>;
  expected: {
    exitCode: 0 | 1;
    /** Requests that reached the faulted endpoint. */
    attempts: number;
    log?: RegExp;
    minSeconds?: number;
  };
}

const TOKEN = '/ims/token/v3';
const METRICS = /\/metrics$/;

export const FAULT_SCENARIOS: FaultScenario[] = [
  {
    name: '429 with Retry-After: 1 (seconds)',
    faults: [
      {
        path: TOKEN,
        response: {
          status: 429,
          headers: { 'retry-after': '1' },
          body: { error: 'too_many_requests' },
        },
      },
    ],
    expected: {
      exitCode: 0,
      attempts: 2,
      log: /attempt 1 of 4 got HTTP 429; retrying in 1\.0 s \(Retry-After\)/,
      minSeconds: 1,
    },
  },
  {
    name: '429050 from Analytics with an HTTP-date Retry-After',
    inputs: { verify: 'permissions', 'report-suites': 'rs1prod' },
    faults: [
      {
        path: METRICS,
        response: {
          status: 429,
          headers: { 'retry-after': new Date(Date.now() + 60_000).toUTCString() },
          body: { error_code: '429050', message: 'Too many requests' },
        },
      },
    ],
    // The date lies a minute ahead, beyond timeout-seconds: the action stops instead of sleeping.
    expected: {
      exitCode: 1,
      attempts: 1,
      log: /Adobe Analytics could not be checked: .*gave up after 1 attempt \(last: HTTP 429\)/,
    },
  },
  {
    name: '429050 from Analytics without Retry-After, then success',
    inputs: { verify: 'permissions', 'report-suites': 'rs1prod' },
    faults: [
      {
        path: METRICS,
        response: { status: 429, body: { error_code: '429050', message: 'Too many requests' } },
      },
    ],
    // Adobe documents no Retry-After: the retry waits out the 6 s window instead of landing in it.
    expected: {
      exitCode: 0,
      attempts: 2,
      log: /attempt 1 of 4 got HTTP 429; retrying in 6\.\d s \(the rate-limit window\)/,
      minSeconds: 6,
    },
  },
  {
    name: 'hang: Analytics never answers',
    inputs: { verify: 'permissions', 'report-suites': 'rs1prod', 'timeout-seconds': '5' },
    faults: [{ path: METRICS, times: 10, response: { kind: 'hang' } }],
    // The other checks still report; the unanswered one becomes a failed row.
    expected: {
      exitCode: 1,
      attempts: 1,
      log: /::error::.*Adobe Analytics could not be checked: Analytics GET \S+ gave up after 1 attempt/,
    },
  },
  {
    name: '503, then success',
    faults: [{ path: TOKEN, response: { status: 503, body: { error: 'service_unavailable' } } }],
    expected: { exitCode: 0, attempts: 2, log: /attempt 1 of 4 got HTTP 503; retrying in/ },
  },
  {
    name: 'connection reset, then success',
    faults: [{ path: TOKEN, response: { kind: 'reset' } }],
    expected: {
      exitCode: 0,
      attempts: 2,
      log: /attempt 1 of 4 got (ECONNRESET|UND_ERR_SOCKET|other side closed)/,
    },
  },
  {
    name: 'hang: IMS never answers',
    inputs: { 'timeout-seconds': '5' },
    faults: [{ path: TOKEN, times: 10, response: { kind: 'hang' } }],
    expected: {
      exitCode: 1,
      attempts: 1,
      log: /::error::IMS OAuth token request gave up after 1 attempt \(last: no answer in time\)/,
    },
  },
  {
    name: 'permanent 500',
    faults: [
      {
        path: TOKEN,
        times: 10,
        response: {
          status: 500,
          body: { error: 'internal_error', error_description: 'Please try again later' },
        },
      },
    ],
    expected: {
      exitCode: 1,
      attempts: 4,
      log: /::error::Adobe IMS refused the token request \(IMS said: internal_error: Please try again later, HTTP 500, after 4 attempts\)/,
    },
  },
  {
    name: 'invalid_client (bad secret): no retry',
    faults: [
      {
        path: TOKEN,
        response: {
          status: 400,
          body: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
        },
      },
    ],
    expected: {
      exitCode: 1,
      attempts: 1,
      log: /::error::client-secret is not valid for client-id/,
    },
  },
];

export interface FaultOutcome {
  run: ActionRun;
  attempts: number;
  seconds: number;
}

export async function runFaultScenario(
  s: Scenario,
  scenario: FaultScenario,
): Promise<FaultOutcome> {
  s.emulator.reset();
  for (const fault of scenario.faults) s.emulator.injectFault(fault);
  const started = performance.now();
  const run = await s.run({ ...s.inputs, 'timeout-seconds': '15', ...scenario.inputs });
  const seconds = (performance.now() - started) / 1000;
  const faulted = scenario.faults[0]?.path ?? TOKEN;
  const attempts = s.emulator.requests.filter((r) =>
    typeof faulted === 'string' ? r.path === faulted : faulted.test(r.path),
  ).length;
  return { run, attempts, seconds };
}
