// Analytics discovery (/discovery/me) checked against the inputs: the org, the technical
// account, and which company the checks run in.
import type { Check, Fix } from '../../common/checks.js';
import { inputRef } from '../../common/input-ref.js';
import { type Sanitised, shownList } from '../../common/sanitise.js';
import { misfitCheck, readDiscovery } from './answers.js';
import type { PermissionRequest } from './plan.js';

/** Checks discovery against the inputs and picks the company (pure). */
export function selectCompany(
  body: unknown,
  request: PermissionRequest,
): { check: Check; companyId?: string } {
  const fail = (message: string, fixed?: Fix) => ({
    check: {
      id: 'analytics-identity',
      status: 'fail' as const,
      message,
      capability: '',
      ...(fixed ? { fix: fixed } : {}),
    },
  });
  const discovery = readDiscovery(body);
  if (!discovery.ok)
    return {
      check: {
        ...misfitCheck('analytics-identity', 'discovery', discovery.problem),
        capability: '',
      },
    };
  const { orgs, user } = discovery.value;
  const org = orgs.find((o) => o.id.raw.toLowerCase() === request.orgId.toLowerCase());
  if (!org) {
    const seen = shownList(orgs.map((o) => o.id.shown)) || 'none';
    return fail(
      `${inputRef('ims-org-id')} ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`,
    );
  }
  const expected = request.technicalAccountId;
  if (expected && user && user.raw.toLowerCase() !== expected.toLowerCase()) {
    return fail(
      `${inputRef('technical-account-id')} ${expected} does not match the account Analytics sees (${user.shown}): copy the technical account ID from the same credential.`,
    );
  }
  const companies = org.companies;
  const list = shownList(
    companies.map((c) => `${c.id.shown} (${c.name?.shown ?? 'unnamed'})` as Sanitised),
  );
  let companyId: string | undefined;
  if (request.globalCompanyId) {
    companyId = companies.find((c) => c.id.raw === request.globalCompanyId)?.id.raw;
    if (!companyId) {
      return fail(
        `${inputRef('global-company-id')} ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`,
      );
    }
  } else if (companies.length === 1 && companies[0]) {
    companyId = companies[0].id.raw;
  } else if (companies.length === 0) {
    return fail(
      `Analytics lists no company for ${request.orgId} and this technical account: no Adobe Analytics product profile grants it a company. Add the technical account in Admin Console > Adobe Analytics > (product profile) > API credentials.`,
      { place: 'API credentials', items: ['the technical account'] },
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
      capability: '',
      message: `Analytics knows technical account ${user?.shown ?? '(unnamed)'} in ${request.orgId}; company ${companyId}.`,
    },
    companyId,
  };
}
