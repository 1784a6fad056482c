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
