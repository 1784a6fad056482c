import type { RateLimiter } from './types.js';

/** Sliding-window limiter: at most `requests` accepted hits per key within any `windowMs`. */
export function createRateLimiter(requests: number, windowMs: number): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    allow(key) {
      const now = performance.now();
      const recent = (hits.get(key) ?? []).filter((t) => t > now - windowMs);
      // Rejected calls are not counted, so a client that backs off recovers after one window.
      const allowed = recent.length < requests;
      if (allowed) recent.push(now);
      hits.set(key, recent);
      return allowed;
    },
    clear() {
      hits.clear();
    },
  };
}
