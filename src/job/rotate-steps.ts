// The steps of a rotation that can go wrong half way, each leaving the credential in a
// known state: the rollback, the proof of the new secret, and its application.
import type { ConsoleSecrets, SecretInfo } from '../adobe/console/secrets.js';
import type { AccessToken } from '../adobe/ims.js';
import type { BoundedFetch } from '../common/bounded-fetch.js';
import { type Check, failed } from '../common/checks.js';
import { ActionError, errorMessage } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import type { Settings } from '../inputs/settings.js';
import type { RunContext } from './context.js';
import { configureInstances } from './provision.js';
import type { RunReport } from './report.js';
import {
  finishInstruction,
  type InstanceSecret,
  instanceSecret,
  type RotationRecord,
} from './rotation.js';

const SECRET_WORDS: Record<InstanceSecret, string> = {
  'new-secret': 'new secret',
  'old-secret': 'old secret',
  unknown: 'secret unknown',
};

type Network = typeof import('./verify.js');

// IMS may take a moment to accept a new secret: invalid_client is retried this long.
const ACTIVATION_WAIT_MS = 30_000;

export interface RotationRun {
  context: RunContext;
  settings: Settings;
  record: RotationRecord;
  report: RunReport;
  net: Network;
  /** Every step but the rollback ends by this time. */
  deadline: number;
  /** Kept out of `deadline`, so a rollback can still run when the steps ran out of time. */
  reserveMs: number;
  console: (deadline: number) => { secrets: ConsoleSecrets; close: () => Promise<void> };
  github: BoundedFetch | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Two secrets, or another credential: stop before any change, saying what to do. */
export function refusalOf(
  listed: { clientId: string; secrets: SecretInfo[] },
  settings: Settings,
): string | undefined {
  const { credentials, rotation } = settings;
  if (listed.clientId !== credentials.clientId) {
    return `Developer Console credential ${rotation?.credentialId} belongs to another client id than ${inputRef('client-id')} ${credentials.clientId}: copy ${inputRef('console-org-id')} and ${inputRef('credential-id')} from this credential's page URL.`;
  }
  if (listed.secrets.length === 1) return undefined;
  const when = (date: Date | undefined) => date?.toISOString() ?? 'never';
  const each = listed.secrets
    .map((s) => `${s.uuid} (created ${when(s.createdAt)}, last used ${when(s.lastUsedAt)})`)
    .join('; ');
  return listed.secrets.length === 0
    ? 'The credential has no client secret at all in the Developer Console: nothing to rotate.'
    : `The credential already has ${listed.secrets.length} client secrets: ${each}. A rotation needs exactly one, to add the new one beside it. Delete the unused one in Developer Console (the one whose last-used time is old or never) and run again.`;
}

/** The new secret's uuid, from the add answer or, as Adobe's SDK spec omits it, the list. */
async function newSecretUuid(
  run: RotationRun,
  secrets: ConsoleSecrets,
): Promise<string | undefined> {
  if (run.record.newSecret?.uuid) return run.record.newSecret.uuid;
  const listed = await secrets.list();
  return listed.secrets.find((s) => s.uuid !== run.record.oldSecret?.uuid)?.uuid;
}

/** Deletes the new secret again, with its own time, and ends the run saying what happened. */
export async function rollBack(run: RotationRun, reason: string): Promise<never> {
  const { host } = run.context;
  host.step('Deleting the new client secret again');
  const client = run.console(Date.now() + run.reserveMs);
  let uuid: string | undefined;
  try {
    uuid = await newSecretUuid(run, client.secrets);
    if (uuid) await client.secrets.remove(uuid);
    run.record.state = 'rolled-back';
  } catch (error) {
    run.record.state = 'rollback-failed';
    throw new ActionError(
      `${reason} Deleting the new client secret again failed (${errorMessage(error)}): the credential now has two secrets. Delete ${uuid ?? 'the newer one'} in Developer Console > the credential > Client secrets; the old secret still works.`,
    );
  } finally {
    await client.close();
  }
  throw new ActionError(
    `${reason} The new client secret was deleted again: nothing changed, and the old secret still works.`,
  );
}

/** A token with the new secret, waiting while IMS may not know it yet. */
async function awaitActivation(run: RotationRun, newSecret: string): Promise<AccessToken> {
  const { host } = run.context;
  const http = new run.net.HttpClient({
    deadline: run.deadline,
    maxAttempts: run.settings.maxAttempts,
    log: (line) => host.info(line),
  });
  const until = Math.min(Date.now() + ACTIVATION_WAIT_MS, run.deadline);
  try {
    for (let wait = 1_000; ; wait = Math.min(wait * 2, 8_000)) {
      try {
        return await run.net.requestAccessToken(http, {
          credentials: { ...run.settings.credentials, clientSecret: newSecret },
          imsEndpoint: run.settings.imsEndpoint,
          mask: (value, label) => host.mask(value, label),
        });
      } catch (error) {
        const propagating = error instanceof run.net.ImsRefusal && error.code === 'invalid_client';
        if (!propagating || Date.now() + wait > until) throw error;
        host.info(
          `IMS does not accept the new secret yet (invalid_client): trying again in ${wait / 1000} s.`,
        );
        await sleep(wait);
      }
    }
  } finally {
    await http.close();
  }
}

/** Proves the new secret: a token, then the configured checks; says why when it fails. */
export async function proveNewSecret(
  run: RotationRun,
  newSecret: string,
): Promise<{ checks: Check[]; tokenExpiresAt?: Date; failure: string | undefined }> {
  const { host } = run.context;
  // nlserver reads "/" as a field separator, so such a secret could never be applied.
  if (newSecret.includes('/')) {
    return {
      checks: [],
      failure:
        'The new client secret contains "/", which nlserver cannot take; run again for another one.',
    };
  }
  let token: AccessToken;
  try {
    host.step('Requesting a token with the new client secret');
    token = await awaitActivation(run, newSecret);
  } catch (error) {
    return {
      checks: [],
      failure: `The new client secret did not work at IMS: ${errorMessage(error)}`,
    };
  }
  const credentials = { ...run.settings.credentials, clientSecret: newSecret };
  const outcome = await run.net.verifyCredentials(
    { ...run.settings, credentials },
    {
      deadline: run.deadline,
      token,
      log: (line) => host.info(line),
      step: (message) => host.step(message),
      mask: (value, label) => host.mask(value, label),
    },
  );
  const failures = failed(outcome.checks);
  return {
    checks: outcome.checks,
    tokenExpiresAt: outcome.tokenExpiresAt,
    failure:
      failures.length > 0
        ? `The checks failed with the new client secret: ${failures.map((f) => f.message).join(' ')}`
        : undefined,
  };
}

/** Applies the new secret on every instance; keeps the old one when any instance falls short. */
export async function applyNewSecret(run: RotationRun, newSecret: string) {
  const { settings, record } = run;
  const credentials = { ...settings.credentials, clientSecret: newSecret };
  const configured = await configureInstances(run.context, settings, credentials, run.deadline);
  record.instances = settings.instances.map((name) => ({
    name,
    result: instanceSecret(configured.results.find((r) => r.instance === name)),
  }));
  run.report.instances = configured.rows.map((row, i) => ({
    ...row,
    result: `${SECRET_WORDS[record.instances[i]?.result ?? 'unknown']}: ${row.result}`,
  }));
  if (configured.failure) {
    record.state = 'incomplete';
    record.finish = finishInstruction(record, settings.githubSecret?.name);
    throw new ActionError(
      `${configured.failure} The old client secret was kept, so both secrets work. ${record.finish}`,
    );
  }
  return configured.rows;
}
