import { sanitise } from './sanitise.js';

/**
 * A failure the user can act on: shown as one paragraph, never with a stack trace.
 * Anything else that escapes is a bug and gets its stack in debug mode only.
 */
export class ActionError extends Error {
  override readonly name = 'ActionError';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why something failed on the way (a request, a connection), in words: the deepest cause's
 * code, message or name, so "ECONNREFUSED" rather than "fetch failed", and never a bare
 * number or nothing (a DOMException's numeric code is 0 for most names).
 */
export function describeFailure(error: unknown): string {
  const chain: { code?: unknown; message?: unknown; name?: unknown }[] = [];
  for (let level = error; level && typeof level === 'object' && chain.length < 8; ) {
    chain.unshift(level);
    level = (level as { cause?: unknown }).cause;
  }
  const words = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value : undefined;
  for (const level of chain) {
    const reason =
      words(level.code) ??
      words(level.message) ??
      (level.name !== 'Error' ? words(level.name) : undefined);
    if (reason) return sanitise(reason);
  }
  return typeof error === 'string' && error.trim() !== '' ? sanitise(error) : 'no reason given';
}

/** What a failure says: an ActionError as it is, anything else as the bug it is. */
export function failureMessage(error: unknown): string {
  if (error instanceof ActionError) return error.message;
  // A bug's message may carry whatever text caused it.
  return `Unexpected error: ${sanitise(errorMessage(error))}. Please report it with the log of this step.`;
}

/** Ends a run that threw: one readable paragraph, the stack only in debug mode. */
export function reportFailure(
  host: { fail(message: string): void; debug(message: string): void; isDebug: boolean },
  error: unknown,
): void {
  host.fail(failureMessage(error));
  if (!(error instanceof ActionError) && host.isDebug && error instanceof Error && error.stack)
    host.debug(error.stack);
}
