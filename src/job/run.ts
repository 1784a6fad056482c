// The use case: read and check the inputs, then hand over to the mode's own module:
// verify-and-provision.ts (validate, print, apply) or rotate.ts. Only the input rules are
// imported statically: a run that stops on a bad input loads nothing else.
import type { InputProblem } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import { SECRET_INPUTS } from '../inputs/catalogue.js';
import { parseInputs } from '../inputs/rules.js';
import type { RunContext } from './context.js';
import { rollbackReserveMs } from './rotation.js';

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
    if (settings.mode === 'rotate') {
      const { rotateSecret } = await import('./rotate.js');
      await rotateSecret(context, settings, deadline);
    } else {
      const { verifyAndProvision } = await import('./verify-and-provision.js');
      await verifyAndProvision(context, settings, deadline);
    }
  } finally {
    clearTimeout(guard);
  }
  return true;
}
