// The action's main step. `run` is what the bundled entry calls, and what GitHub's
// local-action calls (npx @github/local-action run . src/main.ts .env): it reads the
// inputs through @actions/core, injects what only GitHub knows, and hands over to the job.
import * as core from '@actions/core';
import { reportFailure } from './common/errors.js';
import { Redactor } from './common/redact.js';
import { createActionsHost } from './github/actions-host.js';
import { EMPTY_SECRET_HINT, eventWarnings, secretsUnavailableReason } from './github/event.js';
import { runJob } from './job/run.js';
import {
  commandFileDirectory,
  SECRET_FILE_PROTECTION,
  writeCommandFile,
} from './nlserver/command-file.js';

export async function run(): Promise<void> {
  const env = process.env;
  const host = createActionsHost(new Redactor());
  try {
    await runJob({
      host,
      env,
      readInput: (name) => core.getInput(name, { trimWhitespace: false }),
      surroundingWarnings: eventWarnings(env),
      missingSecretReason: () => secretsUnavailableReason(env),
      emptySecretHint: EMPTY_SECRET_HINT,
      deliverFullCommands(text) {
        const file = writeCommandFile(commandFileDirectory(env), text);
        host.setOutput('command-file', file);
        if (!env.GITHUB_STATE) {
          // No state file, so the post step cannot learn the file's name. It stays, since a
          // later step may need it; whoever runs this must know to remove it.
          host.warning(
            `GITHUB_STATE is not set, so the post step cannot remove the command file ${file}, which holds the secret: remove it once it has been used.`,
            { title: 'Command file' },
          );
          return `${file} (${SECRET_FILE_PROTECTION}; not removed after the job)`;
        }
        core.saveState('commandFile', file);
        return `${file} (${SECRET_FILE_PROTECTION}, removed after the job)`;
      },
      githubSecrets: {
        async check(secret, http) {
          const github = await import('./github/actions-secret.js');
          await github.checkSecretTarget(github.secretTarget(secret, env), http);
        },
        async store(secret, value, http) {
          const github = await import('./github/actions-secret.js');
          await github.storeSecret(github.secretTarget(secret, env), value, http);
        },
      },
      async syncAlert(alert, checks, http) {
        const { updateAlertIssue } = await import('./github/alerts.js');
        await updateAlertIssue(host, env, alert, checks, http);
      },
    });
  } catch (error) {
    reportFailure(host, error);
  }
}
