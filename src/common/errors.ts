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

/** Ends a run that threw: one readable paragraph, the stack only in debug mode. */
export function reportFailure(
  host: { fail(message: string): void; debug(message: string): void; isDebug: boolean },
  error: unknown,
): void {
  if (error instanceof ActionError) {
    host.fail(error.message);
    return;
  }
  host.fail(
    `Unexpected error: ${errorMessage(error)}. Please report it with the log of this step.`,
  );
  if (host.isDebug && error instanceof Error && error.stack) host.debug(error.stack);
}
