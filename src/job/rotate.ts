// mode: rotate. Replaces the client secret without leaving an instance or the pipeline
// without a working one: check before changing anything, add a secret and prove it (else
// delete it again), store it in GitHub, apply it on every instance and read it back, and
// only then delete the old secret. Adobe's contract: adobe-facts §8 (the I/O Management
// API) and §9 (the instance configuration file).
import { ConsoleSecrets } from '../adobe/console/secrets.js';
import type { Check } from '../common/checks.js';
import { ActionError, errorMessage, failureMessage } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import { kindOf } from '../credentials/kinds.js';
import type { Settings } from '../inputs/settings.js';
import { redactedCommand } from '../nlserver/command.js';
import { publishChecks } from './check-groups.js';
import type { RunContext } from './context.js';
import type { RunReport } from './report.js';
import {
  applyNewSecret,
  proveNewSecret,
  type RotationRun,
  refusalOf,
  rollBack,
} from './rotate-steps.js';
import {
  newRecord,
  rollbackReserveMs,
  rotationCheck,
  rotationOutput,
  unstoredSecretWarning,
} from './rotation.js';
import { summaryMarkdown } from './summary.js';

/** Adds the new secret; when the answer was lost, any secret it may have added goes again. */
async function addSecret(run: RotationRun, secrets: ConsoleSecrets): Promise<string> {
  const { host } = run.context;
  host.step('Adding a new client secret in the Developer Console');
  try {
    const added = await secrets.add((value) => host.mask(value, 'new-client-secret'));
    run.record.newSecret = { uuid: added.uuid, createdAt: added.createdAt };
    if (!added.uuid) {
      // Adobe's SDK spec answers without the uuid: the list has it, beside the old one.
      const listed = await secrets.list();
      const found = listed.secrets.find((s) => s.uuid !== run.record.oldSecret?.uuid);
      run.record.newSecret = { uuid: found?.uuid, createdAt: found?.createdAt };
    }
    return added.value;
  } catch (error) {
    if (!(error instanceof run.net.OutcomeUnknown)) throw error;
    // Its value is lost with the answer: a secret it added could never be used.
    const listed = await secrets.list();
    if (listed.secrets.some((s) => s.uuid !== run.record.oldSecret?.uuid)) {
      run.record.newSecret = { uuid: undefined, createdAt: undefined };
      return rollBack(run, `${error.message}`);
    }
    throw new ActionError(`${error.message} No secret was added: nothing changed.`);
  }
}

/** The steps, in order; `proven` gets the checks of the new secret as soon as they exist. */
async function rotation(run: RotationRun, proven: Check[]): Promise<void> {
  const { context, settings, record } = run;
  const { host } = context;
  const developerConsole = run.console(run.deadline);
  try {
    const secret = settings.githubSecret;
    const github = secret && run.github ? { secret, http: run.github } : undefined;
    const store = context.githubSecrets;
    if (github && store) {
      host.step(`Checking that GitHub secret ${github.secret.name} can be written`);
      await store.check(github.secret, github.http);
    }
    const listed = await developerConsole.secrets.list();
    const refusal = refusalOf(listed, settings);
    if (refusal) throw new ActionError(refusal);
    record.oldSecret = listed.secrets[0];

    const newSecret = await addSecret(run, developerConsole.secrets);
    host.setOutput('new-secret-uuid', record.newSecret?.uuid ?? '');
    const proof = await proveNewSecret(run, newSecret);
    proven.push(...proof.checks);
    if (proof.tokenExpiresAt) {
      run.report.tokenExpiresAt = proof.tokenExpiresAt;
      host.setOutput('token-expires-at', proof.tokenExpiresAt.toISOString());
    }
    if (proof.failure) await rollBack(run, proof.failure);
    if (github && store) {
      host.step(`Storing the new client secret in GitHub secret ${github.secret.name}`);
      await store
        .store(github.secret, newSecret, github.http)
        .catch((error: unknown) => rollBack(run, errorMessage(error)));
      record.githubSecret = 'updated';
    }
    host.step('Applying the new client secret on every instance');
    await applyNewSecret(run, newSecret);

    if (!settings.rotation?.deleteOldSecret) {
      record.state = 'old-secret-kept';
      host.notice(
        `Every instance holds the new client secret; the old one (${record.oldSecret?.uuid}) was kept, since ${inputRef('delete-old-secret', 'false')}. Delete it in Developer Console once its last-used time stops changing.`,
        { title: 'Rotation' },
      );
      return;
    }
    host.step('Deleting the old client secret');
    try {
      await developerConsole.secrets.remove(record.oldSecret?.uuid ?? '');
    } catch (error) {
      record.state = 'old-secret-delete-failed';
      throw new ActionError(
        `Every instance holds the new client secret, but deleting the old one failed (${errorMessage(error)}): delete ${record.oldSecret?.uuid} in Developer Console > the credential > Client secrets.`,
      );
    }
    record.oldDeleted = true;
    record.state = 'completed';
    host.setOutput('deleted-secret-uuid', record.oldSecret?.uuid ?? '');
  } finally {
    await developerConsole.close();
  }
}

export async function rotateSecret(
  context: RunContext,
  settings: Settings,
  deadline: number,
): Promise<void> {
  const { host } = context;
  const report: RunReport = {
    mode: settings.mode,
    credentialLabel: kindOf(settings.credentials).label,
    checks: [],
    tokenExpiresAt: undefined,
    instances: [],
  };
  const net = await import('./verify.js');
  const reserveMs = rollbackReserveMs(settings.timeoutSeconds);
  const stepsDeadline = deadline - reserveMs;
  const record = newRecord(settings.instances, settings.githubSecret !== undefined);
  report.rotation = record;
  report.instances = settings.instances.map((instance) => ({
    instance,
    command: redactedCommand(settings.nlserver, instance, settings.credentials),
    result: 'old secret: not changed',
    state: 'not-run',
  }));
  const log = (line: string) => host.info(line);
  const checks: Check[] = [];
  let failure: string | undefined;
  let github: ReturnType<typeof net.createBoundedFetch> | undefined;
  try {
    if (settings.githubSecret) {
      if (!context.githubSecrets) {
        throw new ActionError(
          `${inputRef('github-secret-name')} is for the GitHub Action: this run cannot store GitHub secrets.`,
        );
      }
      github = net.createBoundedFetch(stepsDeadline, { maxAttempts: settings.maxAttempts, log });
    }
    host.step('Requesting a token for the Developer Console with the current client secret');
    const tokenHttp = new net.HttpClient({
      deadline: stepsDeadline,
      maxAttempts: settings.maxAttempts,
      log,
    });
    const token = await net
      .requestAccessToken(tokenHttp, {
        credentials: settings.credentials,
        imsEndpoint: settings.imsEndpoint,
        mask: (value, label) => host.mask(value, label),
      })
      .catch((error: unknown) => {
        // The rotation's own scopes are refused when the project lacks the API that grants them.
        if (error instanceof net.ImsRefusal && error.code === 'invalid_scope') {
          throw new ActionError(
            `IMS refused the I/O Management scopes a rotation needs (adobeio_api, read_client_secret, manage_client_secrets, additional_info.roles): add the I/O Management API to the credential's Developer Console project. ${error.message}`,
          );
        }
        throw error;
      })
      .finally(() => tokenHttp.close());
    const run: RotationRun = {
      context,
      settings,
      record,
      report,
      net,
      deadline: stepsDeadline,
      reserveMs,
      github,
      console(until) {
        const http = new net.HttpClient({
          deadline: until,
          maxAttempts: settings.maxAttempts,
          log,
        });
        const secrets = new ConsoleSecrets(http, {
          endpoint: settings.rotation?.consoleEndpoint ?? '',
          orgId: settings.rotation?.consoleOrgId ?? '',
          credentialId: settings.rotation?.credentialId ?? '',
          clientId: settings.credentials.clientId,
          accessToken: token.value,
        });
        return { secrets, close: () => http.close() };
      },
    };
    await rotation(run, checks);
    const unstored = unstoredSecretWarning(record, context.githubSecrets !== undefined);
    if (unstored) host.warning(unstored, { title: 'Rotation' });
  } catch (error) {
    failure = failureMessage(error);
    throw error;
  } finally {
    checks.push(rotationCheck(record, failure));
    report.checks = publishChecks(host, checks);
    host.setOutput('rotation', rotationOutput(record));
    await github?.close();
    await host.appendSummary(summaryMarkdown(report));
  }
}
