import { describe, expect, it } from 'vitest';
import { rateLimitWait } from '../../src/common/bounded-fetch.js';
import { describeFailure } from '../../src/common/errors.js';
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

describe('rate limits, decided on status and headers', () => {
  const now = 1_000_000;
  const headers = (values: Record<string, string>) => new Headers(values);
  it('reads 429 and a 403 with Retry-After or an exhausted budget as a rate limit', () => {
    expect(rateLimitWait(429, headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(rateLimitWait(403, headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(
      rateLimitWait(
        403,
        headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1005' }),
        now,
      ),
    ).toBe(5_000);
    // GitHub: without either header, wait at least a minute.
    expect(rateLimitWait(429, headers({}), now)).toBe(60_000);
  });

  it('reads a plain 403 as a refusal, whatever its text', () => {
    expect(rateLimitWait(403, headers({}), now)).toBeUndefined();
    expect(rateLimitWait(502, headers({ 'retry-after': '1' }), now)).toBeUndefined();
  });
});

describe('describeFailure', () => {
  it('names the deepest cause, and never shows a bare number or nothing', () => {
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    expect(describeFailure(reset)).toBe('UND_ERR_SOCKET');
    // A DOMException's code is a number (0 for most names): its name says more.
    const dom = new TypeError('fetch failed', { cause: new DOMException('', 'NetworkError') });
    expect(describeFailure(dom)).toBe('NetworkError');
    expect(describeFailure(new TypeError('', { cause: { code: 0, message: '' } }))).toBe(
      'TypeError',
    );
    expect(describeFailure({ code: 0 })).toBe('no reason given');
    expect(describeFailure(0)).toBe('no reason given');
    expect(describeFailure(new Error('line\n::error::x'))).toBe('line\\n::error::x');
  });
});
