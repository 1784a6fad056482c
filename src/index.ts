#!/usr/bin/env node
// One entry point, three roles: the action's main step, its post step (the runner exposes
// state saved by main as STATE_* variables), and the command-line tool.
import { saveState } from './github/actions-host.js';
import { run as runMain } from './main.js';
import { run as runPost } from './post.js';

const env = process.env;
const args = process.argv.slice(2);

const startedByRunner =
  env.GITHUB_ACTIONS === 'true' ||
  env.GITHUB_OUTPUT !== undefined ||
  Object.keys(env).some((name) => name.startsWith('INPUT_'));

if (args.length > 0 || !startedByRunner) {
  const { runCli } = await import('./cli/run.js');
  process.exitCode = await runCli(args, env);
} else if (env.STATE_isPost === 'true') {
  await runPost(env);
} else {
  saveState(env, 'isPost', 'true');
  await runMain(env);
}
