// The action's main step. `run` is what the bundled entry calls, and what GitHub's
// local-action calls (npx @github/local-action run . src/main.ts .env): it reads the
// runner's inputs, injects what only GitHub knows, and hands over to the job.
import { reportFailure } from './common/errors.js';
import { Redactor } from './common/redact.js';
import { createActionsHost, readActionInput, saveState } from './github/actions-host.js';
import { eventWarnings, secretsUnavailableReason } from './github/event.js';
import { runJob } from './job/run.js';
import { commandFileDirectory, writeCommandFile } from './nlserver/command-file.js';

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  const host = createActionsHost(new Redactor(), env);
  try {
    await runJob({
      host,
      env,
      readInput: (name) => readActionInput(env, name),
      surroundingWarnings: eventWarnings(env),
      missingSecretReason: () => secretsUnavailableReason(env),
      deliverFullCommands(text) {
        const file = writeCommandFile(commandFileDirectory(env), text);
        saveState(env, 'commandFile', file);
        host.setOutput('command-file', file);
        return `${file} (mode 0600, removed after the job)`;
      },
      async syncAlert(alert, checks, deadline) {
        const { updateAlertIssue } = await import('./github/alerts.js');
        await updateAlertIssue(host, env, alert, checks, deadline);
      },
    });
  } catch (error) {
    reportFailure(host, error);
  }
}
