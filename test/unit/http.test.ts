import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../src/common/http.js';

describe('Retry-After', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('backoff with full jitter', () => {
  it('draws from zero up to an exponentially growing, capped ceiling', () => {
    expect([1, 2, 3, 4, 5, 9].map((attempt) => backoffDelay(attempt, () => 0.999999))).toEqual([
      499, 999, 1999, 3999, 7999, 7999,
    ]);
    expect(backoffDelay(3, () => 0)).toBe(0);
  });
});
