// Typed reads of single inputs, each falling back to its declared default. Every problem
// names its input and carries a kind, so callers decide on data, never on the wording of
// a message; inputs are named by reference, for each front door to render.
import { inputRef } from './input-ref.js';
import { sanitise } from './sanitise.js';

/** missing: required and empty; invalid: a value of the wrong form; conflict: a bad combination. */
export type ProblemKind = 'missing' | 'invalid' | 'conflict';

export interface InputProblem {
  input: string;
  kind: ProblemKind;
  message: string;
}

export type Reader = (name: string) => string;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An input value quoted back in a problem: sanitised like any text from outside. */
export function describe(value: string): string {
  return `"${sanitise(value, 60)}"`;
}

/** A URL as a problem may quote it: never its user info, query or fragment. */
export function describeUrl(value: string): string {
  let shown: string;
  try {
    const url = new URL(value);
    const userInfo = url.username || url.password ? '<user-info>@' : '';
    const query = url.search ? '?<query>' : '';
    const fragment = url.hash ? '#<fragment>' : '';
    shown = `${url.protocol}//${userInfo}${url.host}${url.pathname}${query}${fragment}`;
  } catch {
    // Not a URL, but it may still hold "user:password@" or "?token=": leave those out.
    shown = value
      .replace(/^([^/?#@]*\/\/)?[^/?#]*@/, '$1<user-info>@')
      .replace(/[?#][\s\S]*$/, '…');
  }
  return describe(shown);
}

/** Comma- or newline-separated list; blanks dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export class InputReader {
  readonly problems: InputProblem[] = [];
  readonly warnings: string[] = [];

  constructor(
    private readonly read: Reader,
    private readonly defaults: Readonly<Record<string, string>>,
  ) {}

  raw(name: string): string {
    return this.read(name);
  }

  /** The trimmed value, or the default when empty. */
  text(name: string): string {
    const value = this.read(name).trim();
    return value !== '' ? value : (this.defaults[name] ?? '');
  }

  problem(input: string, kind: ProblemKind, message: string): void {
    this.problems.push({ input, kind, message: `${inputRef(input)} ${message}` });
  }

  hasProblem(input: string): boolean {
    return this.problems.some((p) => p.input === input);
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.text(name).toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(
      name,
      'invalid',
      `must be one of ${allowed.join(', ')}; got ${describe(this.text(name))}`,
    );
    return allowed[0] as T;
  }

  boolean(name: string): boolean {
    const value = this.text(name);
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    this.problem(name, 'invalid', `must be true or false; got ${describe(value)}`);
    return false;
  }

  integer(name: string, min: number, max: number, unit: string): number {
    const value = this.text(name);
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    this.problem(
      name,
      'invalid',
      `must be a whole number of ${unit} from ${min} to ${max}; got ${describe(value)}`,
    );
    return min;
  }

  matching(name: string, pattern: RegExp, expected: string, required: boolean): string | undefined {
    const value = this.text(name);
    if (value === '') {
      if (required) this.problem(name, 'missing', `is required: ${expected}`);
      return undefined;
    }
    if (!pattern.test(value)) {
      this.problem(name, 'invalid', `must be ${expected}; got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  list(name: string, pattern: RegExp, expected: string, normalise = (v: string) => v): string[] {
    const items = splitList(this.text(name)).map(normalise);
    const bad = items.filter((item) => !pattern.test(item));
    if (bad.length > 0) {
      this.problem(
        name,
        'invalid',
        `has entries that are not ${expected}: ${bad.map(describe).join(', ')}`,
      );
    }
    return items.filter((item) => pattern.test(item));
  }

  /** https, or plain http to a loopback emulator; never credentials, query or fragment. */
  url(name: string, value: string): URL | undefined {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      this.problem(
        name,
        'invalid',
        `must be a URL such as https://host; got ${describeUrl(value)}`,
      );
      return undefined;
    }
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      this.problem(
        name,
        'invalid',
        `must use https (plain http is allowed only for a loopback emulator); got ${describeUrl(value)}`,
      );
    } else if (url.username || url.password) {
      this.problem(name, 'invalid', 'must not contain credentials (user:password@)');
    } else if (url.search || url.hash) {
      this.problem(name, 'invalid', `must not have a query or fragment; got ${describeUrl(value)}`);
    } else {
      return url;
    }
    return undefined;
  }

  /** An origin: the URL rules plus no path. */
  endpoint(name: string): string {
    const value = this.text(name);
    const url = this.url(name, value);
    if (url && url.pathname !== '/') {
      this.problem(
        name,
        'invalid',
        `must be a bare origin with no path, such as ${url.origin}; got ${describeUrl(value)}`,
      );
    }
    return url?.origin ?? value;
  }

  /** A secret: surrounding whitespace (a pasted newline) is forgiven; its value is never echoed. */
  secret(name: string, required: boolean, what: string): string {
    const value = this.raw(name).trim();
    if (value === '') {
      if (required) this.problem(name, 'missing', `is required: ${what}.`);
      return '';
    }
    if (/^['"`]|['"`]$/.test(value)) {
      this.problem(
        name,
        'invalid',
        'starts or ends with a quote character: store the value without quotes',
      );
    } else if (/\s/.test(value)) {
      this.problem(
        name,
        'invalid',
        'contains whitespace inside the value: copy it again without line breaks or spaces',
      );
    }
    return value;
  }
}
