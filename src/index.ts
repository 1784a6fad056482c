// Entry point for both the main and the post step (the runner exposes state saved by
// main as STATE_* variables in post). Turns any failure into one readable paragraph.
import { ActionError, errorMessage } from './errors.js';
import { createActionsHost, readActionInput } from './host.js';
import { run } from './main.js';
import { post } from './post.js';
import { Redactor } from './redact.js';

const env = process.env;
const host = createActionsHost(new Redactor(), env);

try {
  if (env.STATE_isPost === 'true') {
    post(host, env);
  } else {
    host.saveState('isPost', 'true');
    await run({ host, readInput: (name) => readActionInput(env, name), env });
  }
} catch (error) {
  if (error instanceof ActionError) {
    host.fail(error.message);
  } else {
    host.fail(
      `Unexpected error: ${errorMessage(error)}. Please report it with the log of this step.`,
    );
    if (host.isDebug && error instanceof Error && error.stack) host.debug(error.stack);
  }
}
