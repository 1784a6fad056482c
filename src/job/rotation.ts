// What a rotation did, as data: how far it went, which secret each instance holds, and
// what finishes the job when it stopped half way. Pure, for the outputs, the summary and
// the error.
import type { SecretInfo } from '../adobe/console/secrets.js';
import type { Check } from '../common/checks.js';
import { inputRef } from '../common/input-ref.js';
import type { InstanceResult } from '../nlserver/apply.js';

/**
 * refused: stopped before any change; rolled-back: the new secret was added, then deleted;
 * rollback-failed: it could not be deleted, so both exist; incomplete: the new secret is
 * on some instances, the old one kept so both work; old-secret-kept: every instance holds
 * the new secret and delete-old-secret is false; old-secret-delete-failed: every instance
 * holds the new secret, but the old one could not be deleted; completed: done.
 */
export type RotationState =
  | 'refused'
  | 'rolled-back'
  | 'rollback-failed'
  | 'incomplete'
  | 'old-secret-kept'
  | 'old-secret-delete-failed'
  | 'completed';

/** Which secret an instance holds now: unknown when it may have taken the new one. */
export type InstanceSecret = 'new-secret' | 'old-secret' | 'unknown';

export interface RotationRecord {
  state: RotationState;
  oldSecret: SecretInfo | undefined;
  newSecret: { uuid: string | undefined; createdAt: Date | undefined } | undefined;
  oldDeleted: boolean;
  instances: { name: string; result: InstanceSecret }[];
  githubSecret: 'updated' | 'not-configured' | 'failed';
  /** The rerun that finishes a partial rotation. */
  finish: string | undefined;
}

export const SUCCEEDED: readonly RotationState[] = ['completed', 'old-secret-kept'];

/**
 * The part of timeout-seconds kept for deleting a new secret again: the steps end that
 * much earlier, so a rollback still fits when they run out of time.
 */
export function rollbackReserveMs(timeoutSeconds: number): number {
  return Math.min(10_000, Math.floor((timeoutSeconds * 1000) / 3));
}

export function newRecord(instances: string[], githubConfigured: boolean): RotationRecord {
  return {
    state: 'refused',
    oldSecret: undefined,
    newSecret: undefined,
    oldDeleted: false,
    instances: instances.map((name) => ({ name, result: 'old-secret' })),
    githubSecret: githubConfigured ? 'failed' : 'not-configured',
    finish: undefined,
  };
}

/** An instance holds the new secret only once it was read back (or configured, without a conf folder). */
export function instanceSecret(result: InstanceResult | undefined): InstanceSecret {
  if (!result) return 'old-secret';
  if (result.exitCode === 0)
    return result.readBack === undefined || result.readBack === 'confirmed'
      ? 'new-secret'
      : 'unknown';
  // A failing nlserver is taken not to have written; one stopped half way may have.
  return result.exitCode === undefined ? 'unknown' : 'old-secret';
}

/** The `rotation` output. */
export function rotationOutput(record: RotationRecord): string {
  return JSON.stringify({
    state: record.state,
    oldSecretUuid: record.oldSecret?.uuid ?? '',
    newSecretUuid: record.newSecret?.uuid ?? '',
    instances: record.instances,
    githubSecret: record.githubSecret,
  });
}

/** The one rerun that finishes a rotation whose new secret is not on every instance yet. */
export function finishInstruction(record: RotationRecord, secretName: string | undefined): string {
  const pending = record.instances.filter((i) => i.result !== 'new-secret').map((i) => i.name);
  const value = secretName
    ? `the GitHub secret ${secretName}, which now holds the new secret`
    : `the new secret (Developer Console > the credential > Client secrets, uuid ${record.newSecret?.uuid ?? 'the newest'})`;
  return `To finish, run again with ${inputRef('mode', 'apply')}, ${inputRef('instances')} ${pending.join(', ')} and ${inputRef('client-secret')} set to ${value}; then delete the old secret ${record.oldSecret?.uuid ?? ''} in Developer Console once its last-used time stops changing.`;
}

/** The row that says how far the rotation went, with the reason when it stopped. */
export function rotationCheck(record: RotationRecord, failure: string | undefined): Check {
  const id = 'client-secret-rotation';
  const newUuid = record.newSecret?.uuid ?? '(new)';
  const oldUuid = record.oldSecret?.uuid ?? '(old)';
  if (record.state === 'completed') {
    return {
      id,
      status: 'pass',
      capability: '',
      message: `The client secret was rotated: every instance holds the new secret ${newUuid}, and the old secret ${oldUuid} was deleted.`,
    };
  }
  if (record.state === 'old-secret-kept') {
    return {
      id,
      status: 'pass',
      capability: '',
      message: `Every instance holds the new client secret ${newUuid}; the old secret ${oldUuid} was kept, so both work.`,
    };
  }
  return {
    id,
    status: 'fail',
    capability: '',
    message: `Rotation ${record.state}: ${failure ?? 'stopped'}`,
  };
}

/**
 * When the new secret was stored nowhere: where the secret the pipeline reads (and the
 * next rotation mints its token with) went. `canStore`: this run could have stored it.
 */
export function unstoredSecretWarning(
  record: RotationRecord,
  canStore: boolean,
): string | undefined {
  if (record.githubSecret !== 'not-configured' || !SUCCEEDED.includes(record.state)) return;
  const copy = `copy the new secret ${record.newSecret?.uuid ?? ''} from Developer Console > the credential > Client secrets (Adobe shows it there) into every place that holds the old one, such as your CI system's secret store`;
  const next = canStore ? ` Set ${inputRef('github-secret-name')} to have it stored for you.` : '';
  return record.oldDeleted
    ? `The new client secret was stored nowhere, and the old one is deleted: ${copy}. Until then, runs that read the old one, including the next rotation, fail.${next}`
    : `The new client secret was stored nowhere: ${copy}, then delete the old secret ${record.oldSecret?.uuid ?? ''}.${next}`;
}
