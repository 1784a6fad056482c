// The action's post step (runs.post): runs after the job, even when the main step
// failed, with the state the main step saved.
import * as core from '@actions/core';
import { reportFailure } from './common/errors.js';
import { Redactor } from './common/redact.js';
import { createActionsHost } from './github/actions-host.js';
import { removeSavedCommandFile } from './github/post.js';

export async function run(): Promise<void> {
  const host = createActionsHost(new Redactor());
  try {
    removeSavedCommandFile(host, core.getState('commandFile'), process.env);
  } catch (error) {
    reportFailure(host, error);
  }
}
