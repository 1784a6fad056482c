// The provisioning half of a run: print the nlserver commands or apply them.
import { ActionError } from '../common/errors.js';
import { inputRef } from '../common/input-ref.js';
import { kindOf } from '../credentials/kinds.js';
import type { Settings } from '../inputs/settings.js';
import { fullCommandLine, redactedCommand } from '../nlserver/command.js';
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

function describeResult(exitCode: number | undefined): Pick<InstanceRow, 'result' | 'state'> {
  if (exitCode === undefined)
    return { result: `stopped at ${inputRef('timeout-seconds')}`, state: 'failed' };
  return exitCode === 0
    ? { result: 'configured', state: 'done' }
    : { result: `failed (exit code ${exitCode})`, state: 'failed' };
}

export async function applyCommands(
  context: RunContext,
  settings: Settings,
  report: RunReport,
  deadline: number,
): Promise<void> {
  const { host, env } = context;
  const { applyToInstances } = await import('../nlserver/apply.js');
  const results = await applyToInstances(host, {
    nlserver: settings.nlserver,
    instances: settings.instances,
    credentials: settings.credentials,
    continueOnInstanceError: settings.continueOnInstanceError,
    env,
    deadline,
  });
  report.instances = settings.instances.map((instance) => {
    const result = results.find((r) => r.instance === instance);
    return {
      instance,
      command: redactedCommand(settings.nlserver, instance, settings.credentials),
      ...(result ? describeResult(result.exitCode) : { result: 'not attempted', state: 'not-run' }),
    };
  });
  host.setOutput('command', report.instances.map((row) => row.command).join('\n'));
  const failures = results.filter((r) => r.exitCode !== 0);
  if (failures.length > 0) {
    const skipped = settings.instances.length - results.length;
    throw new ActionError(
      `nlserver config failed for ${failures.map((f) => `instance ${f.instance} (${f.exitCode === undefined ? `stopped at ${inputRef('timeout-seconds')}` : `exit code ${f.exitCode}`})`).join(', ')}` +
        (skipped > 0
          ? `; ${skipped} remaining instance(s) were not attempted (set ${inputRef('continue-on-instance-error', 'true')} to try them all)`
          : '') +
        '. Check the nlserver output above.',
    );
  }
}
