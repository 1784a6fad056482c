// The provisioning half of a run: print the nlserver commands or apply them, and read the
// credential back from each instance's configuration.
import { existsSync } from 'node:fs';
import { ActionError } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import { type Credentials, kindOf } from '../credentials/kinds.js';
import type { Settings } from '../inputs/settings.js';
import type { InstanceResult } from '../nlserver/apply.js';
import { fullCommandLine, redactedCommand } from '../nlserver/command.js';
import { defaultConfDir, resolveExecutable } from '../nlserver/install.js';
import type { RunContext } from './context.js';
import type { InstanceRow, RunReport } from './report.js';

export function printCommands(context: RunContext, settings: Settings, report: RunReport): void {
  const { host } = context;
  const { nlserver, instances, credentials } = settings;
  const redacted = instances.map((instance) => redactedCommand(nlserver, instance, credentials));
  for (const line of redacted) host.info(line);
  host.setOutput('command', redacted.join('\n'));

  const full = `${instances.map((instance) => fullCommandLine(nlserver, instance, credentials)).join('\n')}\n`;
  const where = context.deliverFullCommands(full);
  if (where) {
    host.info(
      `The full command${instances.length > 1 ? 's are' : ' is'} in ${where}. The log shows ${kindOf(credentials).placeholders.join(' and ')} in place of the secrets.`,
    );
  }
  report.instances = instances.map((instance, i) => ({
    instance,
    command: redacted[i] ?? '',
    result: 'printed',
    state: 'done',
  }));
}

/** Where the credential is read back from, or undefined (with a notice) when it cannot be. */
function readBackFolder(context: RunContext, settings: Settings): string | undefined {
  if (settings.campaignConfDir) return settings.campaignConfDir;
  const executable = resolveExecutable(settings.nlserver, context.env);
  const folder = executable ? defaultConfDir(executable) : undefined;
  if (folder && existsSync(folder)) return folder;
  context.host.notice(
    `The credential was not read back from config-<instance>.xml: ${folder ? `there is no folder ${folder} beside nlserver's bin folder` : `${inputRef('nlserver')} was not found to look beside it`}. Set ${inputRef('campaign-conf-dir')} to Campaign's conf folder to read it back.`,
    { title: 'Read-back skipped' },
  );
  return undefined;
}

function describeResult(result: InstanceResult | undefined): Pick<InstanceRow, 'result' | 'state'> {
  if (!result) return { result: 'not attempted', state: 'not-run' };
  if (result.exitCode === undefined)
    return { result: `stopped at ${inputRef('timeout-seconds')}`, state: 'failed' };
  if (result.exitCode !== 0)
    return { result: `failed (exit code ${result.exitCode})`, state: 'failed' };
  if (result.readBack === undefined) return { result: 'configured', state: 'done' };
  return result.readBack === 'confirmed'
    ? { result: 'configured and read back', state: 'done' }
    : { result: `configured, but ${result.readBack.problem}`, state: 'failed' };
}

function failureOf(result: InstanceResult): string {
  if (result.exitCode === undefined) return `stopped at ${inputRef('timeout-seconds')}`;
  if (result.exitCode !== 0) return `exit code ${result.exitCode}`;
  return typeof result.readBack === 'object' ? result.readBack.problem : 'not read back';
}

export interface Configured {
  results: InstanceResult[];
  rows: InstanceRow[];
  /** Why not every instance holds the credential, or the reload failed; undefined: all did. */
  failure: string | undefined;
}

/** Runs nlserver config on each instance with `credentials`, reads it back, and reloads. */
export async function configureInstances(
  context: RunContext,
  settings: Settings,
  credentials: Credentials,
  deadline: number,
): Promise<Configured> {
  const { host, env } = context;
  const { applyToInstances, configured, reloadConfiguration } = await import(
    '../nlserver/apply.js'
  );
  const confDir = readBackFolder(context, settings);
  const request = {
    nlserver: settings.nlserver,
    instances: settings.instances,
    credentials,
    continueOnInstanceError: settings.continueOnInstanceError,
    env,
    deadline,
    readBack: confDir
      ? {
          confDir,
          expected: {
            clientId: credentials.clientId,
            technicalAccountId: credentials.technicalAccountId ?? '',
          },
        }
      : undefined,
  };
  const results = await applyToInstances(host, request);
  const rows = settings.instances.map((instance) => ({
    instance,
    command: redactedCommand(settings.nlserver, instance, credentials),
    ...describeResult(results.find((r) => r.instance === instance)),
  }));
  const failures = results.filter((result) => !configured(result));
  if (failures.length > 0) {
    const skipped = settings.instances.length - results.length;
    return {
      results,
      rows,
      failure:
        `nlserver config failed for ${failures.map((f) => `instance ${f.instance} (${failureOf(f)})`).join(', ')}` +
        (skipped > 0
          ? `; ${skipped} remaining instance(s) were not attempted (set ${inputRef('continue-on-instance-error', 'true')} to try them all)`
          : '') +
        '. Check the nlserver output above.',
    };
  }
  if (settings.reload) {
    const exitCode = await reloadConfiguration(host, request);
    if (exitCode !== 0) {
      return {
        results,
        rows,
        failure: `nlserver config -reload ${exitCode === undefined ? `was stopped at ${inputRef('timeout-seconds')}` : `failed (exit code ${exitCode})`}: every instance holds the credential, but running processes may not have taken it; restart Campaign (nlserver restart) or run nlserver config -reload again.`,
      };
    }
  }
  return { results, rows, failure: undefined };
}

export async function applyCommands(
  context: RunContext,
  settings: Settings,
  report: RunReport,
  deadline: number,
): Promise<void> {
  const { rows, failure } = await configureInstances(
    context,
    settings,
    settings.credentials,
    deadline,
  );
  report.instances = rows;
  context.host.setOutput('command', rows.map((row) => row.command).join('\n'));
  if (failure) throw new ActionError(failure);
}
