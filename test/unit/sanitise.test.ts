import { describe, expect, it } from 'vitest';
import {
  ITEM_LIMIT,
  quoted,
  sanitise,
  sanitiseLines,
  shownList,
} from '../../src/common/sanitise.js';

describe('sanitise', () => {
  it('shows control characters as visible escapes, keeping the text on one line', () => {
    expect(sanitise('a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u009bi\u2028j\u202ek')).toBe(
      'a\\nb\\rc\\td\\u0000e\\u001bf\\u007fg\\u0085h\\u009bi\\u2028j\\u202ek',
    );
  });

  it('puts a backslash before "::" at the start, after any whitespace, and inside "##["', () => {
    expect(sanitise('::error::x')).toBe('\\::error::x');
    expect(sanitise('  \u00a0::warning::x')).toBe('  \u00a0\\::warning::x');
    expect(sanitise('a ::b:: c')).toBe('a ::b:: c');
    expect(sanitise('x ##[error]y ###[z')).toBe('x ##\\[error]y ###\\[z');
  });

  it('caps an item, saying how much was cut, and reads no further than the cap', () => {
    const long = 'é'.repeat(10_000_000);
    const started = performance.now();
    const shown = sanitise(long);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(shown).toBe(`${'é'.repeat(ITEM_LIMIT)}… (${10_000_000 - ITEM_LIMIT} more characters)`);
    // Never cuts an escape or a surrogate pair in half.
    expect(sanitise(`${'a'.repeat(ITEM_LIMIT - 3)}\u001b`)).toBe(
      `${'a'.repeat(ITEM_LIMIT - 3)}… (1 more characters)`,
    );
    expect(sanitise(`${'a'.repeat(ITEM_LIMIT - 1)}😀`)).toMatch(/a… \(2 more characters\)$/);
    expect(sanitise('😀')).toBe('😀');
  });

  it('keeps the raw value for matching and the sanitised one for showing', () => {
    expect(quoted('rs1\n::x')).toEqual({ raw: 'rs1\n::x', shown: 'rs1\\n::x' });
  });

  it('names at most a few items of a list', () => {
    const items = Array.from({ length: 25 }, (_, i) => sanitise(`s${i}`));
    expect(shownList(items, 3)).toBe('s0, s1, s2 and 22 more');
    expect(shownList(items.slice(0, 2))).toBe('s0, s1');
  });

  it('splits program output on CR, LF and CRLF and drops blank lines', () => {
    expect(sanitiseLines('a\r\nb\rc\n\n ::d\n')).toEqual(['a', 'b', 'c', ' \\::d']);
  });
});
