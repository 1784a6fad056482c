// A fetch for other clients (Octokit, for GitHub): the proxy variables, a timeout within
// the run's deadline, and the same retries as HttpClient for connection errors, 5xx and
// rate limits.
import { fetch } from 'undici';
import { describeFailure } from './errors.js';
import { backoffDelay, parseRetryAfter, RETRYABLE_STATUS } from './http.js';
import { proxyDispatcher } from './proxy-dispatcher.js';

/**
 * How long a rate-limited answer asks to wait, decided on status and headers: 429, or a
 * 403 that carries Retry-After or `x-ratelimit-remaining: 0` (GitHub's secondary and
 * primary limits). undefined: not a rate limit.
 */
export function rateLimitWait(status: number, headers: Headers, now: number): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
  const exhausted = headers.get('x-ratelimit-remaining') === '0';
  if (status !== 429 && !(status === 403 && (retryAfter !== undefined || exhausted))) {
    return undefined;
  }
  if (retryAfter !== undefined) return retryAfter;
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (exhausted && reset > 0) return Math.max(0, reset * 1000 - now);
  // GitHub: without either header, wait at least a minute.
  return 60_000;
}

/**
 * A fetch for other clients (Octokit): the same proxy variables, each request bounded by a
 * timeout within the deadline, and the same retries as HttpClient for connection errors,
 * 5xx and rate limits, as long as the wait ends before the deadline. When it would not, the
 * last answer is returned as it is, so the client can say what it was. `close` releases
 * its connections.
 */
export interface BoundedFetch {
  fetch: typeof globalThis.fetch;
  close: () => Promise<void>;
}

export interface BoundedFetchOptions {
  maxAttempts: number;
  log: (line: string) => void;
  perRequestMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export function createBoundedFetch(deadline: number, options: BoundedFetchOptions): BoundedFetch {
  const { maxAttempts, log, perRequestMs = 15_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const dispatcher = proxyDispatcher();
  const boundedFetch = async (input: string | URL, init: RequestInit = {}) => {
    const label = `${init.method ?? 'GET'} ${new URL(String(input)).pathname}`;
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let wait: number;
      let response: Awaited<ReturnType<typeof fetch>> | undefined;
      let failure: unknown;
      try {
        response = await fetch(input, {
          ...(init as Parameters<typeof fetch>[1]),
          dispatcher,
          signal: AbortSignal.timeout(Math.max(1, Math.min(perRequestMs, deadline - Date.now()))),
        });
        const limited = rateLimitWait(response.status, response.headers, Date.now());
        if (limited === undefined && !RETRYABLE_STATUS.has(response.status)) return response;
        reason = `HTTP ${response.status}`;
        wait = limited ?? backoffDelay(attempt, random);
      } catch (error) {
        failure = error;
        reason = describeFailure(error);
        wait = backoffDelay(attempt, random);
      }
      if (attempt >= maxAttempts || Date.now() + wait >= deadline) {
        if (response) return response;
        throw failure;
      }
      await response?.body?.cancel().catch(() => {});
      log(
        `${label}: attempt ${attempt} of ${maxAttempts} got ${reason}; retrying in ${(wait / 1000).toFixed(1)} s`,
      );
      await sleep(wait);
    }
  };
  return {
    fetch: boundedFetch as unknown as typeof globalThis.fetch,
    close: () => dispatcher.close(),
  };
}
