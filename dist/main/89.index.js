export const id = 89;
export const ids = [89];
export const modules = {

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

/***/ 5089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkSecretTarget: () => (/* binding */ checkSecretTarget),
/* harmony export */   secretTarget: () => (/* binding */ secretTarget),
/* harmony export */   storeSecret: () => (/* binding */ storeSecret)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7241);
/* harmony import */ var _common_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6136);
/* harmony import */ var _answers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3948);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6702);





/** Where the secret goes: this run's repository, through the runner's API URL by default. */
function secretTarget(secret, env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-secret-name')} needs the repository (GITHUB_REPOSITORY) of a GitHub Actions run.`);
    }
    const apiUrl = secret.apiUrl || env.GITHUB_API_URL || 'https://api.github.com';
    return { ...secret, apiUrl, repository };
}
const PUBLIC_KEY = (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1)({
    key_id: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .matching */ .wC)(/^[\x21-\x7e]{1,200}$/, 'a key id'),
    key: (0,_common_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .matching */ .wC)(/^[A-Za-z0-9+/]{43}=$/, 'a base64 X25519 public key'),
});
function words(target) {
    const where = target.environment
        ? `the environment's secrets (Environments: write)`
        : 'Actions secrets (Secrets: write)';
    return {
        403: `the token may not write ${where} (HTTP 403): set ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-token')} to a fine-grained personal access token or a GitHub App token with that permission; the default github.token cannot write secrets.`,
        404: `GitHub shows the token no ${target.environment ? `environment ${JSON.stringify(target.environment)} in ` : ''}repository ${target.repository} (HTTP 404): check ${target.environment ? `${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-secret-environment')}, ` : ''}${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-api-url')} and the token's repository access.`,
        422: `GitHub refused the secret (HTTP 422): check ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_1__/* .inputRef */ .io)('github-secret-name')}.`,
    };
}
const client = (target, http) => (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .createOctokit */ .Q)({ token: target.token, apiUrl: target.apiUrl, fetch: http.fetch });
async function publicKey(octokit, target) {
    const { owner, repo } = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T)(target.repository);
    const answer = target.environment
        ? await octokit.rest.actions.getEnvironmentPublicKey({
            owner,
            repo,
            environment_name: target.environment,
        })
        : await octokit.rest.actions.getRepoPublicKey({ owner, repo });
    return (0,_answers_js__WEBPACK_IMPORTED_MODULE_3__/* .readGitHub */ .kQ)(PUBLIC_KEY, answer.data, 'the public key');
}
/** Fails early, before anything changes at Adobe, when the target cannot be reached. */
async function checkSecretTarget(target, http) {
    try {
        await publicKey(client(target, http), target);
    }
    catch (error) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GitHub secret ${target.name} cannot be written: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .Po)(error, words(target))}`);
    }
}
async function storeSecret(target, value, http) {
    const octokit = client(target, http);
    const { owner, repo } = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .splitRepository */ .T)(target.repository);
    try {
        const key = await publicKey(octokit, target);
        const sodium = (await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768))).default;
        await sodium.ready;
        const sealed = sodium.to_base64(sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(key.key, sodium.base64_variants.ORIGINAL)), sodium.base64_variants.ORIGINAL);
        const secret = {
            owner,
            repo,
            secret_name: target.name,
            encrypted_value: sealed,
            key_id: key.key_id,
        };
        if (target.environment) {
            await octokit.rest.actions.createOrUpdateEnvironmentSecret({
                ...secret,
                environment_name: target.environment,
            });
        }
        else {
            await octokit.rest.actions.createOrUpdateRepoSecret(secret);
        }
    }
    catch (error) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`GitHub secret ${target.name} was not updated: ${(0,_answers_js__WEBPACK_IMPORTED_MODULE_3__/* .describeGitHubFailure */ .Po)(error, words(target))}`);
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
