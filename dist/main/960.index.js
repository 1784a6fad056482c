export const id = 960;
export const ids = [960];
export const modules = {

/***/ 3932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ markdownCell)
/* harmony export */ });
/** Text made safe for one Markdown table cell. */
function markdownCell(text, lineBreak = '<br>') {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, lineBreak);
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ anything),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   qU: () => (/* binding */ readFields),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   wC: () => (/* binding */ matching)
/* harmony export */ });
/* unused harmony exports ShapeError, describeValue, either */
/* harmony import */ var _sanitise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1359);
// The one way an answer from outside (Adobe, GitHub) is read: a reader checks an unknown
// value and returns it typed, or says where it did not fit and what was there instead
// ("imsOrgs[0] was null, not an object"), so an odd answer becomes a row that quotes it,
// never "Cannot read properties of null" from deep inside.
//
// Hand-written rather than a schema library: ncc does not tree-shake, and valibot (the
// smallest candidate) measured 207 kB in each chunk that reads answers, for a handful of
// small shapes; these readers are a few dozen lines and word their findings for our rows.

/** A value that did not fit: where, what was expected, and what was there. */
class ShapeError extends Error {
    constructor(at, expected, seen) {
        super(`${at || 'the answer'} was ${seen}, not ${expected}`);
    }
}
/** What a value is, for a message: type and (capped, sanitised) content. */
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    switch (typeof value) {
        case 'string':
            return `the string "${(0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(value, 60)}"`;
        case 'number':
        case 'boolean':
            return `the ${typeof value} ${value}`;
        default:
            return `an ${typeof value}`;
    }
}
const fail = (at, expected, value, seen = describeValue(value)) => new ShapeError(at, expected, seen);
/** Any value at all: for a part whose shape another reader checks. */
const anything = (value) => value;
const text = (value, at) => {
    if (typeof value !== 'string')
        throw fail(at, 'a string', value);
    return value;
};
/** Text matching `pattern`; with `secret`, a misfit says only its length, never its content. */
function matching(pattern, expected, secret = false) {
    return (value, at) => {
        const string = text(value, at);
        if (!pattern.test(string)) {
            const seen = `a string of ${string.length} character${string.length === 1 ? '' : 's'}`;
            throw fail(at, expected, value, secret ? seen : undefined);
        }
        return string;
    };
}
const flag = (value, at) => {
    if (typeof value !== 'boolean')
        throw fail(at, 'true or false', value);
    return value;
};
/** A whole number from min to max, as a JSON number or a string of digits (token claims). */
function wholeNumber(min, max) {
    return (value, at) => {
        const number = typeof value === 'number' || (typeof value === 'string' && /^\d{1,20}$/.test(value))
            ? Number(value)
            : Number.NaN;
        if (!Number.isSafeInteger(number) || number < min || number > max) {
            throw fail(at, `a whole number from ${min} to ${max}`, value);
        }
        return number;
    };
}
/** Absent and null both read as undefined. */
function optional(read) {
    return (value, at) => (value === undefined || value === null ? undefined : read(value, at));
}
function listOf(read) {
    return (value, at) => {
        if (!Array.isArray(value))
            throw fail(at, 'a list', value);
        return value.map((item, index) => read(item, `${at}[${index}]`));
    };
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (at, name) => (at ? `${at}.${name}` : name);
const own = (record, name) => Object.hasOwn(record, name) ? record[name] : undefined;
/** An object with these fields (others are ignored). */
function record(fields) {
    return (value, at) => {
        if (!isRecord(value))
            throw fail(at, 'an object', value);
        const result = {};
        for (const [name, read] of Object.entries(fields))
            result[name] = read(own(value, name), field(at, name));
        return result;
    };
}
/** The first reader that fits; the misfit reported is the last one's. */
function either(first, second) {
    return (value, at) => {
        try {
            return first(value, at);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            return second(value, at);
        }
    };
}
function readShape(read, value) {
    try {
        return { ok: true, value: read(value, '') };
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        return { ok: false, problem: (0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(error.message) };
    }
}
/**
 * Each field on its own, for error answers: what fits is kept, each misfit is dropped and
 * said, so a refusal is still explained when one of its fields is odd.
 */
function readFields(fields, value) {
    if (!isRecord(value)) {
        // Not JSON at all (a proxy's HTML page) is common for errors and says nothing more.
        const problems = value === undefined
            ? []
            : [(0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(`the answer was ${describeValue(value)}, not an object`)];
        return { value: {}, problems };
    }
    const result = {};
    const problems = [];
    for (const [name, read] of Object.entries(fields)) {
        try {
            result[name] = read(own(value, name), name);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            problems.push((0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(error.message));
        }
    }
    return { value: result, problems };
}


/***/ }),

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateAlertIssue: () => (/* binding */ updateAlertIssue)
/* harmony export */ });
/* unused harmony exports ALERT_TITLE, ALERT_MARKER, alertRows, alertBody, syncAlertIssue */
/* harmony import */ var _common_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3932);
/* harmony import */ var _common_sanitise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1359);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3948);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5015);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6702);





const ALERT_TITLE = 'Adobe Analytics connector credentials need attention';
/** Marks the issues this action writes, so it never edits or closes anyone else's. */
const ALERT_MARKER = '<!-- campaign-analytics-credentials: alert issue -->';
const MAX_PAGES = 10;
/** Failures, and a certificate about to expire: what a scheduled check exists to catch. */
function alertRows(checks) {
    return checks.filter((c) => c.status === 'fail' || (c.status === 'warn' && c.id === 'certificate-expiry'));
}
// GitHub issue bodies are Markdown too, but keep each row on one line.
const cell = (text) => (0,_common_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownCell */ .U)(text, ' ');
/** The issue body (pure, for tests). */
function alertBody(checks, runUrl, now) {
    const rows = alertRows(checks);
    const warnings = checks.filter((c) => c.status === 'warn' && !rows.includes(c));
    const lines = [
        `The scheduled check of the Adobe Campaign Analytics connector credentials found ${rows.length} problem${rows.length === 1 ? '' : 's'} on ${now.toISOString()}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
        '',
        '| Check | Status | What was found and what to change |',
        '| --- | --- | --- |',
        ...rows.map((c) => `| ${cell(c.id)} | ${c.status} | ${cell(c.message)} |`),
    ];
    if (warnings.length > 0) {
        lines.push('', 'Warnings:', '', ...warnings.map((c) => `- **${cell(c.id)}**: ${cell(c.message)}`));
    }
    lines.push('', 'This issue is updated by each failing run and closed when the checks pass again.', ALERT_MARKER);
    return lines.join('\n');
}
/** Brings the alert issue in line with this run's checks; returns what it did. */
async function syncAlertIssue(request) {
    const { owner, repo } = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T)(request.repository);
    // Octokit's warnings are shown, redacted; nothing else of its log.
    const octokit = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .createOctokit */ .Q)({
        token: request.token,
        apiUrl: request.apiUrl,
        fetch: request.fetch,
        warn: (m) => request.warn(request.redact((0,_common_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(m))),
    });
    // Ours only: the label alone could also sit on an issue people wrote. GitHub drops
    // labels silently when the token may not set them, so the search without the label
    // still finds an issue this action opened.
    const findOpen = async (labels) => {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
            owner,
            repo,
            labels,
            state: 'open',
            per_page: 100,
        });
        let pagesRead = 0;
        for await (const { data } of pages) {
            const issues = (0,_answers_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHub */ .kQ)(_answers_js__WEBPACK_IMPORTED_MODULE_1__/* .ISSUE_LIST */ .JK, data, 'the issue list');
            const ours = issues.find((issue) => !issue.pull_request && issue.body?.includes(ALERT_MARKER));
            if (ours || ++pagesRead >= MAX_PAGES)
                return ours;
        }
        return undefined;
    };
    const open = (await findOpen(request.label)) ?? (await findOpen());
    const failing = alertRows(request.checks).length > 0;
    if (failing) {
        const body = request.redact(alertBody(request.checks, request.runUrl, new Date()));
        if (open) {
            await octokit.rest.issues.update({ owner, repo, issue_number: open.number, body });
            return `updated alert issue #${open.number}`;
        }
        const { data } = await octokit.rest.issues.create({
            owner,
            repo,
            title: ALERT_TITLE,
            body,
            labels: [request.label],
        });
        const created = (0,_answers_js__WEBPACK_IMPORTED_MODULE_1__/* .readGitHub */ .kQ)(_answers_js__WEBPACK_IMPORTED_MODULE_1__/* .CREATED_ISSUE */ .b6, data, 'the new issue');
        const labelled = created.labels.includes(request.label);
        if (!labelled) {
            request.warn(`GitHub did not set the label ${request.label} on the alert issue (the token may not set labels); the issue is found by its marker instead.`);
        }
        return `opened alert issue #${created.number}`;
    }
    if (!open)
        return 'no open alert issue; nothing to do';
    const passed = request.redact(`All checks pass again${request.runUrl ? ` in [this run](${request.runUrl})` : ''}; closing.`);
    await octokit.rest.issues.createComment({ owner, repo, issue_number: open.number, body: passed });
    await octokit.rest.issues.update({
        owner,
        repo,
        issue_number: open.number,
        state: 'closed',
        state_reason: 'completed',
    });
    return `closed alert issue #${open.number}`;
}
/**
 * Syncs the issue on scheduled and manual runs and logs the result; a GitHub failure
 * warns but never fails the run.
 */
async function updateAlertIssue(host, env, alert, checks, http) {
    const target = (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .alertTarget */ .gf)(env, alert);
    if (typeof target === 'string') {
        host.notice(target, { title: 'Alert issue' });
        return;
    }
    try {
        const done = await syncAlertIssue({
            ...target,
            checks,
            fetch: http.fetch,
            redact: (text) => host.redact(text),
            warn: (message) => host.warning(message, { title: 'Alert issue' }),
        });
        host.info(`Alert: ${done}.`);
    }
    catch (error) {
        host.warning(`Could not update the alert issue labelled ${target.label}: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlertFailure */ ._)(error)}`, { title: 'Alert issue' });
    }
}


/***/ }),

/***/ 3948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ ISSUE_LIST),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   _: () => (/* binding */ describeAlertFailure),
/* harmony export */   b6: () => (/* binding */ CREATED_ISSUE),
/* harmony export */   kQ: () => (/* binding */ readGitHub)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7241);
/* harmony import */ var _common_sanitise_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1359);
/* harmony import */ var _common_shape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6136);
// GitHub's answers and failures, read through the one shape helper (common/shape.ts): the
// issue list and the created issue, and what a failed request means for the user, decided
// on the status and headers, never on GitHub's wording.




const ISSUE_NUMBER = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeNumber */ .rD)(1, Number.MAX_SAFE_INTEGER);
const ISSUE_LIST = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)((0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)({ number: ISSUE_NUMBER, body: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)(_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq), pull_request: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)(_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .anything */ .D8) }));
// GitHub lists labels as objects; its API also accepts (and older answers show) names.
const labelName = (value, at) => typeof value === 'string' ? value : (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)({ name: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)(_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq) })(value, at).name;
const CREATED_ISSUE = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)({ number: ISSUE_NUMBER, labels: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .listOf */ .c3)(labelName) });
/** Reads an answer, or stops the alert with what GitHub sent instead. */
function readGitHub(reader, value, what) {
    const read = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .readShape */ ._f)(reader, value);
    if (!read.ok) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GitHub answered ${what} in a shape this action cannot read: ${read.problem}`);
    }
    return read.value;
}
// What Octokit's RequestError carries: the status, and the response when there was one.
const FAILURE = {
    status: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .wholeNumber */ .rD)(0, 999),
    response: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)({
        headers: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1)({
            'retry-after': (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)(_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq),
            'x-ratelimit-remaining': (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .optional */ .lq)(_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq),
        }),
        data: _common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .anything */ .D8,
    }),
};
/** Why a GitHub request failed, and what to do, decided on status and headers (pure). */
function describeGitHubFailure(error, words) {
    if (error instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return error.message;
    const { value } = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .readFields */ .qU)(FAILURE, error);
    const { status, response } = value;
    if (!response || status === undefined) {
        // Octokit reports a request that got no answer as status 500 without a response.
        return `GitHub could not be reached (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(error)}). Check the network path to GitHub (proxy settings: HTTPS_PROXY, NO_PROXY)`;
    }
    const said = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .readFields */ .qU)({ message: _common_shape_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq }, response.data).value.message;
    const quote = said ? ` GitHub said: "${(0,_common_sanitise_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitise */ .tB)(said)}".` : '';
    const headers = response.headers;
    const rateLimited = status === 429 ||
        (status === 403 &&
            (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0'));
    if (rateLimited)
        return `GitHub kept rate-limiting the requests (HTTP ${status}) until the run's deadline: run again later.${quote}`;
    if (status >= 500)
        return `GitHub failed (HTTP ${status}), also after retries: run again later.${quote}`;
    if (status === 401)
        return `GitHub refused ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-token')} (HTTP 401): it is not a valid token.${quote}`;
    const specific = words[status];
    return `${specific ?? `GitHub refused the request (HTTP ${status}).`}${quote}`;
}
const ALERT_WORDS = {
    403: `the token lacks issues: write (HTTP 403): give the job permissions: issues: write, or set ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-token')} to a token that may write issues.`,
    404: `GitHub does not show this repository's issues to the token (HTTP 404): check ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-api-url')} and the token's repository access.`,
    410: `the repository has issues turned off (HTTP 410): turn them on, or remove ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('alert-issue')}.`,
};
/** Why the alert issue could not be updated, and what to do (pure, for tests). */
const describeAlertFailure = (error) => describeGitHubFailure(error, ALERT_WORDS);


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit),
/* harmony export */   T: () => (/* binding */ splitRepository)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1525);
// The one way this action builds an Octokit: through the run's bounded fetch (proxy,
// deadline, retries), with its own log silenced, since it would print request details.

function createOctokit({ token, apiUrl, fetch, warn }) {
    const silent = () => { };
    return new _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E({
        auth: token,
        baseUrl: apiUrl,
        request: { fetch },
        userAgent: 'campaign-analytics-credentials',
        log: { debug: silent, info: silent, warn: warn ?? silent, error: silent },
    });
}
/** owner and repo of an owner/repo name. */
function splitRepository(repository) {
    const [owner = '', repo = ''] = repository.split('/');
    return { owner, repo };
}


/***/ })

};
