// Entry point for both the main and the post step (the runner exposes state saved by
// main as STATE_* variables in post). Turns any failure into one readable paragraph.
import { reportFailure } from './errors.js';
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
  reportFailure(host, error);
}
