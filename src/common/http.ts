// The one HTTP layer for every outside call (Adobe; GitHub through BoundedFetch): a
// per-attempt timeout, an overall deadline no retry outlives, retries with full-jitter
// backoff for transient faults only, and the runner's proxy variables
// (HTTPS_PROXY/HTTP_PROXY/NO_PROXY, either case) honoured.
import { fetch, type Response } from 'undici';
import { ActionError, describeFailure } from './errors.js';
import { inputRef } from './input-ref.js';
import { proxyDispatcher } from './proxy-dispatcher.js';

export interface HttpRequest {
  /** What the request is for, in log lines and errors ("IMS token request"). */
  label: string;
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** Awaited before every attempt, retries included (a rate budget). */
  beforeAttempt?: () => Promise<void>;
  /**
   * The least wait after a 429 without Retry-After: the service's rate window, when it
   * has one, so the retry does not land in the same window.
   */
  rateLimitWaitMs?: number;
  /**
   * A call that must not happen twice (creating a secret): repeated only after an answer
   * that says it was not done (429, 503). A lost answer is an error saying so.
   */
  once?: boolean;
}

/** The request may or may not have been carried out: its answer was lost. */
export class OutcomeUnknown extends ActionError {}

// What a refused, not-done request answers: safe to repeat even a call that creates.
const NOT_DONE_STATUS = new Set([429, 503]);

export interface HttpResponse {
  status: number;
  text: string;
  /** How many attempts the response took, for error messages. */
  attempts: number;
}

export interface HttpOptions {
  /** Epoch milliseconds after which no request is started or waited for. */
  deadline: number;
  maxAttempts: number;
  log: (line: string) => void;
  perAttemptTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
// Adobe's endpoints answer in seconds (the gateway's own cut-off is 60 s): an attempt
// silent for 30 s is better abandoned and retried while the deadline allows.
const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function backoffDelay(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1)));
}

/** An answer over this size is refused whole: no Adobe answer we read comes near it. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

class AnswerTooLarge extends Error {}

async function readBounded(response: Response): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = Number(response.headers.get('content-length')) || 0;
  if (size <= MAX_ANSWER_BYTES && response.body) {
    size = 0;
    // Leaving the loop early cancels the rest of the body.
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > MAX_ANSWER_BYTES) break;
      chunks.push(chunk);
    }
  }
  if (size > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => {});
    throw new AnswerTooLarge();
  }
  return Buffer.concat(chunks).toString('utf8');
}

export class HttpClient {
  readonly #options: Required<HttpOptions>;
  readonly #dispatcher = proxyDispatcher();

  constructor(options: HttpOptions) {
    this.#options = {
      perAttemptTimeoutMs: DEFAULT_ATTEMPT_TIMEOUT_MS,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      now: Date.now,
      ...options,
    };
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const { deadline, maxAttempts, log, perAttemptTimeoutMs, sleep, random, now } = this.#options;
    const host = new URL(request.url).host;
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - now();
      if (remaining <= 0) throw this.#deadlineError(request, attempt - 1);

      await request.beforeAttempt?.();
      let reason: string;
      let retryAfterMs: number | undefined;
      let waitReason = '';
      try {
        const response = await fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          dispatcher: this.#dispatcher,
          // A redirect would carry the secret to a host nobody validated.
          redirect: 'manual',
          signal: AbortSignal.timeout(Math.min(perAttemptTimeoutMs, deadline - now())),
        });
        const text = await readBounded(response);
        const retryable = request.once ? NOT_DONE_STATUS : RETRYABLE_STATUS;
        if (!retryable.has(response.status) || attempt >= maxAttempts) {
          return { status: response.status, text, attempts: attempt };
        }
        reason = `HTTP ${response.status}`;
        retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
        if (retryAfterMs !== undefined) waitReason = ' (Retry-After)';
        else if (response.status === 429 && request.rateLimitWaitMs) {
          retryAfterMs = request.rateLimitWaitMs + backoffDelay(1, random);
          waitReason = ' (the rate-limit window)';
        }
      } catch (error) {
        if (error instanceof AnswerTooLarge) {
          throw new ActionError(
            `${request.label} to ${host} got an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, which no Adobe API sends: check that the endpoint input points at Adobe.`,
          );
        }
        const timedOut = (error as Error)?.name === 'TimeoutError';
        reason = timedOut ? 'no answer in time' : describeFailure(error);
        if (request.once) {
          throw new OutcomeUnknown(
            `${request.label} to ${host} got no answer (${reason}), so it may or may not have been done.`,
          );
        }
        if (attempt >= maxAttempts) {
          throw new ActionError(
            `${request.label} to ${host} failed after ${attempt} attempt${attempt > 1 ? 's' : ''}: ${reason}. Check the network path to ${host} (proxy settings: HTTPS_PROXY, NO_PROXY) or raise ${inputRef('max-attempts')}.`,
          );
        }
      }

      const wait = retryAfterMs ?? backoffDelay(attempt, random);
      if (now() + wait >= deadline) throw this.#deadlineError(request, attempt, reason);
      log(
        `${request.label}: attempt ${attempt} of ${maxAttempts} got ${reason}; retrying in ${(wait / 1000).toFixed(1)} s${waitReason}`,
      );
      await sleep(wait);
    }
  }

  #deadlineError(request: HttpRequest, attempts: number, lastReason?: string): ActionError {
    return new ActionError(
      `${request.label} gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? ` (last: ${lastReason})` : ''}: the run would outlast ${inputRef('timeout-seconds')}. Adobe may be slow or rate-limiting; raise ${inputRef('timeout-seconds')} or run again later.`,
    );
  }

  async close(): Promise<void> {
    await this.#dispatcher.close();
  }
}
