// Analytics discovery (/discovery/me) checked against the inputs: the org, the technical
// account, and which company the checks run in.
import type { Check, Fix } from '../../common/checks.js';
import type { PermissionRequest } from './plan.js';

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
  const fail = (message: string, fixed?: Fix) => ({
    check: {
      id: 'analytics-identity',
      status: 'fail' as const,
      message,
      capability: '',
      ...(fixed ? { fix: fixed } : {}),
    },
  });
  const orgs = discovery.imsOrgs ?? [];
  const org = orgs.find((o) => o.imsOrgId?.toLowerCase() === request.orgId.toLowerCase());
  if (!org) {
    const seen = orgs.map((o) => o.imsOrgId).join(', ') || 'none';
    return fail(
      `ims-org-id ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`,
    );
  }
  const user = discovery.imsUserId;
  const expected = request.technicalAccountId;
  if (expected && user && user.toLowerCase() !== expected.toLowerCase()) {
    return fail(
      `technical-account-id ${expected} does not match the account Analytics sees (${user}): copy the technical account ID from the same credential.`,
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
        `global-company-id ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`,
      );
    }
  } else if (companies.length === 1 && companies[0]?.globalCompanyId) {
    companyId = companies[0].globalCompanyId;
  } else if (companies.length <= 1) {
    return fail(
      `Analytics lists no company for ${request.orgId} and this technical account: no Adobe Analytics product profile grants it a company. Add the technical account in Admin Console > Adobe Analytics > (product profile) > API credentials.`,
      { place: 'API credentials', items: ['the technical account'] },
    );
  } else {
    return fail(
      `The org has several Analytics companies: set global-company-id to one of ${list}.`,
    );
  }
  return {
    check: {
      id: 'analytics-identity',
      status: 'pass',
      capability: '',
      message: `Analytics knows technical account ${user ?? '(unnamed)'} in ${request.orgId}; company ${companyId}.`,
    },
    companyId,
  };
}
