export const id = 92;
export const ids = [92];
export const modules = {

/***/ 4092:
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

// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
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

;// CONCATENATED MODULE: ./src/adobe/analytics/verdicts.ts

/** The item names of the product profile's permission list, as the provisioning page gives them. */
const CAPABILITY = {
    reportSuites: 'Report Suites',
    metrics: 'Metrics',
    dimensions: 'Dimensions',
    dataWarehouse: 'Custom Data Warehouse report',
    dataSources: 'Data sources manager',
    classifications: 'Classifications',
};
function fix(capability) {
    return `add it in Admin Console > Adobe Analytics > (the technical account's product profile) > Permissions > ${capability}`;
}
/** One row for a refusal that is about the credential, not one item. */
function credentialFaultCheck(fault) {
    switch (fault.kind) {
        case 'no-profile':
            return {
                id: 'analytics-product-profile',
                status: 'fail',
                message: `Analytics refused every call because the technical account has no Adobe Analytics product profile: add it in Admin Console > Adobe Analytics > (product profile) > API credentials (${fault.seen}).`,
            };
        case 'token':
            return {
                id: 'analytics-access',
                status: 'fail',
                message: `Adobe Analytics refused the access token: the credential may lack the Adobe Analytics API in its Developer Console project, or ${(0,input_ref/* inputRef */.io)('scopes')}/${(0,input_ref/* inputRef */.io)('metascopes')} are wrong (${fault.seen}).`,
            };
        case 'api-key':
            return {
                id: 'analytics-access',
                status: 'fail',
                message: `Adobe Analytics does not accept ${(0,input_ref/* inputRef */.io)('client-id')} as API key: add the Adobe Analytics API to the Developer Console project (${fault.seen}).`,
            };
        case 'unreachable':
            return {
                id: 'analytics-access',
                status: 'fail',
                message: `Adobe Analytics could not be checked: ${fault.seen}`,
            };
        case 'rate-limited':
            return {
                id: 'analytics-access',
                status: 'fail',
                message: `Adobe Analytics kept rate-limiting the checks (12 requests per 6 s per user) even after backing off: run again later or raise ${(0,input_ref/* inputRef */.io)('max-attempts')} (${fault.seen}).`,
            };
        default:
            return undefined;
    }
}
/** Lists are an array in the docs and a paged object (`content`) live: accept both. */
function listItems(body) {
    const list = Array.isArray(body) ? body : body?.content;
    return Array.isArray(list) ? list.filter((item) => item && typeof item === 'object') : [];
}
function stringField(body, field) {
    return listItems(body)
        .map((item) => item[field])
        .filter((value) => typeof value === 'string');
}
const reportSuiteIds = (body) => stringField(body, 'rsid');
/** Components the suite exposes for reporting (explicitly disallowed ones do not count). */
const componentIds = (body) => listItems(body)
    .filter((item) => item.allowedForReporting !== false)
    .map((item) => item.id)
    .filter((id) => typeof id === 'string');
function refusedCheck(id, what, capability, result) {
    if (result.error.kind === 'denied') {
        return {
            id,
            status: 'fail',
            message: `No access to ${what} (${result.error.seen}): ${fix(capability)}.`,
        };
    }
    // Adobe does not document every refusal: report what was seen rather than guess.
    return {
        id,
        status: 'warn',
        message: `Could not tell whether ${what} is granted: Analytics answered ${result.error.seen}.`,
    };
}
function reportSuitesCheck(required, result) {
    const id = 'report-suites';
    if (!result.ok)
        return refusedCheck(id, 'the report suite list', CAPABILITY.reportSuites, result);
    const visible = reportSuiteIds(result.body);
    if (required.length === 0) {
        return visible.length === 0
            ? {
                id,
                status: 'warn',
                message: `The technical account sees no report suite: ${fix(CAPABILITY.reportSuites)}.`,
            }
            : {
                id,
                status: 'pass',
                message: `Visible report suites: ${visible.join(', ')}. Set ${(0,input_ref/* inputRef */.io)('report-suites')} to require specific ones.`,
            };
    }
    const missing = required.filter((rsid) => !visible.includes(rsid));
    if (missing.length > 0) {
        return {
            id,
            status: 'fail',
            message: `Report suite${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not visible to the technical account (or misspelled): ${fix(CAPABILITY.reportSuites)}.`,
        };
    }
    return {
        id,
        status: 'pass',
        message: `All required report suites are visible: ${required.join(', ')}.`,
    };
}
function componentsCheck(kind, rsid, required, result) {
    const id = `${kind}:${rsid}`;
    const capability = CAPABILITY[kind];
    if (!result.ok)
        return refusedCheck(id, `the ${kind} of report suite ${rsid}`, capability, result);
    const available = componentIds(result.body);
    const missing = required.filter((component) => !available.includes(component));
    if (missing.length > 0) {
        return {
            id,
            status: 'fail',
            message: `Report suite ${rsid} does not expose ${missing.join(', ')} to the technical account: ${fix(capability)}.`,
        };
    }
    if (required.length === 0) {
        return available.length > 0
            ? { id, status: 'pass', message: `${available.length} ${kind} readable in ${rsid}.` }
            : { id, status: 'warn', message: `No ${kind} are readable in ${rsid}: ${fix(capability)}.` };
    }
    return { id, status: 'pass', message: `Report suite ${rsid} exposes ${required.join(', ')}.` };
}
const TOOL_PROBES = [
    {
        key: 'data-warehouse',
        name: 'Custom Data Warehouse report',
        capability: CAPABILITY.dataWarehouse,
    },
    { key: 'data-sources', name: 'Data sources manager', capability: CAPABILITY.dataSources },
    { key: 'classifications', name: 'Classifications', capability: CAPABILITY.classifications },
];
function toolCheck(tool, rsid, result) {
    const id = `${tool.key}:${rsid}`;
    if (!result.ok)
        return refusedCheck(id, `${tool.name} on ${rsid}`, tool.capability, result);
    return { id, status: 'pass', message: `${tool.name} is readable on ${rsid}.` };
}
/** Items no read-only 2.0 call can prove: listed so the summary is the whole checklist. */
const UNPROVABLE = [
    ['report-suite-mgmt', 'Report Suite Mgmt', 'only a mutating call exists'],
    ['conversion-variables', 'Conversion variables', 'the 2.0 API cannot read eVar settings'],
    ['success-events', 'Success events', 'the 2.0 API cannot read success event settings'],
    [
        'calculated-metric-creation',
        'Calculated metric creation',
        'proving it would mean creating one',
    ],
    ['segment-creation', 'Segment creation', 'proving it would mean creating one'],
    ['web-services', 'Web services', 'it governs the Admin UI page, not an API'],
    [
        'code-manager-web-services',
        'Code Manager - Web services',
        'it applies to the 1.4 API, retired on 2026-08-12',
    ],
    ['logs-web-services', 'Logs - Web services', 'it applies to the 1.4 API, retired on 2026-08-12'],
].map(([id, capability, why]) => ({
    id: id,
    status: 'skip',
    message: `Not provable with a read-only call (${why}): verify "${capability}" in the product profile in Admin Console.`,
}));

;// CONCATENATED MODULE: ./src/adobe/analytics/discovery.ts


/** Checks discovery against the inputs and picks the company (pure). */
function selectCompany(body, request) {
    const discovery = (body ?? {});
    const fail = (message) => ({
        check: { id: 'analytics-identity', status: 'fail', message },
    });
    const orgs = discovery.imsOrgs ?? [];
    const org = orgs.find((o) => o.imsOrgId?.toLowerCase() === request.orgId.toLowerCase());
    if (!org) {
        const seen = orgs.map((o) => o.imsOrgId).join(', ') || 'none';
        return fail(`${(0,input_ref/* inputRef */.io)('ims-org-id')} ${request.orgId} is not among the organizations Analytics knows for this technical account (${seen}): copy the org ID from the same Developer Console project.`);
    }
    const user = discovery.imsUserId;
    const expected = request.technicalAccountId;
    if (expected && user && user.toLowerCase() !== expected.toLowerCase()) {
        return fail(`${(0,input_ref/* inputRef */.io)('technical-account-id')} ${expected} does not match the account Analytics sees (${user}): copy the technical account ID from the same credential.`);
    }
    const companies = org.companies ?? [];
    const list = companies
        .map((c) => `${c.globalCompanyId} (${c.companyName ?? 'unnamed'})`)
        .join(', ');
    let companyId;
    if (request.globalCompanyId) {
        companyId = companies.find((c) => c.globalCompanyId === request.globalCompanyId)?.globalCompanyId;
        if (!companyId) {
            return fail(`${(0,input_ref/* inputRef */.io)('global-company-id')} ${request.globalCompanyId} is not a company of ${request.orgId}; the org has: ${list || 'none'}.`);
        }
    }
    else if (companies.length === 1 && companies[0]?.globalCompanyId) {
        companyId = companies[0].globalCompanyId;
    }
    else if (companies.length <= 1) {
        return fail(`Analytics lists no company for ${request.orgId} and this technical account: the product profile grants no Analytics company. ${fix('API credentials')}.`);
    }
    else {
        return fail(`The org has several Analytics companies: set ${(0,input_ref/* inputRef */.io)('global-company-id')} to one of ${list}.`);
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

;// CONCATENATED MODULE: ./src/adobe/analytics/plan.ts

function probePath(tool, base, rsid) {
    const suite = encodeURIComponent(rsid);
    switch (tool) {
        case 'data-warehouse':
            return [`${base}/data_warehouse/scheduled`, { rsid }];
        case 'data-sources':
            return [`${base}/datasources/account/${suite}`, {}];
        case 'classifications':
            return [`${base}/classifications/datasets/compatibilityMetrics/${suite}`, {}];
    }
}
function plan(request, companyId) {
    const base = `/api/${encodeURIComponent(companyId)}`;
    const required = request.reportSuites;
    const calls = [
        {
            path: `${base}/reportsuites/collections/suites`,
            query: required.length > 0
                ? { rsids: required.join(','), limit: String(Math.max(10, required.length)) }
                : { limit: '100' },
            toCheck: (result) => reportSuitesCheck(required, result),
        },
    ];
    for (const rsid of required) {
        for (const kind of ['metrics', 'dimensions']) {
            calls.push({
                path: `${base}/${kind}`,
                query: { rsid, expansion: 'allowedForReporting' },
                toCheck: (result) => componentsCheck(kind, rsid, request[kind], result),
            });
        }
        for (const tool of TOOL_PROBES) {
            const [path, query] = probePath(tool.key, base, rsid);
            calls.push({ path, query, toCheck: (result) => toolCheck(tool, rsid, result) });
        }
    }
    return calls;
}

;// CONCATENATED MODULE: ./src/adobe/analytics/permissions.ts





// Analytics allows 12 requests per 6 s per user (the budget paces starts; this bounds
// how many are in flight).
const ANALYTICS_RATE_LIMIT = { requests: 12, windowMs: 6_000 };
// Adobe counts arrivals, we count departures: keep a margin for the network in between.
const RATE_LIMIT_MARGIN_MS = 300;
/** Collapses refusals about the whole credential into one row, keeping item rows otherwise. */
function rowsFrom(results, toCheck) {
    const checks = [];
    const credentialRows = new Map();
    results.forEach((result, index) => {
        const credentialRow = result.ok ? undefined : credentialFaultCheck(result.error);
        if (credentialRow)
            credentialRows.set(credentialRow.id, credentialRow);
        else
            checks.push(toCheck[index](result));
    });
    return [...credentialRows.values(), ...checks];
}
function identityFrom(discovery, request) {
    if (discovery.ok)
        return selectCompany(discovery.body, request);
    return {
        check: credentialFaultCheck(discovery.error) ?? {
            id: 'analytics-identity',
            status: 'fail',
            message: `Analytics discovery failed: ${discovery.error.seen}.`,
        },
    };
}
async function checkPermissions(api, request) {
    const discover = () => api.get('/discovery/me');
    const run = (calls, companyId) => calls.map((call) => () => api.get(call.path, call.query, companyId));
    let identity;
    let calls;
    let results;
    if (request.globalCompanyId) {
        // The company is known: discovery only verifies org and account, so it goes out
        // with the checks, in the same round trip.
        calls = plan(request, request.globalCompanyId);
        const [discovery, ...answers] = await runPool([discover, ...run(calls, request.globalCompanyId)], ANALYTICS_RATE_LIMIT.requests);
        identity = identityFrom(discovery, request);
        results = answers;
    }
    else {
        identity = identityFrom(await discover(), request);
        if (!identity.companyId)
            return { checks: [identity.check, ...UNPROVABLE], globalCompanyId: undefined };
        calls = plan(request, identity.companyId);
        results = await runPool(run(calls, identity.companyId), ANALYTICS_RATE_LIMIT.requests);
    }
    const checks = rowsFrom(results, calls.map((call) => call.toCheck));
    // A credential-wide refusal already has its row among the item rows.
    if (!checks.some((c) => c.id === identity.check.id))
        checks.unshift(identity.check);
    const anyAnswered = identity.check.status === 'pass' || results.some((result) => result.ok);
    checks.push({
        id: 'web-service-access',
        status: anyAnswered ? 'pass' : 'fail',
        message: anyAnswered
            ? 'The Analytics 2.0 API answered the technical account (Web service access).'
            : `No Analytics 2.0 call succeeded: ${fix('Web service access')}.`,
    });
    if (request.reportSuites.length === 0) {
        checks.push({
            id: 'report-suite-tools',
            status: 'skip',
            message: `Set ${(0,input_ref/* inputRef */.io)('report-suites')} to check metrics, dimensions, Custom Data Warehouse report, Data sources manager and Classifications per report suite.`,
        });
    }
    checks.push(...UNPROVABLE);
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
            return `${(0,input_ref/* inputRef */.io)('client-id')} is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential${seen}.`;
        }
        return `${(0,input_ref/* inputRef */.io)('client-secret')} is not valid for ${(0,input_ref/* inputRef */.io)('client-id')}: copy the client secret again from the Developer Console (Credentials > ${kind.label} > Client secret)${seen}.`;
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
            message: `The token was issued to client ${facts.clientId}, not to ${(0,input_ref/* inputRef */.io)('client-id')} ${credentials.clientId}: check ${(0,input_ref/* inputRef */.io)('ims-endpoint')} and ${(0,input_ref/* inputRef */.io)('client-id')}.`,
        };
    }
    const expected = credentials.technicalAccountId;
    if (expected &&
        facts.technicalAccountId &&
        facts.technicalAccountId.toLowerCase() !== expected.toLowerCase()) {
        return {
            id: 'token-identity',
            status: 'fail',
            message: `${(0,input_ref/* inputRef */.io)('technical-account-id')} ${expected} does not match the credential's technical account ${facts.technicalAccountId}: copy the technical account ID from the same Developer Console credential.`,
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
        message: `The token belongs to ${(0,input_ref/* inputRef */.io)('client-id')} ${credentials.clientId}${who}.`,
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
