// Everything that talks to Adobe, loaded only once the inputs are known to be good.
import { AnalyticsApi } from '../adobe/analytics/api.js';
import { RequestBudget } from '../adobe/analytics/budget.js';
import {
  ANALYTICS_RATE_LIMIT,
  checkPermissions,
  RATE_LIMIT_MARGIN_MS,
} from '../adobe/analytics/permissions.js';
import type { AccessToken } from '../adobe/ims.js';
import { checkToken } from '../adobe/token-check.js';
import type { Check } from '../common/checks.js';
import { HttpClient } from '../common/http.js';
import { inputRef } from '../common/input-ref.js';

// The job's other calls (the alert issue, a rotation) share this chunk's network layer.
export { ImsRefusal, requestAccessToken } from '../adobe/ims.js';
export { createBoundedFetch } from '../common/bounded-fetch.js';
export { HttpClient, OutcomeUnknown } from '../common/http.js';

import { kindOf } from '../credentials/kinds.js';
import type { Settings } from '../inputs/settings.js';

export interface VerifyContext {
  deadline: number;
  /** A token already issued for these credentials (a rotation's new secret): IMS is not asked again. */
  token?: AccessToken;
  log: (line: string) => void;
  step: (message: string) => void;
  mask: (value: string, label: string) => void;
}

export interface VerifyOutcome {
  checks: Check[];
  tokenExpiresAt: Date | undefined;
  globalCompanyId: string | undefined;
}

export async function verifyCredentials(
  settings: Settings,
  context: VerifyContext,
): Promise<VerifyOutcome> {
  const { credentials } = settings;
  const kind = kindOf(credentials);
  const outcome: VerifyOutcome = {
    checks: kind.localChecks(credentials, new Date()),
    tokenExpiresAt: undefined,
    globalCompanyId: settings.globalCompanyId,
  };
  if (settings.verify === 'none') {
    outcome.checks.push({
      id: 'ims-token',
      status: 'skip',
      message: `With ${inputRef('verify', 'none')}, the credential was not checked with Adobe.`,
    });
    return outcome;
  }
  const http = new HttpClient({
    deadline: context.deadline,
    maxAttempts: settings.maxAttempts,
    log: context.log,
  });
  try {
    context.step(`Requesting an access token from Adobe IMS (${kind.label})`);
    const tokenResult = await checkToken(
      http,
      { credentials, imsEndpoint: settings.imsEndpoint, mask: context.mask },
      context.token,
    );
    outcome.checks.push(...tokenResult.checks);
    outcome.tokenExpiresAt = tokenResult.token?.expiresAt;
    if (settings.verify === 'permissions' && tokenResult.token) {
      const api = new AnalyticsApi(
        http,
        {
          endpoint: settings.analyticsEndpoint,
          accessToken: tokenResult.token.value,
          clientId: credentials.clientId,
          orgId: credentials.orgId,
        },
        new RequestBudget(
          ANALYTICS_RATE_LIMIT.requests,
          ANALYTICS_RATE_LIMIT.windowMs + RATE_LIMIT_MARGIN_MS,
          context.deadline,
        ),
      );
      context.step('Checking the Adobe Analytics product profile');
      const permissions = await checkPermissions(api, {
        orgId: credentials.orgId,
        technicalAccountId: credentials.technicalAccountId,
        globalCompanyId: settings.globalCompanyId,
        reportSuites: settings.reportSuites,
        metrics: settings.metrics,
        dimensions: settings.dimensions,
        toolProbes: settings.toolProbes,
        campaignEvar: settings.campaignEvar,
      });
      outcome.checks.push(...permissions.checks);
      outcome.globalCompanyId = permissions.globalCompanyId;
    }
    return outcome;
  } finally {
    await http.close();
  }
}
