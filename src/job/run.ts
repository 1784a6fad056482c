// The use case: read and check the inputs, verify the credential with Adobe, then print
// or apply the nlserver command, and report. Only light modules are imported statically:
// a run that stops on a bad input never loads the HTTP, JWT or nlserver code.
import { failed } from '../common/checks.js';
import { ActionError } from '../common/errors.js';
import type { InputProblem } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import { kindOf } from '../credentials/kinds.js';
import { SECRET_INPUTS } from '../inputs/catalogue.js';
import { parseInputs } from '../inputs/rules.js';
import type { Settings } from '../inputs/settings.js';
import type { RunContext } from './context.js';
import { applyCommands, printCommands } from './provision.js';
import { checksOutput, type RunReport, summaryMarkdown } from './report.js';

/** Runs the whole job; false when the inputs were refused (the CLI's usage error). */
export async function runJob(context: RunContext): Promise<boolean> {
  const { host } = context;
  for (const name of SECRET_INPUTS) host.mask(context.readInput(name), name);
  const parsed = parseInputs(context.readInput);
  for (const form of parsed.secretForms) host.mask(form, 'private-key');
  for (const warning of parsed.warnings) host.warning(warning);
  for (const warning of context.surroundingWarnings ?? [])
    host.warning(warning, { title: 'Workflow event' });
  const settings = parsed.settings;
  const usageProblems = context.usageProblems ?? [];
  if (!settings || usageProblems.length > 0) {
    const emptySecret = (p: InputProblem) =>
      p.kind === 'missing' && SECRET_INPUTS.includes(p.input as never);
    const withheld = parsed.problems.some(emptySecret)
      ? context.missingSecretReason?.()
      : undefined;
    if (withheld) host.warning(withheld, { title: 'Secrets unavailable to this run' });
    for (const problem of usageProblems) host.error(problem);
    for (const problem of parsed.problems) {
      const hint = emptySecret(problem) && !withheld ? context.emptySecretHint : undefined;
      host.error(hint ? `${problem.message} ${hint}` : problem.message);
    }
    const count = usageProblems.length + parsed.problems.length;
    host.fail(
      `${count} problem${count > 1 ? 's need' : ' needs'} fixing; nothing was sent to Adobe.`,
    );
    return false;
  }

  const deadline = Date.now() + settings.timeoutSeconds * 1000;
  // HTTP calls and nlserver stop at the deadline themselves; this guard is the backstop.
  const guard = setTimeout(
    () => {
      host.fail(
        `The run exceeded ${inputRef('timeout-seconds')} (${settings.timeoutSeconds} s) and was stopped.`,
      );
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
  const { createBoundedFetch, verifyCredentials } = await import('./verify.js');
  for (const warning of kindOf(settings.credentials).warnings(settings.credentials))
    host.warning(warning);
  const outcome = await verifyCredentials(settings, {
    deadline,
    log: (line) => host.info(line),
    step: (message) => host.step(message),
    mask: (value, label) => host.mask(value, label),
  });

  const report: RunReport = {
    mode: settings.mode,
    credentialLabel: kindOf(settings.credentials).label,
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
  if (settings.alert && context.syncAlert) {
    const http = createBoundedFetch(deadline);
    try {
      await context.syncAlert(settings.alert, outcome.checks, http);
    } finally {
      await http.close();
    }
  }

  try {
    const failures = failed(outcome.checks);
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
    await host.appendSummary(summaryMarkdown(report));
  }
}
