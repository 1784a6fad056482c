// The action's post step: runs after the job, even when the main step failed.
import { reportFailure } from './common/errors.js';
import { Redactor } from './common/redact.js';
import { createActionsHost } from './github/actions-host.js';
import { removeSavedCommandFile } from './github/post.js';

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const host = createActionsHost(new Redactor(), env);
  try {
    removeSavedCommandFile(host, env.STATE_commandFile ?? '', env);
  } catch (error) {
    reportFailure(host, error);
  }
}
