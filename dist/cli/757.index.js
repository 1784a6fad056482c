export const id = 757;
export const ids = [757];
export const modules = {

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createBoundedFetch: () => (/* reexport */ createBoundedFetch),
  verifyCredentials: () => (/* binding */ verifyCredentials)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/common/json.ts
/** JSON from a response body, or undefined when it is not JSON. */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
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
    const record = (body && typeof body === 'object' ? body : {});
    const gatewayCode = typeof record.error_code === 'string' ? record.error_code : undefined;
    const analyticsCode = typeof record.errorCode === 'string' ? record.errorCode : undefined;
    const text = (record.message ?? record.errorDescription ?? record.error_description);
    const code = gatewayCode
        ? `error_code ${gatewayCode}`
        : analyticsCode
            ? `errorCode ${analyticsCode}`
            : undefined;
    const seen = `HTTP ${status}${code ? ` ${code}` : ''}${text ? ` "${text}"` : ''}`;
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
        const body = parseJson(response.text);
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
                throw new errors/* ActionError */.lZ(`Adobe Analytics allows ${this.limit} requests per ${this.windowMs / 1000} s and the remaining checks would outlast timeout-seconds: raise timeout-seconds or check fewer report suites per run.`);
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
    const discovery = (body ?? {});
    const fail = (message, fixed) => ({
        check: {
            id: 'analytics-identity',
            status: 'fail',
            message,
            capability: '',
            ...(fixed ? { fix: fixed } : {}),
        },
    });
    const orgs = discovery.imsOrgs ?? [];
    const org = orgs.find((o) => o.imsOrgId?.toLowerCase() === request.orgId.toLowerCase());
    if (!org) {
        const seen = orgs.map((o) => o.imsOrgId).join(', ') || 'none';
        return fail(`ims-org-id ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`);
    }
    const user = discovery.imsUserId;
    const expected = request.technicalAccountId;
    if (expected && user && user.toLowerCase() !== expected.toLowerCase()) {
        return fail(`technical-account-id ${expected} does not match the account Analytics sees (${user}): copy the technical account ID from the same credential.`);
    }
    const companies = org.companies ?? [];
    const list = companies
        .map((c) => `${c.globalCompanyId} (${c.companyName ?? 'unnamed'})`)
        .join(', ');
    let companyId;
    if (request.globalCompanyId) {
        companyId = companies.find((c) => c.globalCompanyId === request.globalCompanyId)?.globalCompanyId;
        if (!companyId) {
            return fail(`global-company-id ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`);
        }
    }
    else if (companies.length === 1 && companies[0]?.globalCompanyId) {
        companyId = companies[0].globalCompanyId;
    }
    else if (companies.length <= 1) {
        return fail(`Analytics lists no company for ${request.orgId} and this technical account: no Adobe Analytics product profile grants it a company. Add the technical account in Admin Console > Adobe Analytics > (product profile) > API credentials.`, { place: 'API credentials', items: ['the technical account'] });
    }
    else {
        return fail(`The org has several Analytics companies: set global-company-id to one of ${list}.`);
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
/** evar11, EVAR11 or variables/evar11, as the variable's id in the Classifications API. */
function normaliseEvar(value) {
    return value.toLowerCase().replace(/^variables\//, '');
}
/** Datasets covering `evar` in a compatibilityMetrics answer; undefined when the shape is not one. */
function datasetsCovering(body, evar) {
    const metrics = body?.metrics;
    if (!Array.isArray(metrics))
        return undefined;
    const wanted = normaliseEvar(evar);
    const datasets = new Set();
    for (const entry of metrics) {
        const ids = entry?.id;
        const covered = entry?.datasets;
        if (!Array.isArray(ids) || !Array.isArray(covered))
            continue;
        const matches = ids.some((id) => typeof id === 'string' && normaliseEvar(id) === wanted);
        if (matches)
            for (const dataset of covered)
                if (typeof dataset === 'string')
                    datasets.add(dataset);
    }
    return [...datasets];
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
    const datasets = datasetsCovering(result.body, evar);
    if (datasets === undefined) {
        return {
            ...base,
            status: 'warn',
            message: `Could not tell whether a classification set covers ${evar} in ${rsid}: the Classifications API answered without a metrics list.`,
        };
    }
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
        message: `A classification set covers ${evar} in ${rsid} (dataset ${datasets.join(', ')}).`,
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
            return row('analytics-access', `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or scopes/metascopes are wrong (${fault.seen}).`);
        case 'api-key':
            return row('analytics-access', `Adobe Analytics does not accept client-id as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`);
        case 'unreachable':
            return row('analytics-access', `Adobe Analytics could not be checked: ${fault.seen}`);
        case 'rate-limited':
            return row('analytics-access', `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise max-attempts (${fault.seen}).`);
        default:
            return undefined;
    }
}
/** Lists are an array in the docs and a paged object (`content`) live: accept both. */
function listItems(body) {
    const list = Array.isArray(body) ? body : body?.content;
    return Array.isArray(list) ? list.filter((item) => item && typeof item === 'object') : [];
}
const reportSuiteIds = (body) => listItems(body)
    .map((item) => item.rsid)
    .filter((rsid) => typeof rsid === 'string');
/** Components the suite exposes for reporting (explicitly disallowed ones do not count). */
const componentIds = (body) => listItems(body)
    .filter((item) => item.allowedForReporting !== false)
    .map((item) => item.id)
    .filter((id) => typeof id === 'string');
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
    if (!result.ok) {
        return refusedCheck(id, 'the report suite list', capability, noItems(capability), result);
    }
    const visible = reportSuiteIds(result.body);
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
            message: `Visible report suites: ${visible.join(', ')}. Set report-suites to require specific ones.`,
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
    const available = componentIds(result.body);
    const missing = required.filter((component) => !available.includes(component));
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
        ? `list a visible suite such as ${visibleSuite} first in report-suites`
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
        visible = new Set(reportSuiteIds(suites.body));
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
            message: 'Set report-suites to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications.',
        });
    }
    checks.push(...unprovableChecks());
    return { checks, globalCompanyId: identity.companyId ?? request.globalCompanyId };
}

// EXTERNAL MODULE: ./src/credentials/kinds.ts + 4 modules
var kinds = __webpack_require__(3587);
;// CONCATENATED MODULE: ./src/adobe/ims.ts
// Adobe IMS: one token request for every credential kind (the kind builds it), its
// answers read into a token or into what to change, and what a token says about itself.



function parseBody(text) {
    const value = parseJson(text);
    return value && typeof value === 'object' ? value : {};
}
/** Adobe's IMS error bodies, turned into what to change (pure, for tests). */
function explainImsError(kind, status, body, imsEndpoint, attempts = 1) {
    const code = body.error ?? '';
    const description = body.error_description ?? '';
    const tries = attempts > 1 ? `, after ${attempts} attempts` : '';
    const seen = code
        ? ` (IMS said: ${code}${description ? `: ${description}` : ''}, HTTP ${status}${tries})`
        : ` (HTTP ${status}${tries})`;
    const specific = kind.explainImsError({ code, description, status, imsEndpoint });
    if (specific)
        return `${specific}${seen}.`;
    if (code === 'invalid_client') {
        if (description.toLowerCase().includes('client_id')) {
            return `client-id is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential${seen}.`;
        }
        return `client-secret is not valid for client-id: copy the client secret again from the Developer Console (Credentials > ${kind.label} > Client secret)${seen}.`;
    }
    return `Adobe IMS refused the token request${seen}.`;
}
function tokenFromResponse(response, kind, imsEndpoint, lifetimeMs) {
    const body = parseBody(response.text);
    if (response.status !== 200 || typeof body.access_token !== 'string') {
        throw new errors/* ActionError */.lZ(explainImsError(kind, response.status, body, imsEndpoint, response.attempts));
    }
    const lifetime = lifetimeMs(Number(body.expires_in));
    return {
        value: body.access_token,
        expiresAt: lifetime > 0 ? new Date(Date.now() + lifetime) : undefined,
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
    return tokenFromResponse(response, kind, imsEndpoint, exchange.lifetimeMs);
}
/**
 * The claims of a JWT, read without verifying it (IMS signed it; we only cross-check
 * what it says). Decoding needs no library: jose loads only where a JWT is signed.
 */
function jwtClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    const claims = parseJson(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims)
        ? claims
        : undefined;
}
/** What an IMS access token (itself a JWT) says about whom it was issued to. */
function readAccessToken(token) {
    const claims = jwtClaims(token);
    if (!claims)
        return undefined;
    const createdAt = Number(claims.created_at);
    const expiresIn = Number(claims.expires_in);
    const text = (name) => typeof claims[name] === 'string' ? claims[name] : undefined;
    return {
        clientId: text('client_id'),
        technicalAccountId: text('user_id'),
        expiresAt: Number.isFinite(createdAt) && Number.isFinite(expiresIn) && createdAt > 0
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
    if (facts.clientId && facts.clientId !== credentials.clientId) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `The token was issued to client ${facts.clientId}, not to client-id ${credentials.clientId}: check ims-endpoint and client-id.`,
        };
    }
    const expected = credentials.technicalAccountId;
    if (expected &&
        facts.technicalAccountId &&
        facts.technicalAccountId.toLowerCase() !== expected.toLowerCase()) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `technical-account-id ${expected} does not match the credential's technical account ${facts.technicalAccountId}: copy the technical account ID from the same Developer Console credential.`,
        };
    }
    if (!facts.clientId && !facts.technicalAccountId) {
        return {
            id: 'token-identity',
            status: 'warn',
            message: 'The access token names neither a client nor a technical account, so they could not be cross-checked.',
        };
    }
    const who = facts.technicalAccountId ? ` and technical account ${facts.technicalAccountId}` : '';
    return {
        id: 'token-identity',
        status: 'pass',
        message: `The token belongs to client-id ${credentials.clientId}${who}.`,
    };
}
async function checkToken(http, request) {
    const { credentials } = request;
    const checks = [];
    let token;
    try {
        token = await requestAccessToken(http, request);
    }
    catch (error) {
        if (!(error instanceof errors/* ActionError */.lZ))
            throw error;
        checks.push({ id: 'ims-token', status: 'fail', message: error.message });
        return { checks, token: undefined };
    }
    request.mask(token.value, 'access-token');
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
;// CONCATENATED MODULE: ./src/common/http.ts
// The one HTTP layer for every outside call (Adobe; GitHub through BoundedFetch): a
// per-attempt timeout, an overall deadline no retry outlives, retries with full-jitter
// backoff for transient faults only, and the runner's proxy variables
// (HTTPS_PROXY/HTTP_PROXY/NO_PROXY, either case) honoured.


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
function describeTransportError(error) {
    const cause = error?.cause;
    return cause?.code ?? cause?.message ?? (0,errors/* errorMessage */.gJ)(error);
}
class HttpClient {
    #options;
    #dispatcher = new undici/* EnvHttpProxyAgent */.J2();
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
                const text = await response.text();
                if (!RETRYABLE_STATUS.has(response.status) || attempt >= maxAttempts) {
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
                const timedOut = error?.name === 'TimeoutError';
                reason = timedOut ? 'no answer in time' : describeTransportError(error);
                if (attempt >= maxAttempts) {
                    throw new errors/* ActionError */.lZ(`${request.label} to ${host} failed after ${attempt} attempt${attempt > 1 ? 's' : ''}: ${reason}. Check the network path to ${host} (proxy settings: HTTPS_PROXY, NO_PROXY) or raise max-attempts.`);
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
        return new errors/* ActionError */.lZ(`${request.label} gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? ` (last: ${lastReason})` : ''}: the run would outlast timeout-seconds. Adobe may be slow or rate-limiting; raise timeout-seconds or run again later.`);
    }
    async close() {
        await this.#dispatcher.close();
    }
}
function createBoundedFetch(deadline, perRequestMs = 15_000) {
    const dispatcher = new undici/* EnvHttpProxyAgent */.J2();
    const boundedFetch = (input, init = {}) => (0,undici/* fetch */.hd)(input, {
        ...init,
        dispatcher,
        signal: AbortSignal.timeout(Math.max(1, Math.min(perRequestMs, deadline - Date.now()))),
    });
    return {
        fetch: boundedFetch,
        close: () => dispatcher.close(),
    };
}

;// CONCATENATED MODULE: ./src/job/verify.ts
// Everything that talks to Adobe, loaded only once the inputs are known to be good.





// The job's other calls (the alert issue) share this chunk's HTTP layer.


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
        context.step(`Requesting an access token from Adobe IMS (${kind.label})`);
        const tokenResult = await checkToken(http, {
            credentials,
            imsEndpoint: settings.imsEndpoint,
            mask: context.mask,
        });
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
