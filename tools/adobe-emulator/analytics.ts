import { createHash, randomUUID } from 'node:crypto';
import { type Caller, passGateway } from './gateway.js';
import type {
  EmulatorCompany,
  EmulatorContext,
  Incoming,
  ProductProfile,
  Reply,
  Route,
} from './types.js';

type Tool = keyof NonNullable<ProductProfile['tools']>;
type SuiteGrant = ProductProfile['reportSuites'][string];

interface CompanyScope {
  ctx: EmulatorContext;
  caller: Caller;
  company: EmulatorCompany;
  req: Incoming;
  params: Record<string, string>;
}

function analyticsError(status: number, errorCode: string, errorDescription: string): Reply {
  return { status, body: { errorCode, errorDescription, errorId: randomUUID() } };
}

const ok = (body: unknown): Reply => ({ status: 200, body });

// Chosen: the per-item deny answer is undocumented; the swagger's generic 403 uses this code.
const insufficientAccess = () =>
  analyticsError(403, 'insufficient_access', 'Insufficient access to perform operation');

function gatedRoute(
  pattern: RegExp,
  handler: (
    caller: Caller,
    req: Incoming,
    params: Record<string, string>,
    ctx: EmulatorContext,
  ) => Reply,
): Route {
  return {
    method: 'GET',
    pattern,
    async handle(ctx, req, params) {
      const gate = await passGateway(ctx, req);
      return 'denied' in gate ? gate.denied : handler(gate, req, params, ctx);
    },
  };
}

/** A route under /api/{gcid}; `suffix` is a regex source that may add named groups. */
function companyRoute(suffix: string, handler: (scope: CompanyScope) => Reply): Route {
  return gatedRoute(new RegExp(`^/api/(?<gcid>[^/]+)${suffix}$`), (caller, req, params, ctx) => {
    const company = caller.companies.find((c) => c.globalCompanyId === params.gcid);
    if (!company) {
      // Chosen: the exact answer for a company the account cannot see is undocumented.
      return analyticsError(403, 'unauthorized', `Not authorized for company ${params.gcid}`);
    }
    return handler({ ctx, caller, company, req, params });
  });
}

/** The profile's grant for `rsid` (and `tool`, if given), or the reply denying it. */
function requireSuite(
  company: EmulatorCompany,
  rsid: string | null | undefined,
  tool?: Tool,
): { rsid: string; grant: SuiteGrant } | { denied: Reply } {
  if (!rsid) return { denied: analyticsError(400, 'invalid_parameter', 'rsid is required') };
  const suites = company.profile?.reportSuites ?? {};
  const grant = Object.hasOwn(suites, rsid) ? suites[rsid] : undefined;
  const toolAllowed = !tool || company.profile?.tools?.[tool] === true;
  return grant && toolAllowed ? { rsid, grant } : { denied: insufficientAccess() };
}

function readPaging(query: URLSearchParams): { limit: number; page: number } | Reply {
  const limit = Number(query.get('limit') ?? 10);
  const page = Number(query.get('page') ?? 0);
  if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(page) || page < 0) {
    return analyticsError(400, 'invalid_parameter', 'limit must be >= 1 and page >= 0');
  }
  return { limit, page };
}

/** Spring-style page object, as the live Analytics API returns for collections. */
function pageOf<T>(items: T[], limit: number, page: number) {
  const content = items.slice(page * limit, (page + 1) * limit);
  const totalPages = Math.ceil(items.length / limit);
  return {
    content,
    totalElements: items.length,
    totalPages,
    number: page,
    size: limit,
    numberOfElements: content.length,
    firstPage: page === 0,
    lastPage: page >= totalPages - 1,
  };
}

// Titles and categories are illustrative; real ones come from each report suite's admin settings.
const KNOWN_TITLES: Record<string, string> = {
  'metrics/pageviews': 'Page Views',
  'metrics/visits': 'Visits',
  'metrics/visitors': 'Unique Visitors',
  'variables/page': 'Page',
};
const CUSTOM = /^(?:metrics|variables)\/(evar|prop|event)(\d+)$/;
const CUSTOM_LABELS: Record<string, string> = { evar: 'eVar', prop: 'Prop', event: 'Event' };

function component(id: string, kind: 'metric' | 'dimension') {
  const custom = CUSTOM.exec(id);
  const title =
    KNOWN_TITLES[id] ??
    (custom ? `${CUSTOM_LABELS[custom[1] ?? '']} ${custom[2]}` : id.slice(id.indexOf('/') + 1));
  const category = custom && custom[1] !== 'prop' ? 'Conversion' : 'Traffic';
  const type = kind === 'metric' ? 'int' : 'string';
  return { id, title, name: title, type, category, allowedForReporting: true };
}

/** Lists the granted components; `expansion` is ignored because allowedForReporting is always sent. */
function componentRoute(kind: 'metric' | 'dimension'): Route {
  return companyRoute(`/${kind}s`, ({ company, req }) => {
    const access = requireSuite(company, req.query.get('rsid'));
    if ('denied' in access) return access.denied;
    const ids = kind === 'metric' ? access.grant.metrics : access.grant.dimensions;
    return ok(ids.map((id) => component(id, kind)));
  });
}

function reportSuites({ ctx, company, req }: CompanyScope): Reply {
  const paging = readPaging(req.query);
  if ('status' in paging) return paging;
  const wanted = req.query
    .get('rsids')
    ?.split(',')
    .map((rsid) => rsid.trim())
    .filter(Boolean);
  // Suites outside the profile are filtered out rather than refused (the docs leave this open).
  const items = Object.entries(company.profile?.reportSuites ?? {})
    .filter(([rsid]) => !wanted || wanted.includes(rsid))
    .map(([rsid, suite]) => ({
      collectionItemType: 'reportsuite',
      rsid,
      name: suite.name ?? rsid,
    }));
  const page = pageOf(items, paging.limit, paging.page);
  // The 'array' shape is what the docs show; it honours limit/page the same way.
  return ok(ctx.reportSuitesShape === 'array' ? page.content : page);
}

/** A read-only probe for one product-profile tool; `answer` builds the success body. */
function toolRoute(
  suffix: string,
  tool: Tool,
  rsidOf: (scope: CompanyScope) => string | null | undefined,
  answer: (rsid: string, req: Incoming, grant: SuiteGrant) => Reply,
): Route {
  return companyRoute(suffix, (scope) => {
    const access = requireSuite(scope.company, rsidOf(scope), tool);
    return 'denied' in access ? access.denied : answer(access.rsid, scope.req, access.grant);
  });
}

/**
 * ReportSuiteCompatibilityMetric, as the Classifications API reference defines it: one
 * entry per classifiable variable, with the datasets that cover it (empty when none).
 */
function compatibilityMetrics(rsid: string, grant: SuiteGrant) {
  const sets = grant.classificationSets ?? {};
  const variables = grant.dimensions
    .map((id) => id.replace(/^variables\//, ''))
    .filter((variable) => /^(evar|prop)\d+$/.test(variable));
  return {
    report_suite_id: rsid,
    metrics: variables.map((variable) => ({ id: [variable], datasets: sets[variable] ?? [] })),
  };
}

const rsidFromQuery = ({ req }: CompanyScope) => req.query.get('rsid');
const rsidFromPath = ({ params }: CompanyScope) => params.rsid;

export const analyticsRoutes: Route[] = [
  gatedRoute(/^\/discovery\/me$/, ({ credential, companies }) =>
    ok({
      imsUserId: credential.technicalAccountId,
      imsOrgs: [
        {
          imsOrgId: credential.orgId,
          companies: companies.map(({ globalCompanyId, companyName }) => ({
            globalCompanyId,
            companyName,
            apiRateLimitPolicy: 'aa_api_tier10_tp',
          })),
        },
      ],
    }),
  ),
  companyRoute('/reportsuites/collections/suites', reportSuites),
  componentRoute('metric'),
  componentRoute('dimension'),
  toolRoute('/data_warehouse/scheduled', 'dataWarehouse', rsidFromQuery, (_rsid, req) => {
    const paging = readPaging(req.query);
    return 'status' in paging ? paging : ok(pageOf([], paging.limit, paging.page));
  }),
  toolRoute('/datasources/account/(?<rsid>[^/]+)', 'dataSources', rsidFromPath, () => ok([])),
  toolRoute(
    '/classifications/datasets/compatibilityMetrics/(?<rsid>[^/]+)',
    'classifications',
    rsidFromPath,
    (rsid, _req, grant) => ok(compatibilityMetrics(rsid, grant)),
  ),
  companyRoute('/users/me', ({ caller, company }) =>
    ok({
      login: caller.credential.technicalAccountId,
      imsUserId: caller.credential.technicalAccountId,
      // Chosen: technical accounts have no mailbox; the account id is already email-shaped.
      email: caller.credential.technicalAccountId,
      // The real numeric company id is internal; derive a stable one from the gcid.
      companyId: Number.parseInt(
        createHash('sha256').update(company.globalCompanyId).digest('hex').slice(0, 6),
        16,
      ),
    }),
  ),
];
