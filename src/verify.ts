// Everything that talks to Adobe, loaded only once the inputs are known to be good.

import { AnalyticsApi, RequestBudget } from './analytics-api.js';
import type { Check } from './checks.js';
import { HttpClient } from './http.js';
import type { Settings } from './inputs.js';
import { ANALYTICS_RATE_LIMIT, checkPermissions, RATE_LIMIT_MARGIN_MS } from './permissions.js';
import { checkToken } from './token-check.js';

export interface VerifyContext {
  deadline: number;
  log: (line: string) => void;
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
  const outcome: VerifyOutcome = {
    checks: [],
    tokenExpiresAt: undefined,
    globalCompanyId: settings.globalCompanyId,
  };
  if (settings.verify === 'none') {
    outcome.checks.push({
      id: 'ims-token',
      status: 'skip',
      message: 'verify is none: the credential was not checked with Adobe.',
    });
    return outcome;
  }
  const http = new HttpClient({
    deadline: context.deadline,
    maxAttempts: settings.maxAttempts,
    log: context.log,
  });
  try {
    const tokenResult = await checkToken(http, {
      credentials: settings.credentials,
      imsEndpoint: settings.imsEndpoint,
      scopes: settings.scopes,
      metascopes: settings.metascopes,
      mask: context.mask,
    });
    outcome.checks.push(...tokenResult.checks);
    outcome.tokenExpiresAt = tokenResult.token?.expiresAt;
    if (settings.verify === 'permissions' && tokenResult.token) {
      const { credentials } = settings;
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
      const permissions = await checkPermissions(api, {
        orgId: credentials.orgId,
        technicalAccountId: credentials.technicalAccountId,
        globalCompanyId: settings.globalCompanyId,
        identityProven: tokenResult.identityProven,
        reportSuites: settings.reportSuites,
        metrics: settings.metrics,
        dimensions: settings.dimensions,
      });
      outcome.checks.push(...permissions.checks);
      outcome.globalCompanyId = permissions.globalCompanyId;
    }
    return outcome;
  } finally {
    await http.close();
  }
}
