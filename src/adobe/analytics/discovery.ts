// Analytics discovery (/discovery/me) checked against the inputs: the org, the technical
// account, and which company the checks run in.
import type { Check } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import type { PermissionRequest } from './plan.js';
import { fix } from './verdicts.js';

interface Discovery {
  imsUserId?: string;
  imsOrgs?: {
    imsOrgId?: string;
    companies?: { globalCompanyId?: string; companyName?: string }[];
  }[];
}

/** Checks discovery against the inputs and picks the company (pure). */
export function selectCompany(
  body: unknown,
  request: PermissionRequest,
): { check: Check; companyId?: string } {
  const discovery = (body ?? {}) as Discovery;
  const fail = (message: string) => ({
    check: { id: 'analytics-identity', status: 'fail' as const, message },
  });
  const orgs = discovery.imsOrgs ?? [];
  const org = orgs.find((o) => o.imsOrgId?.toLowerCase() === request.orgId.toLowerCase());
  if (!org) {
    const seen = orgs.map((o) => o.imsOrgId).join(', ') || 'none';
    return fail(
      `${inputRef('ims-org-id')} ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`,
    );
  }
  const user = discovery.imsUserId;
  const expected = request.technicalAccountId;
  if (expected && user && user.toLowerCase() !== expected.toLowerCase()) {
    return fail(
      `${inputRef('technical-account-id')} ${expected} does not match the account Analytics sees (${user}): copy the technical account ID from the same credential.`,
    );
  }
  const companies = org.companies ?? [];
  const list = companies
    .map((c) => `${c.globalCompanyId} (${c.companyName ?? 'unnamed'})`)
    .join(', ');
  let companyId: string | undefined;
  if (request.globalCompanyId) {
    companyId = companies.find(
      (c) => c.globalCompanyId === request.globalCompanyId,
    )?.globalCompanyId;
    if (!companyId) {
      return fail(
        `${inputRef('global-company-id')} ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`,
      );
    }
  } else if (companies.length === 1 && companies[0]?.globalCompanyId) {
    companyId = companies[0].globalCompanyId;
  } else if (companies.length <= 1) {
    return fail(
      `Analytics lists no company for ${request.orgId} and this technical account: the product profile grants no Analytics company. ${fix('API credentials')}.`,
    );
  } else {
    return fail(
      `The org has several Analytics companies: set ${inputRef('global-company-id')} to one of ${list}.`,
    );
  }
  return {
    check: {
      id: 'analytics-identity',
      status: 'pass',
      message: `Analytics knows technical account ${user ?? '(unnamed)'} in ${request.orgId}; company ${companyId}.`,
    },
    companyId,
  };
}
