// The use case: read and check the inputs, verify the credential with Adobe, then print
// or apply the nlserver command, and report. Only light modules are imported statically:
// a run that stops on a bad input never loads the HTTP, JWT or nlserver code.
import { type Check, failed } from '../common/checks.js';
import { ActionError, failureMessage } from '../common/errors.js';
import type { InputProblem } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import { kindOf } from '../credentials/kinds.js';
import { SECRET_INPUTS } from '../inputs/catalogue.js';
import { parseInputs } from '../inputs/rules.js';
import type { Settings } from '../inputs/settings.js';
import { redactedCommand } from '../nlserver/command.js';
import { publishChecks } from './check-groups.js';
import type { RunContext } from './context.js';
import { applyCommands, printCommands } from './provision.js';
import type { RunReport } from './report.js';
import { rollbackReserveMs } from './rotation.js';
import { summaryMarkdown } from './summary.js';
import type { VerifyOutcome } from './verify.js';

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
  // A rotation's rollback may start at its steps' deadline and needs its reserve after it.
  const grace = settings.mode === 'rotate' ? rollbackReserveMs(settings.timeoutSeconds) : 0;
  // HTTP calls and nlserver stop at the deadline themselves; this guard is the backstop.
  const guard = setTimeout(
    () => {
      host.fail(
        `The run exceeded ${inputRef('timeout-seconds')} (${settings.timeoutSeconds} s) and was stopped.`,
      );
      process.exit(1);
    },
    settings.timeoutSeconds * 1000 + grace + 3000,
  );
  guard.unref();
  try {
    if (settings.mode === 'rotate') await rotate(context, settings, deadline);
    else await verifyAndProvision(context, settings, deadline);
  } finally {
    clearTimeout(guard);
  }
  return true;
}

async function rotate(context: RunContext, settings: Settings, deadline: number): Promise<void> {
  const { rotateSecret } = await import('./rotate.js');
  await rotateSecret(context, settings, deadline, {
    mode: settings.mode,
    credentialLabel: kindOf(settings.credentials).label,
    checks: [],
    tokenExpiresAt: undefined,
    instances: [],
  });
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
  }).catch((error: unknown): VerifyOutcome => {
    // Whatever went wrong, the outputs and the summary still say so.
    if (host.isDebug && error instanceof Error && error.stack) host.debug(error.stack);
    const check: Check = {
      id: 'verification',
      status: 'fail',
      message: failureMessage(error),
      capability: '',
    };
    return { checks: [check], tokenExpiresAt: undefined, globalCompanyId: undefined };
  });

  // Redacted once, before any encoding (JSON for the output, Markdown for the summary and
  // the alert issue) could hide a secret's plain form from the redactor.
  const checks = outcome.checks.map((check) => ({ ...check, message: host.redact(check.message) }));
  const report: RunReport = {
    mode: settings.mode,
    credentialLabel: kindOf(settings.credentials).label,
    checks,
    tokenExpiresAt: outcome.tokenExpiresAt,
    instances: [],
  };
  publishChecks(host, checks);
  if (outcome.tokenExpiresAt)
    host.setOutput('token-expires-at', outcome.tokenExpiresAt.toISOString());
  if (outcome.globalCompanyId) host.setOutput('global-company-id', outcome.globalCompanyId);
  if (settings.alert && context.syncAlert) {
    const http = createBoundedFetch(deadline, {
      maxAttempts: settings.maxAttempts,
      log: (line) => host.info(line),
    });
    try {
      await context.syncAlert(settings.alert, checks, http);
    } finally {
      await http.close();
    }
  }

  try {
    const failures = failed(checks);
    if (failures.length > 0) {
      const stopped =
        settings.mode === 'validate'
          ? ''
          : ` Nothing was ${settings.mode === 'print' ? 'printed' : 'applied'}.`;
      report.instances = settings.instances.map((instance) => ({
        instance,
        command: redactedCommand(settings.nlserver, instance, settings.credentials),
        result: `not ${settings.mode === 'print' ? 'printed' : 'applied'}: a check failed`,
        state: 'not-run',
      }));
      throw new ActionError(`${failures.map((f) => f.message).join(' ')}${stopped}`);
    }
    if (settings.mode === 'print') printCommands(context, settings, report);
    if (settings.mode === 'apply') await applyCommands(context, settings, report, deadline);
  } finally {
    await host.appendSummary(summaryMarkdown(report));
  }
}
