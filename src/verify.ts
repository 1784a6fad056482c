// Everything that talks to Adobe, loaded only once the inputs are known to be good.

import { AnalyticsApi, RequestBudget } from './analytics-api.js';
import { certificateChecks } from './certificate.js';
import type { Check } from './checks.js';
import { HttpClient } from './http.js';

// Re-exported so the alerts use the HTTP layer loaded with this chunk.
export { createBoundedFetch } from './http.js';

import type { Settings } from './inputs.js';
import { ANALYTICS_RATE_LIMIT, checkPermissions, RATE_LIMIT_MARGIN_MS } from './permissions.js';
import { checkToken } from './token-check.js';

export interface VerifyContext {
  deadline: number;
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
  const outcome: VerifyOutcome = {
    checks: [],
    tokenExpiresAt: undefined,
    globalCompanyId: settings.globalCompanyId,
  };
  if (settings.certificate) {
    outcome.checks.push(
      ...certificateChecks(
        settings.certificate,
        settings.credentials.privateKey?.key,
        new Date(),
        settings.expiryWarningDays,
      ),
    );
  }
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
    context.step(
      `Requesting an access token from Adobe IMS (${settings.credentials.auth === 'oauth' ? 'OAuth Server-to-Server' : 'Service Account JWT'})`,
    );
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
      context.step('Checking the Adobe Analytics product profile');
      const permissions = await checkPermissions(api, {
        orgId: credentials.orgId,
        technicalAccountId: credentials.technicalAccountId,
        globalCompanyId: settings.globalCompanyId,
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
