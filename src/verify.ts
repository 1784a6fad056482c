// Everything that talks to Adobe, loaded only once the inputs are known to be good.
import type { Check } from './checks.js';
import { HttpClient } from './http.js';
import type { Settings } from './inputs.js';
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
      outcome.checks.push({
        id: 'analytics-permissions',
        status: 'skip',
        message:
          'Analytics permission checks are not available in this version; only the token was verified.',
      });
    }
    return outcome;
  } finally {
    await http.close();
  }
}
