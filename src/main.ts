// Reads the inputs and wires the parts together. Only light modules are imported
// statically: a run that stops on a bad input never loads the HTTP or JWT code.
import type { Check } from './checks.js';
import { failed } from './checks.js';
import { writeCommandFile } from './command-file.js';
import { ActionError } from './errors.js';
import type { Host } from './host.js';
import {
  type AlertSettings,
  JWT_END_OF_LIFE,
  parseInputs,
  SECRET_INPUTS,
  type Settings,
} from './inputs.js';
import { fullCommandLine, PLACEHOLDERS, redactedCommand } from './nlserver.js';
import { checksOutput, type RunReport, summaryMarkdown } from './report.js';
import { eventWarnings, secretsUnavailableReason } from './run-context.js';

export interface RunContext {
  host: Host;
  readInput: (name: string) => string;
  env: Record<string, string | undefined>;
  /**
   * Where print mode delivers the full commands. The action writes a 0600 file under
   * RUNNER_TEMP; the CLI on a terminal passes stdout.
   */
  deliverFullCommands?: (text: string) => void;
}

function maskInputs({ host, readInput }: RunContext): void {
  for (const name of SECRET_INPUTS) host.mask(readInput(name), name);
}

function printCommands(context: RunContext, settings: Settings, report: RunReport): void {
  const { host, env } = context;
  const { nlserver, instances, credentials } = settings;
  const redacted = instances.map((instance) => redactedCommand(nlserver, instance, credentials));
  for (const line of redacted) host.info(line);
  host.setOutput('command', redacted.join('\n'));

  const full = `${instances.map((instance) => fullCommandLine(nlserver, instance, credentials)).join('\n')}\n`;
  if (context.deliverFullCommands) {
    context.deliverFullCommands(full);
  } else {
    const directory = env.RUNNER_TEMP;
    if (!directory) {
      throw new ActionError('RUNNER_TEMP is not set, so the command file cannot be written.');
    }
    const file = writeCommandFile(directory, full);
    host.saveState('commandFile', file);
    host.setOutput('command-file', file);
    host.info(
      `The full command${instances.length > 1 ? 's are' : ' is'} in ${file} (mode 0600, removed after the job). The log shows ${PLACEHOLDERS.clientSecret}${credentials.auth === 'jwt' ? ` and ${PLACEHOLDERS.privateKey}` : ''} in place of the secrets.`,
    );
  }
  report.instances = instances.map((instance, i) => ({
    instance,
    command: redacted[i] ?? '',
    result: 'printed',
  }));
}

async function applyCommands(
  context: RunContext,
  settings: Settings,
  report: RunReport,
): Promise<void> {
  const { host, env } = context;
  const { applyToInstances } = await import('./apply.js');
  const results = await applyToInstances(host, {
    nlserver: settings.nlserver,
    instances: settings.instances,
    credentials: settings.credentials,
    continueOnInstanceError: settings.continueOnInstanceError,
    env,
  });
  report.instances = settings.instances.map((instance) => {
    const result = results.find((r) => r.instance === instance);
    const outcome = !result
      ? 'not attempted'
      : result.exitCode === 0
        ? 'configured'
        : `failed (exit code ${result.exitCode})`;
    return {
      instance,
      command: redactedCommand(settings.nlserver, instance, settings.credentials),
      result: outcome,
    };
  });
  host.setOutput('command', report.instances.map((row) => row.command).join('\n'));
  const failures = results.filter((r) => r.exitCode !== 0);
  if (failures.length > 0) {
    const skipped = settings.instances.length - results.length;
    throw new ActionError(
      `nlserver config failed for ${failures.map((f) => `instance ${f.instance} (exit code ${f.exitCode})`).join(', ')}` +
        (skipped > 0
          ? `; ${skipped} remaining instance(s) were not attempted (set continue-on-instance-error: true to try them all)`
          : '') +
        '. Check the nlserver output above.',
    );
  }
}

const ALERT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

async function updateAlertIssue(
  context: RunContext,
  alert: AlertSettings,
  checks: Check[],
): Promise<void> {
  const { host, env } = context;
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!ALERT_EVENTS.has(event) || !env.GITHUB_REPOSITORY) {
    host.notice(
      `alert-issue applies to scheduled and manual (workflow_dispatch) runs in a repository; skipped for ${event ? `the ${event} event` : 'this run'}.`,
    );
    return;
  }
  const { syncAlertIssue } = await import('./alerts.js');
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  try {
    const done = await syncAlertIssue({
      token: alert.token,
      apiUrl: alert.apiUrl || env.GITHUB_API_URL || 'https://api.github.com',
      repository: env.GITHUB_REPOSITORY,
      label: alert.label,
      runUrl: env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
      checks,
      redact: (text) => host.redact(text),
      warn: (message) => host.warning(message),
    });
    host.info(`Alert: ${done}.`);
  } catch (error) {
    // The checks' own result matters more than the alert: report, do not fail on it.
    host.warning(
      `Could not update the alert issue labelled ${alert.label}: ${(error as Error).message}. The token needs permissions: issues: write.`,
    );
  }
}

/** Runs the whole job; false when the inputs were refused (the CLI's usage error). */
export async function run(context: RunContext): Promise<boolean> {
  const { host } = context;
  maskInputs(context);
  const parsed = parseInputs(context.readInput);
  for (const form of parsed.secretForms) host.mask(form, 'private-key');
  for (const warning of parsed.warnings) host.warning(warning);
  for (const warning of eventWarnings(context.env)) host.warning(warning);
  const settings = parsed.settings;
  const secretMissing = parsed.problems.some((p) =>
    /^(client-secret|private-key) is required/.test(p.message),
  );
  const withheld = secretMissing ? secretsUnavailableReason(context.env) : undefined;
  if (withheld) host.warning(withheld);
  if (!settings) {
    for (const problem of parsed.problems) host.error(problem.message);
    const count = parsed.problems.length;
    host.fail(
      `${count} input${count > 1 ? 's need' : ' needs'} fixing; nothing was sent to Adobe.`,
    );
    return false;
  }

  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  // HTTP calls stop at the deadline themselves; this guard also bounds nlserver.
  const guard = setTimeout(
    () => {
      host.fail(`The run exceeded timeout-seconds (${settings.timeoutSeconds} s) and was stopped.`);
      process.exit(1);
    },
    settings.timeoutSeconds * 1000 + 1000,
  );
  guard.unref();
  try {
    await verifyAndProvision(context, settings, deadline);
  } finally {
    clearTimeout(guard);
  }
  return true;
}

async function verifyAndProvision(
  context: RunContext,
  settings: Settings,
  deadline: number,
): Promise<void> {
  const { host } = context;
  const { verifyCredentials } = await import('./verify.js');
  if (settings.credentials.auth === 'jwt') {
    host.warning(JWT_END_OF_LIFE);
  }
  const outcome = await verifyCredentials(settings, {
    deadline,
    log: (line) => host.info(line),
    step: (message) => host.step(message),
    mask: (value, label) => host.mask(value, label),
  });

  const report: RunReport = {
    mode: settings.mode,
    auth: settings.credentials.auth,
    checks: outcome.checks,
    tokenExpiresAt: outcome.tokenExpiresAt,
    instances: [],
  };
  for (const check of outcome.checks)
    host.info(`${check.status.padEnd(4)} ${check.id}: ${check.message}`);
  host.setOutput('checks', checksOutput(outcome.checks));
  if (outcome.tokenExpiresAt)
    host.setOutput('token-expires-at', outcome.tokenExpiresAt.toISOString());
  if (outcome.globalCompanyId) host.setOutput('global-company-id', outcome.globalCompanyId);

  if (settings.alert) await updateAlertIssue(context, settings.alert, outcome.checks);
  try {
    const failures: Check[] = failed(outcome.checks);
    if (failures.length > 0) {
      const stopped =
        settings.mode === 'validate'
          ? ''
          : ` Nothing was ${settings.mode === 'print' ? 'printed' : 'applied'}.`;
      throw new ActionError(`${failures.map((f) => f.message).join(' ')}${stopped}`);
    }
    if (settings.mode === 'print') printCommands(context, settings, report);
    if (settings.mode === 'apply') await applyCommands(context, settings, report);
  } finally {
    host.appendSummary(summaryMarkdown(report));
  }
}
