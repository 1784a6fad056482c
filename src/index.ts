#!/usr/bin/env node
// One entry point, three roles: the action's main step, its post step (the runner exposes
// state saved by main as STATE_* variables), and, given arguments or outside a runner,
// the command-line tool, so one bundle serves both.
import { reportFailure } from './errors.js';
import { createActionsHost, readActionInput } from './host.js';
import { run } from './main.js';
import { post } from './post.js';
import { Redactor } from './redact.js';

const env = process.env;
const args = process.argv.slice(2);

if (args.length > 0 || env.GITHUB_ACTIONS !== 'true') {
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
