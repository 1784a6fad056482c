// Analytics' documented budget (12 requests per 6 s per user), kept on our side so a
// burst of checks never trips the limit, and a small pool that bounds calls in flight.
import { ActionError } from '../../common/errors.js';
import { inputRef } from '../../common/input-ref.js';

/**
 * Paces requests to Analytics' documented budget (12 per 6 s per user) so a burst of
 * checks never trips the rate limit in the first place; 429s are still retried.
 */
export class RequestBudget {
  readonly #starts: number[] = [];

  constructor(
    private readonly limit: number,
    readonly windowMs: number,
    private readonly deadline: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  async acquire(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.#starts.length > 0 && (this.#starts[0] as number) <= now - this.windowMs)
        this.#starts.shift();
      if (this.#starts.length < this.limit) {
        this.#starts.push(now);
        return;
      }
      const wait = (this.#starts[0] as number) + this.windowMs - now;
      if (now + wait >= this.deadline) {
        throw new ActionError(
          `Adobe Analytics allows ${this.limit} requests per ${this.windowMs / 1000} s and the remaining checks would outlast ${inputRef('timeout-seconds')}: raise ${inputRef('timeout-seconds')} or check fewer report suites per run.`,
        );
      }
      await this.sleep(wait);
    }
  }
}

/** Runs tasks with at most `limit` in flight, keeping their order in the results. */
export async function runPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
