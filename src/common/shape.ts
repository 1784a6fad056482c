// The one way an answer from outside (Adobe, GitHub) is read: a reader checks an unknown
// value and returns it typed, or says where it did not fit and what was there instead
// ("imsOrgs[0] was null, not an object"), so an odd answer becomes a row that quotes it,
// never "Cannot read properties of null" from deep inside.
//
// Hand-written rather than a schema library: ncc does not tree-shake, and valibot (the
// smallest candidate) measured 207 kB in each chunk that reads answers, for a handful of
// small shapes; these readers are a few dozen lines and word their findings for our rows.
import { type Sanitised, sanitise } from './sanitise.js';

/** Checks `value`, found at `at` ("imsOrgs[0].companies"), and returns it typed. */
export type Reader<T> = (value: unknown, at: string) => T;
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problem: Sanitised };

/** A value that did not fit: where, what was expected, and what was there. */
export class ShapeError extends Error {
  constructor(at: string, expected: string, seen: string) {
    super(`${at || 'the answer'} was ${seen}, not ${expected}`);
  }
}

/** What a value is, for a message: type and (capped, sanitised) content. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      return `the string "${sanitise(value, 60)}"`;
    case 'number':
    case 'boolean':
      return `the ${typeof value} ${value}`;
    default:
      return `an ${typeof value}`;
  }
}

const fail = (at: string, expected: string, value: unknown, seen = describeValue(value)) =>
  new ShapeError(at, expected, seen);

/** Any value at all: for a part whose shape another reader checks. */
export const anything: Reader<unknown> = (value) => value;

export const text: Reader<string> = (value, at) => {
  if (typeof value !== 'string') throw fail(at, 'a string', value);
  return value;
};

/** Text matching `pattern`; with `secret`, a misfit says only its length, never its content. */
export function matching(pattern: RegExp, expected: string, secret = false): Reader<string> {
  return (value, at) => {
    const string = text(value, at);
    if (!pattern.test(string)) {
      const seen = `a string of ${string.length} character${string.length === 1 ? '' : 's'}`;
      throw fail(at, expected, value, secret ? seen : undefined);
    }
    return string;
  };
}

export const flag: Reader<boolean> = (value, at) => {
  if (typeof value !== 'boolean') throw fail(at, 'true or false', value);
  return value;
};

/** A whole number from min to max, as a JSON number or a string of digits (token claims). */
export function wholeNumber(min: number, max: number): Reader<number> {
  return (value, at) => {
    const number =
      typeof value === 'number' || (typeof value === 'string' && /^\d{1,20}$/.test(value))
        ? Number(value)
        : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      throw fail(at, `a whole number from ${min} to ${max}`, value);
    }
    return number;
  };
}

/** Absent and null both read as undefined. */
export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (value, at) => (value === undefined || value === null ? undefined : read(value, at));
}

export function listOf<T>(read: Reader<T>): Reader<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) throw fail(at, 'a list', value);
    return value.map((item, index) => read(item, `${at}[${index}]`));
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Fields = Record<string, Reader<unknown>>;
type Read<F extends Fields> = { [K in keyof F]: ReturnType<F[K]> };

const field = (at: string, name: string) => (at ? `${at}.${name}` : name);
const own = (record: Record<string, unknown>, name: string) =>
  Object.hasOwn(record, name) ? record[name] : undefined;

/** An object with these fields (others are ignored). */
export function record<F extends Fields>(fields: F): Reader<Read<F>> {
  return (value, at) => {
    if (!isRecord(value)) throw fail(at, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const [name, read] of Object.entries(fields))
      result[name] = read(own(value, name), field(at, name));
    return result as Read<F>;
  };
}

/** The first reader that fits; the misfit reported is the last one's. */
export function either<A, B>(first: Reader<A>, second: Reader<B>): Reader<A | B> {
  return (value, at) => {
    try {
      return first(value, at);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return second(value, at);
    }
  };
}

export function readShape<T>(read: Reader<T>, value: unknown): ReadResult<T> {
  try {
    return { ok: true, value: read(value, '') };
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    return { ok: false, problem: sanitise(error.message) };
  }
}

/**
 * Each field on its own, for error answers: what fits is kept, each misfit is dropped and
 * said, so a refusal is still explained when one of its fields is odd.
 */
export function readFields<F extends Fields>(
  fields: F,
  value: unknown,
): { value: Partial<Read<F>>; problems: Sanitised[] } {
  if (!isRecord(value)) {
    // Not JSON at all (a proxy's HTML page) is common for errors and says nothing more.
    const problems =
      value === undefined
        ? []
        : [sanitise(`the answer was ${describeValue(value)}, not an object`)];
    return { value: {}, problems };
  }
  const result: Partial<Record<string, unknown>> = {};
  const problems: Sanitised[] = [];
  for (const [name, read] of Object.entries(fields)) {
    try {
      result[name] = read(own(value, name), name);
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      problems.push(sanitise(error.message));
    }
  }
  return { value: result as Partial<Read<F>>, problems };
}
