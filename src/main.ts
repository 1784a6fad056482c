// Reads the inputs and wires the parts together. Only light modules are imported
// statically: a run that stops on a bad input never loads the HTTP or JWT code.
import type { Check } from './checks.js';
import { failed } from './checks.js';
import { ActionError } from './errors.js';
import type { Host } from './host.js';
import { JWT_END_OF_LIFE, parseInputs, SECRET_INPUTS, type Settings } from './inputs.js';
import { applyCommands, printCommands } from './provision.js';
import { checksOutput, type RunReport, summaryMarkdown } from './report.js';
import { alertTarget, eventWarnings, secretsUnavailableReason } from './run-context.js';

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
  // HTTP calls and nlserver stop at the deadline themselves; this guard is the backstop.
  const guard = setTimeout(
    () => {
      host.fail(`The run exceeded timeout-seconds (${settings.timeoutSeconds} s) and was stopped.`);
      process.exit(1);
    },
    settings.timeoutSeconds * 1000 + 3000,
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

  if (settings.alert) {
    const target = alertTarget(context.env, settings.alert);
    if (typeof target === 'string') host.notice(target);
    else {
      // The HTTP layer comes from the already loaded verify chunk, not a second copy.
      const [{ updateAlertIssue }, { createBoundedFetch }] = await Promise.all([
        import('./alerts.js'),
        import('./verify.js'),
      ]);
      await updateAlertIssue(host, target, outcome.checks, createBoundedFetch(deadline));
    }
  }
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
    if (settings.mode === 'apply') await applyCommands(context, settings, report, deadline);
  } finally {
    host.appendSummary(summaryMarkdown(report));
  }
}
