// validate, print and apply: verify the credential with Adobe, report the checks (log,
// outputs, alert issue, job summary), then print or apply the nlserver command. Loaded
// once the inputs are known to be good; the network code loads later still, and only
// when verify is not none.
import { type Check, failed } from '../common/checks.js';
import { ActionError, failureMessage } from '../common/errors.js';
import { kindOf } from '../credentials/kinds.js';
import type { Settings } from '../inputs/settings.js';
import { redactedCommand } from '../nlserver/command.js';
import { publishChecks } from './check-groups.js';
import type { RunContext } from './context.js';
import { applyCommands, printCommands } from './provision.js';
import type { RunReport } from './report.js';
import { summaryMarkdown } from './summary.js';
import type { VerifyOutcome } from './verify.js';

export async function verifyAndProvision(
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

  const checks = publishChecks(host, outcome.checks);
  const report: RunReport = {
    mode: settings.mode,
    credentialLabel: kindOf(settings.credentials).label,
    checks,
    tokenExpiresAt: outcome.tokenExpiresAt,
    instances: [],
  };
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
