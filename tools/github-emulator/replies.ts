// What every route of the fake GitHub shares: JSON request bodies, GitHub's error envelope
// and timestamps.

export interface Reply {
  status: number;
  /** Absent: no body at all (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FieldError {
  resource: string;
  field: string;
  code: 'missing_field' | 'invalid';
}

export function errorReply(status: number, message: string, errors?: FieldError[]): Reply {
  return {
    status,
    body: {
      message,
      ...(errors && { errors }),
      documentation_url: 'https://docs.github.com/rest',
      status: String(status),
    },
  };
}

/** GitHub timestamps are ISO 8601 without milliseconds. */
export const githubTime = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export type Input = Record<string, unknown>;

/** A JSON object body ('' counts as {}), or undefined when GitHub would answer 400. */
export function parseInput(raw: string): Input | undefined {
  try {
    const value: unknown = raw === '' ? {} : JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Input)
      : undefined;
  } catch {
    return undefined;
  }
}
