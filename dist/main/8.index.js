export const id = 8;
export const ids = [8];
export const modules = {

/***/ 5008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HttpClient: () => (/* reexport */ HttpClient),
  ImsRefusal: () => (/* reexport */ ImsRefusal),
  OutcomeUnknown: () => (/* reexport */ OutcomeUnknown),
  createBoundedFetch: () => (/* reexport */ createBoundedFetch),
  requestAccessToken: () => (/* reexport */ requestAccessToken),
  verifyCredentials: () => (/* binding */ verifyCredentials)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/json.ts
var json = __webpack_require__(2308);
// EXTERNAL MODULE: ./src/common/sanitise.ts
var sanitise = __webpack_require__(1359);
// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
// EXTERNAL MODULE: ./src/common/shape.ts
var shape = __webpack_require__(6136);
;// CONCATENATED MODULE: ./src/adobe/analytics/answers.ts



const ENVELOPE = {
    error_code: (0,shape/* optional */.lq)(shape/* text */.Qq),
    errorCode: (0,shape/* optional */.lq)(shape/* text */.Qq),
    message: (0,shape/* optional */.lq)(shape/* text */.Qq),
    errorDescription: (0,shape/* optional */.lq)(shape/* text */.Qq),
    error_description: (0,shape/* optional */.lq)(shape/* text */.Qq),
};
function readErrorEnvelope(body) {
    const { value, problems } = (0,shape/* readFields */.qU)(ENVELOPE, body);
    const said = value.message ?? value.errorDescription ?? value.error_description;
    return {
        gatewayCode: value.error_code,
        analyticsCode: value.errorCode,
        said: said === undefined ? undefined : (0,sanitise/* quoted */.TL)(said),
        problems,
    };
}
// Used in request paths and the global-company-id output: only what the input rule allows.
const COMPANY_ID = (0,shape/* matching */.wC)(/^[A-Za-z0-9_-]{1,100}$/, 'a global company ID (letters, digits, "_" or "-")');
const DISCOVERY = (0,shape/* record */.g1)({
    imsUserId: (0,shape/* optional */.lq)(shape/* text */.Qq),
    imsOrgs: (0,shape/* optional */.lq)((0,shape/* listOf */.c3)((0,shape/* record */.g1)({
        imsOrgId: shape/* text */.Qq,
        companies: (0,shape/* optional */.lq)((0,shape/* listOf */.c3)((0,shape/* record */.g1)({ globalCompanyId: COMPANY_ID, companyName: (0,shape/* optional */.lq)(shape/* text */.Qq) }))),
    }))),
});
const maybeQuoted = (value) => value === undefined ? undefined : (0,sanitise/* quoted */.TL)(value);
function readDiscovery(body) {
    const read = (0,shape/* readShape */._f)(DISCOVERY, body);
    if (!read.ok)
        return read;
    return {
        ok: true,
        value: {
            user: maybeQuoted(read.value.imsUserId),
            orgs: (read.value.imsOrgs ?? []).map((org) => ({
                id: (0,sanitise/* quoted */.TL)(org.imsOrgId),
                companies: (org.companies ?? []).map((company) => ({
                    id: (0,sanitise/* quoted */.TL)(company.globalCompanyId),
                    name: maybeQuoted(company.companyName),
                })),
            })),
        },
    };
}
/** Lists are an array in the docs and a paged object (`content`) live: accept both. */
function listAnswer(item) {
    const list = (0,shape/* listOf */.c3)(item);
    const paged = (0,shape/* record */.g1)({ content: list });
    return (value, at) => (Array.isArray(value) ? list(value, at) : paged(value, at).content);
}
const SUITES = listAnswer((0,shape/* record */.g1)({ rsid: shape/* text */.Qq }));
const COMPONENTS = listAnswer((0,shape/* record */.g1)({ id: shape/* text */.Qq, allowedForReporting: (0,shape/* optional */.lq)(shape/* flag */.Jt) }));
function readReportSuiteIds(body) {
    const read = (0,shape/* readShape */._f)(SUITES, body);
    return read.ok ? { ok: true, value: read.value.map((suite) => (0,sanitise/* quoted */.TL)(suite.rsid)) } : read;
}
/** Components the suite exposes for reporting (explicitly disallowed ones do not count). */
function readComponentIds(body) {
    const read = (0,shape/* readShape */._f)(COMPONENTS, body);
    if (!read.ok)
        return read;
    return {
        ok: true,
        value: read.value.filter((c) => c.allowedForReporting !== false).map((c) => (0,sanitise/* quoted */.TL)(c.id)),
    };
}
/** The row for an answer that did not fit: what was seen, never an exception. */
function misfitCheck(id, what, problem) {
    return {
        id,
        status: 'fail',
        message: `Analytics answered ${what} in a shape this action cannot read: ${problem}. Check that ${(0,input_ref/* inputRef */.io)('analytics-endpoint')} is the Adobe Analytics 2.0 API (https://analytics.adobe.io).`,
    };
}

;// CONCATENATED MODULE: ./src/adobe/analytics/api.ts
// A thin Analytics 2.0 client: the headers every call needs, and Adobe's two error
// envelopes read into one shape.




// Error codes the Analytics swagger lists for access problems.
const DENIAL_CODES = new Set([
    'insufficient_access',
    'invalid_access',
    'invalid_metric_access',
    'invalid_dimension_access',
    'unauthorized',
    'authorization_error',
    'insufficient_scope',
]);
/** Reads the gateway `{error_code, message}` and Analytics `{errorCode, errorDescription}` envelopes. */
function classifyFault(status, body) {
    const { gatewayCode, analyticsCode, said, problems } = readErrorEnvelope(body);
    const code = gatewayCode
        ? `error_code ${(0,sanitise/* sanitise */.tB)(gatewayCode)}`
        : analyticsCode
            ? `errorCode ${(0,sanitise/* sanitise */.tB)(analyticsCode)}`
            : undefined;
    const odd = problems.length > 0 ? ` (the error answer did not fit: ${problems.join('; ')})` : '';
    const seen = `HTTP ${status}${code ? ` ${code}` : ''}${said ? ` "${said.shown}"` : ''}${odd}`;
    if (gatewayCode === '403025')
        return { kind: 'no-profile', seen };
    // A bare 401 means a missing or invalid token on every Analytics endpoint.
    if (status === 401 ||
        gatewayCode === '403010' ||
        gatewayCode === '401013' ||
        analyticsCode === 'invalid_token') {
        return { kind: 'token', seen };
    }
    if (gatewayCode === '403000' || gatewayCode === '403003')
        return { kind: 'api-key', seen };
    if (status === 429 || gatewayCode === '429050')
        return { kind: 'rate-limited', seen };
    if (status === 403 || (analyticsCode && DENIAL_CODES.has(analyticsCode)))
        return { kind: 'denied', seen };
    return { kind: 'other', seen };
}
class AnalyticsApi {
    http;
    session;
    budget;
    constructor(http, session, budget) {
        this.http = http;
        this.session = session;
        this.budget = budget;
    }
    async get(path, query = {}, companyId) {
        const url = new URL(path, this.session.endpoint);
        for (const [name, value] of Object.entries(query))
            url.searchParams.set(name, value);
        const headers = {
            authorization: `Bearer ${this.session.accessToken}`,
            'x-api-key': this.session.clientId,
            'x-gw-ims-org-id': this.session.orgId,
            accept: 'application/json',
        };
        if (companyId)
            headers['x-proxy-global-company-id'] = companyId;
        let response;
        try {
            response = await this.http.send({
                label: `Analytics GET ${path}`,
                method: 'GET',
                url: url.toString(),
                headers,
                beforeAttempt: () => this.budget.acquire(),
                rateLimitWaitMs: this.budget.windowMs,
            });
        }
        catch (error) {
            if (!(error instanceof errors/* ActionError */.lZ))
                throw error;
            // Unreachable or out of time: a row like any other refusal, so the run still reports.
            return { ok: false, status: 0, error: { kind: 'unreachable', seen: error.message } };
        }
        const body = (0,json/* parseJson */.q)(response.text);
        if (response.status >= 200 && response.status < 300)
            return { ok: true, status: response.status, body };
        const error = classifyFault(response.status, body);
        if (response.attempts > 1)
            error.seen += `, after ${response.attempts} attempts`;
        return { ok: false, status: response.status, error };
    }
}

;// CONCATENATED MODULE: ./src/adobe/analytics/budget.ts
// Analytics' documented budget (12 requests per 6 s per user), kept on our side so a
// burst of checks never trips the limit, and a small pool that bounds calls in flight.


/**
 * Paces requests to Analytics' documented budget (12 per 6 s per user) so a burst of
 * checks never trips the rate limit in the first place; 429s are still retried.
 */
class RequestBudget {
    limit;
    windowMs;
    deadline;
    now;
    sleep;
    #starts = [];
    constructor(limit, windowMs, deadline, now = Date.now, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.deadline = deadline;
        this.now = now;
        this.sleep = sleep;
    }
    async acquire() {
        for (;;) {
            const now = this.now();
            while (this.#starts.length > 0 && this.#starts[0] <= now - this.windowMs)
                this.#starts.shift();
            if (this.#starts.length < this.limit) {
                this.#starts.push(now);
                return;
            }
            const wait = this.#starts[0] + this.windowMs - now;
            if (now + wait >= this.deadline) {
                throw new errors/* ActionError */.lZ(`Adobe Analytics allows ${this.limit} requests per ${this.windowMs / 1000} s and the remaining checks would outlast ${(0,input_ref/* inputRef */.io)('timeout-seconds')}: raise ${(0,input_ref/* inputRef */.io)('timeout-seconds')} or check fewer report suites per run.`);
            }
            await this.sleep(wait);
        }
    }
}
/** Runs tasks with at most `limit` in flight, keeping their order in the results. */
async function runPool(tasks, limit) {
    const results = new Array(tasks.length);
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const index = next++;
            results[index] = await tasks[index]();
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/adobe/analytics/capabilities.ts
var capabilities = __webpack_require__(7460);
;// CONCATENATED MODULE: ./src/adobe/analytics/discovery.ts



/** Checks discovery against the inputs and picks the company (pure). */
function selectCompany(body, request) {
    const fail = (message, fixed) => ({
        check: {
            id: 'analytics-identity',
            status: 'fail',
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
        const seen = (0,sanitise/* shownList */.y9)(orgs.map((o) => o.id.shown)) || 'none';
        return fail(`${(0,input_ref/* inputRef */.io)('ims-org-id')} ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`);
    }
    const expected = request.technicalAccountId;
    if (expected && user && user.raw.toLowerCase() !== expected.toLowerCase()) {
        return fail(`${(0,input_ref/* inputRef */.io)('technical-account-id')} ${expected} does not match the account Analytics sees (${user.shown}): copy the technical account ID from the same credential.`);
    }
    const companies = org.companies;
    const list = (0,sanitise/* shownList */.y9)(companies.map((c) => `${c.id.shown} (${c.name?.shown ?? 'unnamed'})`));
    let companyId;
    if (request.globalCompanyId) {
        companyId = companies.find((c) => c.id.raw === request.globalCompanyId)?.id.raw;
        if (!companyId) {
            return fail(`${(0,input_ref/* inputRef */.io)('global-company-id')} ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`);
        }
    }
    else if (companies.length === 1 && companies[0]) {
        companyId = companies[0].id.raw;
    }
    else if (companies.length === 0) {
        return fail(`Analytics lists no company for ${request.orgId} and this technical account: no Adobe Analytics product profile grants it a company. Add the technical account in Admin Console > Adobe Analytics > (product profile) > API credentials.`, { place: 'API credentials', items: ['the technical account'] });
    }
    else {
        return fail(`The org has several Analytics companies: set ${(0,input_ref/* inputRef */.io)('global-company-id')} to one of ${list}.`);
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

;// CONCATENATED MODULE: ./src/adobe/analytics/plan.ts
// Which Analytics calls prove the product profile, in the order they should go out: the
// most telling first (suites, then metrics and dimensions, then tool probes), so a plan
// larger than one rate window spends its first window on what matters most.

/** The suites whose Report Suite Tools are probed. */
function probedSuites(request) {
    return request.toolProbes === 'every-suite'
        ? request.reportSuites
        : request.reportSuites.slice(0, 1);
}
function plan(request) {
    const required = request.reportSuites;
    const calls = [
        {
            kind: 'suites',
            path: '/reportsuites/collections/suites',
            query: required.length > 0
                ? { rsids: required.join(','), limit: String(Math.max(10, required.length)) }
                : { limit: '100' },
        },
    ];
    for (const rsid of required) {
        for (const kind of ['metrics', 'dimensions']) {
            calls.push({
                kind,
                rsid,
                path: `/${kind}`,
                query: { rsid, expansion: 'allowedForReporting' },
            });
        }
    }
    const probed = probedSuites(request);
    for (const rsid of probed) {
        for (const tool of capabilities/* TOOL_PROBES */.LU)
            calls.push({ kind: tool.key, rsid, ...tool.request(rsid) });
    }
    if (request.campaignEvar) {
        // A suite whose Classifications probe is planned answers the eVar check with it.
        for (const rsid of required.filter((suite) => !probed.includes(suite)))
            calls.push({ kind: 'campaign-evar', rsid, ...(0,capabilities/* classificationsRequest */.z0)(rsid) });
    }
    return calls;
}
/** How many Analytics requests a full check sends, discovery included. */
const analyticsRequestCount = (request) => 1 + plan(request).length;

;// CONCATENATED MODULE: ./src/adobe/analytics/campaign-evar.ts


// Every field of the reference's schema is optional: only the list of entries is required.
const COMPATIBILITY = (0,shape/* record */.g1)({
    metrics: (0,shape/* listOf */.c3)((0,shape/* record */.g1)({ id: (0,shape/* optional */.lq)((0,shape/* listOf */.c3)(shape/* text */.Qq)), datasets: (0,shape/* optional */.lq)((0,shape/* listOf */.c3)(shape/* text */.Qq)) })),
});
/** evar11, EVAR11 or variables/evar11, as the variable's id in the Classifications API. */
function normaliseEvar(value) {
    return value.toLowerCase().replace(/^variables\//, '');
}
/** Datasets covering `evar` in a compatibilityMetrics answer, or why the answer does not fit. */
function datasetsCovering(body, evar) {
    const read = (0,shape/* readShape */._f)(COMPATIBILITY, body);
    if (!read.ok)
        return read;
    const wanted = normaliseEvar(evar);
    const datasets = read.value.metrics
        .filter((entry) => entry.id?.some((id) => normaliseEvar(id) === wanted))
        .flatMap((entry) => entry.datasets ?? []);
    return { ok: true, value: [...new Set(datasets)] };
}
function campaignEvarCheck(evar, rsid, result) {
    const id = `campaign-evar:${rsid}`;
    const base = { id, capability: '' };
    if (!result.ok) {
        return {
            ...base,
            status: 'warn',
            message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered ${result.error.seen}.`,
        };
    }
    const read = datasetsCovering(result.body, evar);
    if (!read.ok) {
        return {
            ...base,
            status: 'warn',
            message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered in a shape this action cannot read (${read.problem}).`,
        };
    }
    const datasets = read.value;
    if (datasets.length === 0) {
        // A warning, not a failure: Campaign needs the set only for new external accounts.
        return {
            ...base,
            status: 'warn',
            message: `No classification set covers ${evar} in ${rsid}. Campaign 7.4.4 and later need one for new external accounts: in Analytics, create it under Components > Classification sets (type Primary) and subscribe it to ${rsid} and ${evar}.`,
        };
    }
    return {
        ...base,
        status: 'pass',
        message: `A classification set covers ${evar} in ${rsid} (dataset ${datasets.map((id) => (0,sanitise/* quoted */.TL)(id).shown).join(', ')}).`,
    };
}

;// CONCATENATED MODULE: ./src/adobe/analytics/verdicts.ts




const PROFILE = "Admin Console > Adobe Analytics > (the technical account's product profile)";
/** Where in Admin Console a permission item is added. */
function fix(capability) {
    return `add it in ${PROFILE} > Permissions > ${capability}`;
}
/** One row for a refusal that is about the credential, not one item. */
function credentialFaultCheck(fault) {
    const row = (id, message, fixed) => ({
        id,
        status: 'fail',
        message,
        capability: '',
        ...(fixed ? { fix: fixed } : {}),
    });
    switch (fault.kind) {
        case 'no-profile':
            return row('analytics-product-profile', `Analytics refused every call because the technical account has no Adobe Analytics product profile: add it in Admin Console > Adobe Analytics > (product profile) > API credentials (${fault.seen}).`, { place: 'API credentials', items: ['the technical account'] });
        case 'token':
            return row('analytics-access', `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or ${(0,input_ref/* inputRef */.io)('scopes')}/${(0,input_ref/* inputRef */.io)('metascopes')} are wrong (${fault.seen}).`);
        case 'api-key':
            return row('analytics-access', `Adobe Analytics does not accept ${(0,input_ref/* inputRef */.io)('client-id')} as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`);
        case 'unreachable':
            return row('analytics-access', `Adobe Analytics could not be checked: ${fault.seen}`);
        case 'rate-limited':
            return row('analytics-access', `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise ${(0,input_ref/* inputRef */.io)('max-attempts')} (${fault.seen}).`);
        default:
            return undefined;
    }
}
/** A refusal of one item: a documented denial fails, anything else is reported as seen. */
function refusedCheck(id, what, capability, fixed, result) {
    if (result.error.kind === 'denied') {
        return {
            id,
            status: 'fail',
            message: `No access to ${what} (${result.error.seen}): ${fix(capability)}.`,
            capability,
            fix: fixed,
        };
    }
    return {
        id,
        status: 'warn',
        message: `Could not tell whether ${what} is granted: Analytics answered ${result.error.seen}.`,
        capability,
    };
}
/** The suite list when no suite is required: what the technical account can see. */
function visibleSuitesCheck(result) {
    const id = 'report-suites';
    const capability = capabilities/* CAPABILITY */.pP.reportSuites;
    if (!result.ok)
        return suiteListRefusedCheck(result);
    const read = readReportSuiteIds(result.body);
    if (!read.ok)
        return { ...misfitCheck(id, 'the report suite list', read.problem), capability };
    const visible = read.value.map((suite) => suite.shown);
    return visible.length === 0
        ? {
            id,
            status: 'warn',
            capability,
            message: `The technical account sees no report suite: ${fix(capability)}.`,
        }
        : {
            id,
            status: 'pass',
            capability,
            message: `Visible report suites: ${(0,sanitise/* shownList */.y9)(visible)}. Set ${(0,input_ref/* inputRef */.io)('report-suites')} to require specific ones.`,
        };
}
const noItems = (place) => ({ place, items: [] });
/** The suite list could not be read: one row, and no suite can be called visible or not. */
function suiteListRefusedCheck(result) {
    const capability = capabilities/* CAPABILITY */.pP.reportSuites;
    return refusedCheck('report-suites', 'the report suite list', capability, noItems(capability), result);
}
/** One row per required suite; an invisible suite's other rows fold into this one. */
function suiteCheck(rsid, visible) {
    const capability = capabilities/* CAPABILITY */.pP.reportSuites;
    return visible
        ? {
            id: `report-suite:${rsid}`,
            status: 'pass',
            capability,
            message: `Report suite ${rsid} is visible to the technical account.`,
        }
        : {
            id: `report-suite:${rsid}`,
            status: 'fail',
            capability,
            message: `Report suite ${rsid} is not visible to the technical account (or misspelled), so its metrics, dimensions and tools could not be checked: ${fix(capability)}.`,
            fix: { place: capabilities/* GROUP */.UP.reportSuites, items: [rsid] },
        };
}
function componentsCheck(kind, rsid, required, result) {
    const id = `${kind}:${rsid}`;
    const capability = capabilities/* CAPABILITY */.pP[kind];
    if (!result.ok) {
        return refusedCheck(id, `the ${kind} of report suite ${rsid}`, capability, noItems(capability), result);
    }
    const read = readComponentIds(result.body);
    if (!read.ok) {
        const what = `the ${kind} of report suite ${rsid}`;
        return { ...misfitCheck(id, what, read.problem), capability };
    }
    const available = read.value;
    const missing = required.filter((component) => !available.some((c) => c.raw === component));
    if (missing.length > 0) {
        return {
            id,
            status: 'fail',
            capability,
            message: `Report suite ${rsid} does not expose ${missing.join(', ')} to the technical account: ${fix(capability)}.`,
            fix: { place: capabilities/* GROUP */.UP[kind], items: missing },
        };
    }
    if (required.length > 0)
        return {
            id,
            status: 'pass',
            capability,
            message: `Report suite ${rsid} exposes ${required.join(', ')}.`,
        };
    return available.length > 0
        ? {
            id,
            status: 'pass',
            capability,
            message: `${available.length} ${kind} readable in ${rsid}.`,
        }
        : {
            id,
            status: 'warn',
            capability,
            message: `No ${kind} are readable in ${rsid}: ${fix(capability)}.`,
        };
}
function toolCheck(tool, rsid, result) {
    const id = `${tool.key}:${rsid}`;
    const capability = (0,capabilities/* toolCapability */.DH)(tool);
    if (!result.ok) {
        const fixed = { place: capabilities/* GROUP */.UP.reportSuiteTools, items: [tool.name] };
        return refusedCheck(id, `${tool.name} on ${rsid}`, capability, fixed, result);
    }
    return { id, status: 'pass', capability, message: `${tool.name} is readable on ${rsid}.` };
}
/** The suite chosen for the tool probes is invisible: the tools are neither proven nor refused. */
function toolUnprovenCheck(tool, rsid, visibleSuite) {
    const instead = visibleSuite
        ? `list a visible suite such as ${visibleSuite} first in ${(0,input_ref/* inputRef */.io)('report-suites')}`
        : 'no required report suite is visible';
    return {
        id: `${tool.key}:${rsid}`,
        status: 'warn',
        capability: (0,capabilities/* toolCapability */.DH)(tool),
        message: `${tool.name} could not be proven: ${rsid}, the suite chosen for the tool probes, is not visible (${instead}).`,
    };
}
function unprovableChecks() {
    return capabilities/* UNPROVABLE */.fh.map(({ id, group, name, why }) => ({
        id,
        status: 'skip',
        capability: `${group} > ${name}`,
        message: `Not provable with a read-only call (${why}): verify "${name}" in the product profile in Admin Console.`,
    }));
}

;// CONCATENATED MODULE: ./src/adobe/analytics/rows.ts





function itemRows(request, calls, results) {
    const credentialRows = new Map();
    /** The answer to one call, unless it was a credential-wide refusal (then already a row). */
    const answer = (kind, rsid) => {
        const index = calls.findIndex((call) => call.kind === kind && call.rsid === rsid);
        const result = results[index];
        if (!result || result.ok)
            return result;
        const row = credentialFaultCheck(result.error);
        if (!row)
            return result;
        credentialRows.set(row.id, row);
        return undefined;
    };
    const rows = [];
    const required = request.reportSuites;
    const suites = answer('suites');
    let visible;
    if (required.length === 0) {
        if (suites)
            rows.push(visibleSuitesCheck(suites));
    }
    else if (suites?.ok) {
        const read = readReportSuiteIds(suites.body);
        if (read.ok)
            visible = new Set(read.value.map((suite) => suite.raw));
        else {
            const misfit = misfitCheck('report-suites', 'the report suite list', read.problem);
            rows.push({ ...misfit, capability: capabilities/* CAPABILITY */.pP.reportSuites });
        }
    }
    else if (suites) {
        rows.push(suiteListRefusedCheck(suites));
    }
    // Without the suite list, no suite can be called invisible: nothing folds.
    const isVisible = (rsid) => visible === undefined || visible.has(rsid);
    const firstVisible = required.find((rsid) => visible?.has(rsid));
    const probed = probedSuites(request);
    for (const rsid of required) {
        if (visible)
            rows.push(suiteCheck(rsid, visible.has(rsid)));
        const shown = isVisible(rsid);
        for (const kind of ['metrics', 'dimensions']) {
            const result = shown ? answer(kind, rsid) : undefined;
            if (result)
                rows.push(componentsCheck(kind, rsid, request[kind], result));
        }
        if (probed.includes(rsid)) {
            for (const tool of capabilities/* TOOL_PROBES */.LU) {
                if (!shown) {
                    if (request.toolProbes === 'first-suite')
                        rows.push(toolUnprovenCheck(tool, rsid, firstVisible));
                    continue;
                }
                const result = answer(tool.key, rsid);
                if (result)
                    rows.push(toolCheck(tool, rsid, result));
            }
        }
        if (request.campaignEvar && shown) {
            const result = answer('campaign-evar', rsid) ?? answer('classifications', rsid);
            if (result)
                rows.push(campaignEvarCheck(request.campaignEvar, rsid, result));
        }
    }
    return { credentialRows: [...credentialRows.values()], itemRows: rows };
}

;// CONCATENATED MODULE: ./src/adobe/analytics/permissions.ts







// Analytics allows 12 requests per 6 s per user (the budget paces starts; this bounds
// how many are in flight).
const ANALYTICS_RATE_LIMIT = { requests: 12, windowMs: 6_000 };
// Adobe counts arrivals, we count departures: keep a margin for the network in between.
const RATE_LIMIT_MARGIN_MS = 300;
function identityFrom(discovery, request) {
    if (discovery.ok)
        return selectCompany(discovery.body, request);
    return {
        check: credentialFaultCheck(discovery.error) ?? {
            id: 'analytics-identity',
            status: 'fail',
            capability: '',
            message: `Analytics discovery failed: ${discovery.error.seen}.`,
        },
    };
}
function webServiceAccessCheck(answered) {
    const capability = capabilities/* CAPABILITY */.pP.webServiceAccess;
    return answered
        ? {
            id: 'web-service-access',
            status: 'pass',
            capability,
            message: 'The Analytics 2.0 API answered the technical account (Web service access).',
        }
        : {
            id: 'web-service-access',
            status: 'fail',
            capability,
            message: `No Analytics 2.0 call succeeded: ${fix(capability)}.`,
            fix: { place: capabilities/* GROUP */.UP.analyticsTools, items: ['Web service access'] },
        };
}
async function checkPermissions(api, request) {
    const calls = plan(request);
    const discover = () => api.get('/discovery/me');
    const send = (companyId) => calls.map((call) => () => api.get(`/api/${encodeURIComponent(companyId)}${call.path}`, call.query, companyId));
    let identity;
    let results;
    if (request.globalCompanyId) {
        // The company is known: discovery only verifies org and account, so it goes out
        // with the checks, in the same round trip.
        const [discovery, ...answers] = await runPool([discover, ...send(request.globalCompanyId)], ANALYTICS_RATE_LIMIT.requests);
        identity = identityFrom(discovery, request);
        results = answers;
    }
    else {
        identity = identityFrom(await discover(), request);
        if (!identity.companyId)
            return { checks: [identity.check, ...unprovableChecks()], globalCompanyId: undefined };
        results = await runPool(send(identity.companyId), ANALYTICS_RATE_LIMIT.requests);
    }
    const { credentialRows, itemRows: items } = itemRows(request, calls, results);
    // A credential-wide refusal of discovery already has its row among the credential rows.
    const checks = credentialRows.some((row) => row.id === identity.check.id)
        ? [...credentialRows, ...items]
        : [identity.check, ...credentialRows, ...items];
    checks.push(webServiceAccessCheck(identity.check.status === 'pass' || results.some((result) => result.ok)));
    if (request.reportSuites.length === 0) {
        checks.push({
            id: 'report-suite-tools',
            status: 'skip',
            capability: capabilities/* GROUP */.UP.reportSuiteTools,
            message: `Set ${(0,input_ref/* inputRef */.io)('report-suites')} to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications.`,
        });
    }
    checks.push(...unprovableChecks());
    return { checks, globalCompanyId: identity.companyId ?? request.globalCompanyId };
}

// EXTERNAL MODULE: ./src/credentials/kinds.ts + 4 modules
var kinds = __webpack_require__(3587);
// EXTERNAL MODULE: ./src/credentials/kind.ts
var credentials_kind = __webpack_require__(5110);
;// CONCATENATED MODULE: ./src/adobe/ims.ts
// Adobe IMS: one token request for every credential kind (the kind builds it), its
// answers read into a token or into what to change, and what a token says about itself.







/** IMS refused the token request: its error code decides what a caller does next. */
class ImsRefusal extends errors/* ActionError */.lZ {
    code;
    status;
    constructor(message, 
    /** IMS's `error` (invalid_client, invalid_scope …); '' when it gave none. */
    code, status) {
        super(message);
        this.code = code;
        this.status = status;
    }
}
// IMS tokens last about a day; a year is far past any real answer and keeps dates valid.
const MAX_TOKEN_LIFETIME_MS = 366 * 86_400_000;
// RFC 6750's b64token, what a Bearer header may carry (IMS tokens are JWTs: base64url and dots).
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]{16,65536}=*$/;
const IMS_ERROR = { error: (0,shape/* optional */.lq)(shape/* text */.Qq), error_description: (0,shape/* optional */.lq)(shape/* text */.Qq) };
function tokenAnswer(lifetimeMs) {
    return (0,shape/* record */.g1)({
        access_token: (0,shape/* matching */.wC)(BEARER_TOKEN, 'a bearer token of at least 16 characters', true),
        // In the kind's units (seconds on v3, milliseconds on the JWT exchange).
        expires_in: (0,shape/* optional */.lq)((0,shape/* wholeNumber */.rD)(1, Math.floor(MAX_TOKEN_LIFETIME_MS / lifetimeMs(1)))),
    });
}
/** Adobe's IMS error bodies, turned into what to change (pure, for tests). */
function explainImsError(kind, status, body, imsEndpoint, attempts = 1) {
    const { value, problems } = (0,shape/* readFields */.qU)(IMS_ERROR, body);
    // Adobe's words decide the explanation; only their sanitised form is shown.
    const code = (0,sanitise/* quoted */.TL)(value.error ?? '');
    const description = (0,sanitise/* quoted */.TL)(value.error_description ?? '');
    const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
    const odd = problems.length > 0 ? `; its error answer did not fit: ${problems.join('; ')}` : '';
    const said = code.raw
        ? `IMS said: ${code.shown}${description.raw ? `: ${description.shown}` : ''}, `
        : '';
    const seen = ` (${said}HTTP ${status}${tries}${odd})`;
    const specific = kind.explainImsError({
        code: code.raw,
        description: description.raw,
        status,
        imsEndpoint,
    });
    if (specific)
        return `${specific}${seen}.`;
    if (code.raw === 'invalid_client') {
        if (description.raw.toLowerCase().includes('client_id')) {
            return `${(0,credentials_kind/* unknownClientIdAdvice */.d)(imsEndpoint)}${seen}.`;
        }
        return `${(0,input_ref/* inputRef */.io)('client-secret')} is not valid for ${(0,input_ref/* inputRef */.io)('client-id')}: copy the client secret again from the Developer Console (Credentials > ${kind.label} > Client secret)${seen}.`;
    }
    return `Adobe IMS refused the token request${seen}.`;
}
function tokenFromResponse(response, request, exchange) {
    const { credentials, imsEndpoint } = request;
    const kind = (0,kinds/* kindOf */.I)(credentials);
    const body = (0,json/* parseJson */.q)(response.text);
    const token = body?.access_token;
    // Masked before anything about the answer is said, whatever its shape.
    if (typeof token === 'string')
        request.mask(token, 'access-token');
    if (response.status !== 200) {
        const code = (0,shape/* readFields */.qU)(IMS_ERROR, body).value.error ?? '';
        throw new ImsRefusal(explainImsError(kind, response.status, body, imsEndpoint, response.attempts), code, response.status);
    }
    const answer = (0,shape/* readShape */._f)(tokenAnswer(exchange.lifetimeMs), body);
    if (!answer.ok) {
        throw new errors/* ActionError */.lZ(`Adobe IMS answered the token request (HTTP 200) in a shape this action cannot read: ${answer.problem}. Check that ${(0,input_ref/* inputRef */.io)('ims-endpoint')} ${imsEndpoint} is Adobe IMS.`);
    }
    const expiresIn = answer.value.expires_in;
    return {
        value: answer.value.access_token,
        expiresAt: expiresIn === undefined ? undefined : new Date(Date.now() + exchange.lifetimeMs(expiresIn)),
    };
}
async function requestAccessToken(http, request) {
    const { credentials, imsEndpoint } = request;
    const kind = (0,kinds/* kindOf */.I)(credentials);
    const exchange = await kind.tokenExchange(credentials, imsEndpoint, request.mask);
    const response = await http.send({
        label: exchange.label,
        method: 'POST',
        url: `${imsEndpoint}${exchange.path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: exchange.form.toString(),
    });
    return tokenFromResponse(response, request, exchange);
}
const CLAIMS = {
    client_id: (0,shape/* optional */.lq)(shape/* text */.Qq),
    user_id: (0,shape/* optional */.lq)(shape/* text */.Qq),
    // Epoch and lifetime in milliseconds, as strings; bounded so the sum is a real date.
    created_at: (0,shape/* optional */.lq)((0,shape/* wholeNumber */.rD)(1, 4_102_444_800_000)),
    expires_in: (0,shape/* optional */.lq)((0,shape/* wholeNumber */.rD)(0, MAX_TOKEN_LIFETIME_MS)),
};
/**
 * The claims of a JWT, read without verifying it (IMS signed it; we only cross-check
 * what it says). Decoding needs no library: jose loads only where a JWT is signed.
 */
function jwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    return (0,json/* parseJson */.q)(Buffer.from(parts[1], 'base64url').toString('utf8'));
}
/** What an IMS access token (itself a JWT) says about whom it was issued to. */
function readAccessToken(token) {
    const claims = jwtClaims(token);
    if (!claims || typeof claims !== 'object' || Array.isArray(claims))
        return undefined;
    // Claims that do not fit are left out: they are only cross-checked, never relied on.
    const { value } = (0,shape/* readFields */.qU)(CLAIMS, claims);
    const { created_at: createdAt, expires_in: expiresIn } = value;
    return {
        clientId: value.client_id === undefined ? undefined : (0,sanitise/* quoted */.TL)(value.client_id),
        technicalAccountId: value.user_id === undefined ? undefined : (0,sanitise/* quoted */.TL)(value.user_id),
        expiresAt: createdAt !== undefined && expiresIn !== undefined
            ? new Date(createdAt + expiresIn)
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/adobe/token-check.ts




/** Cross-checks what the token says against the inputs (pure, for tests). */
function identityCheck(token, credentials) {
    const facts = readAccessToken(token);
    if (!facts) {
        return {
            id: 'token-identity',
            status: 'warn',
            message: 'The access token is not a readable JWT, so its client and technical account could not be cross-checked.',
        };
    }
    const { clientId, technicalAccountId } = facts;
    if (clientId && clientId.raw !== credentials.clientId) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `The token was issued to client ${clientId.shown}, not to ${(0,input_ref/* inputRef */.io)('client-id')} ${credentials.clientId}: check ${(0,input_ref/* inputRef */.io)('ims-endpoint')} and ${(0,input_ref/* inputRef */.io)('client-id')}.`,
        };
    }
    const expected = credentials.technicalAccountId;
    if (expected &&
        technicalAccountId &&
        technicalAccountId.raw.toLowerCase() !== expected.toLowerCase()) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `${(0,input_ref/* inputRef */.io)('technical-account-id')} ${expected} does not match the credential's technical account ${technicalAccountId.shown}: copy the technical account ID from the same Developer Console credential.`,
        };
    }
    if (!clientId && !technicalAccountId) {
        return {
            id: 'token-identity',
            status: 'warn',
            message: 'The access token names neither a client nor a technical account, so they could not be cross-checked.',
        };
    }
    const who = technicalAccountId ? ` and technical account ${technicalAccountId.shown}` : '';
    return {
        id: 'token-identity',
        status: 'pass',
        message: `The token belongs to ${(0,input_ref/* inputRef */.io)('client-id')} ${credentials.clientId}${who}.`,
    };
}
/** `minted`: a token already issued for these credentials, checked instead of a new one. */
async function checkToken(http, request, minted) {
    const { credentials } = request;
    const checks = [];
    let token;
    try {
        token = minted ?? (await requestAccessToken(http, request));
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        checks.push({ id: 'ims-token', status: 'fail', message: error.message });
        return { checks, token: undefined };
    }
    // The documented expires_in first; the token's own claims only when IMS gave none.
    const expiresAt = token.expiresAt ?? readAccessToken(token.value)?.expiresAt;
    const validity = expiresAt
        ? `valid until ${expiresAt.toISOString()} (lifetime ${((expiresAt.getTime() - Date.now()) / 3_600_000).toFixed(1)} h; a new one is requested on each run)`
        : 'with no stated lifetime';
    checks.push({
        id: 'ims-token',
        status: 'pass',
        message: `Adobe IMS issued an access token (${(0,kinds/* kindOf */.I)(credentials).label}), ${validity}.`,
    });
    checks.push(identityCheck(token.value, credentials));
    return { checks, token: { value: token.value, expiresAt } };
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/common/proxy-dispatcher.ts
// The dispatcher for every outside call: undici's EnvHttpProxyAgent, which honours
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case) as the runner sets them. undici 6
// marks it experimental and says so once per process on stderr, where users read it as a
// fault of this action; that one notice, recognised by its code, is left out.

const EXPERIMENTAL_NOTICE = 'UNDICI-EHPA';
function isExperimentalNotice(options) {
    return (typeof options === 'object' &&
        options !== null &&
        options.code === EXPERIMENTAL_NOTICE);
}
function proxyDispatcher() {
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        if (isExperimentalNotice(rest[0]))
            return;
        emitWarning.call(process, warning, ...rest);
    });
    try {
        return new undici/* EnvHttpProxyAgent */.J2();
    }
    finally {
        process.emitWarning = emitWarning;
    }
}

;// CONCATENATED MODULE: ./src/common/http.ts
// The one HTTP layer for every outside call (Adobe; GitHub through BoundedFetch): a
// per-attempt timeout, an overall deadline no retry outlives, retries with full-jitter
// backoff for transient faults only, and the runner's proxy variables
// (HTTPS_PROXY/HTTP_PROXY/NO_PROXY, either case) honoured.




/** The request may or may not have been carried out: its answer was lost. */
class OutcomeUnknown extends errors/* ActionError */.lZ {
}
// What a refused, not-done request answers: safe to repeat even a call that creates.
const NOT_DONE_STATUS = new Set([429, 503]);
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
// Adobe's endpoints answer in seconds (the gateway's own cut-off is 60 s): an attempt
// silent for 30 s is better abandoned and retried while the deadline allows.
const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;
/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffDelay(attempt, random) {
    return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1)));
}
/** An answer over this size is refused whole: no Adobe answer we read comes near it. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
class AnswerTooLarge extends Error {
}
async function readBounded(response) {
    const chunks = [];
    let size = Number(response.headers.get('content-length')) || 0;
    if (size <= MAX_ANSWER_BYTES && response.body) {
        size = 0;
        // Leaving the loop early cancels the rest of the body.
        for await (const chunk of response.body) {
            size += chunk.byteLength;
            if (size > MAX_ANSWER_BYTES)
                break;
            chunks.push(chunk);
        }
    }
    if (size > MAX_ANSWER_BYTES) {
        await response.body?.cancel().catch(() => { });
        throw new AnswerTooLarge();
    }
    return Buffer.concat(chunks).toString('utf8');
}
class HttpClient {
    #options;
    #dispatcher = proxyDispatcher();
    constructor(options) {
        this.#options = {
            perAttemptTimeoutMs: DEFAULT_ATTEMPT_TIMEOUT_MS,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            random: Math.random,
            now: Date.now,
            ...options,
        };
    }
    async send(request) {
        const { deadline, maxAttempts, log, perAttemptTimeoutMs, sleep, random, now } = this.#options;
        const host = new URL(request.url).host;
        for (let attempt = 1;; attempt++) {
            const remaining = deadline - now();
            if (remaining <= 0)
                throw this.#deadlineError(request, attempt - 1);
            await request.beforeAttempt?.();
            let reason;
            let retryAfterMs;
            let waitReason = '';
            try {
                const response = await (0,undici/* fetch */.hd)(request.url, {
                    method: request.method,
                    headers: request.headers,
                    body: request.body,
                    dispatcher: this.#dispatcher,
                    // A redirect would carry the secret to a host nobody validated.
                    redirect: 'manual',
                    signal: AbortSignal.timeout(Math.min(perAttemptTimeoutMs, deadline - now())),
                });
                const text = await readBounded(response);
                const retryable = request.once ? NOT_DONE_STATUS : RETRYABLE_STATUS;
                if (!retryable.has(response.status) || attempt >= maxAttempts) {
                    return { status: response.status, text, attempts: attempt };
                }
                reason = `HTTP ${response.status}`;
                retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
                if (retryAfterMs !== undefined)
                    waitReason = ' (Retry-After)';
                else if (response.status === 429 && request.rateLimitWaitMs) {
                    retryAfterMs = request.rateLimitWaitMs + backoffDelay(1, random);
                    waitReason = ' (the rate-limit window)';
                }
            }
            catch (error) {
                if (error instanceof AnswerTooLarge) {
                    throw new errors/* ActionError */.lZ(`${request.label} to ${host} got an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB, which no Adobe API sends: check that the endpoint input points at Adobe.`);
                }
                const timedOut = error?.name === 'TimeoutError';
                reason = timedOut ? 'no answer in time' : (0,errors/* describeFailure */.Ic)(error);
                if (request.once) {
                    throw new OutcomeUnknown(`${request.label} to ${host} got no answer (${reason}), so it may or may not have been done.`);
                }
                if (attempt >= maxAttempts) {
                    throw new errors/* ActionError */.lZ(`${request.label} to ${host} failed after ${attempt} attempt${attempt > 1 ? 's' : ''}: ${reason}. Check the network path to ${host} (proxy settings: HTTPS_PROXY, NO_PROXY) or raise ${(0,input_ref/* inputRef */.io)('max-attempts')}.`);
                }
            }
            const wait = retryAfterMs ?? backoffDelay(attempt, random);
            if (now() + wait >= deadline)
                throw this.#deadlineError(request, attempt, reason);
            log(`${request.label}: attempt ${attempt} of ${maxAttempts} got ${reason}; retrying in ${(wait / 1000).toFixed(1)} s${waitReason}`);
            await sleep(wait);
        }
    }
    #deadlineError(request, attempts, lastReason) {
        return new errors/* ActionError */.lZ(`${request.label} gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? ` (last: ${lastReason})` : ''}: the run would outlast ${(0,input_ref/* inputRef */.io)('timeout-seconds')}. Adobe may be slow or rate-limiting; raise ${(0,input_ref/* inputRef */.io)('timeout-seconds')} or run again later.`);
    }
    async close() {
        await this.#dispatcher.close();
    }
}

;// CONCATENATED MODULE: ./src/common/bounded-fetch.ts
// A fetch for other clients (Octokit, for GitHub): the proxy variables, a timeout within
// the run's deadline, and the same retries as HttpClient for connection errors, 5xx and
// rate limits.




/**
 * How long a rate-limited answer asks to wait, decided on status and headers: 429, or a
 * 403 that carries Retry-After or `x-ratelimit-remaining: 0` (GitHub's secondary and
 * primary limits). undefined: not a rate limit.
 */
function rateLimitWait(status, headers, now) {
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
    const exhausted = headers.get('x-ratelimit-remaining') === '0';
    if (status !== 429 && !(status === 403 && (retryAfter !== undefined || exhausted))) {
        return undefined;
    }
    if (retryAfter !== undefined)
        return retryAfter;
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (exhausted && reset > 0)
        return Math.max(0, reset * 1000 - now);
    // GitHub: without either header, wait at least a minute.
    return 60_000;
}
function createBoundedFetch(deadline, options) {
    const { maxAttempts, log, perRequestMs = 15_000 } = options;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = options.random ?? Math.random;
    const dispatcher = proxyDispatcher();
    const boundedFetch = async (input, init = {}) => {
        const label = `${init.method ?? 'GET'} ${new URL(String(input)).pathname}`;
        for (let attempt = 1;; attempt++) {
            let reason;
            let wait;
            let response;
            let failure;
            try {
                response = await (0,undici/* fetch */.hd)(input, {
                    ...init,
                    dispatcher,
                    signal: AbortSignal.timeout(Math.max(1, Math.min(perRequestMs, deadline - Date.now()))),
                });
                const limited = rateLimitWait(response.status, response.headers, Date.now());
                if (limited === undefined && !RETRYABLE_STATUS.has(response.status))
                    return response;
                reason = `HTTP ${response.status}`;
                wait = limited ?? backoffDelay(attempt, random);
            }
            catch (error) {
                failure = error;
                reason = (0,errors/* describeFailure */.Ic)(error);
                wait = backoffDelay(attempt, random);
            }
            if (attempt >= maxAttempts || Date.now() + wait >= deadline) {
                if (response)
                    return response;
                throw failure;
            }
            await response?.body?.cancel().catch(() => { });
            log(`${label}: attempt ${attempt} of ${maxAttempts} got ${reason}; retrying in ${(wait / 1000).toFixed(1)} s`);
            await sleep(wait);
        }
    };
    return {
        fetch: boundedFetch,
        close: () => dispatcher.close(),
    };
}

;// CONCATENATED MODULE: ./src/job/verify.ts
// Everything that talks to Adobe, loaded only once the inputs are known to be good.






// The job's other calls (the alert issue, a rotation) share this chunk's network layer.




async function verifyCredentials(settings, context) {
    const { credentials } = settings;
    const kind = (0,kinds/* kindOf */.I)(credentials);
    const outcome = {
        checks: kind.localChecks(credentials, new Date()),
        tokenExpiresAt: undefined,
        globalCompanyId: settings.globalCompanyId,
    };
    if (settings.verify === 'none') {
        outcome.checks.push({
            id: 'ims-token',
            status: 'skip',
            message: `With ${(0,input_ref/* inputRef */.io)('verify', 'none')}, the credential was not checked with Adobe.`,
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
        const tokenResult = await checkToken(http, { credentials, imsEndpoint: settings.imsEndpoint, mask: context.mask }, context.token);
        outcome.checks.push(...tokenResult.checks);
        outcome.tokenExpiresAt = tokenResult.token?.expiresAt;
        if (settings.verify === 'permissions' && tokenResult.token) {
            const api = new AnalyticsApi(http, {
                endpoint: settings.analyticsEndpoint,
                accessToken: tokenResult.token.value,
                clientId: credentials.clientId,
                orgId: credentials.orgId,
            }, new RequestBudget(ANALYTICS_RATE_LIMIT.requests, ANALYTICS_RATE_LIMIT.windowMs + RATE_LIMIT_MARGIN_MS, context.deadline));
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
    }
    finally {
        await http.close();
    }
}


/***/ })

};
