#!/usr/bin/env node
// One entry point, three roles: the action's main step, its post step (the runner exposes
// state saved by main as STATE_* variables), and the command-line tool, so one bundle
// serves both. The runner starts the action without arguments and with its variables.
import { reportFailure } from './errors.js';
import { createActionsHost, readActionInput } from './host.js';
import { run } from './main.js';
import { post } from './post.js';
import { Redactor } from './redact.js';

const env = process.env;
const args = process.argv.slice(2);

const startedByRunner =
  env.GITHUB_ACTIONS === 'true' ||
  env.GITHUB_OUTPUT !== undefined ||
  Object.keys(env).some((name) => name.startsWith('INPUT_'));

if (args.length > 0 || !startedByRunner) {
  const { runCli } = await import('./cli.js');
  process.exitCode = await runCli(args, env);
} else {
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
}
