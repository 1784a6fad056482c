export const id = 368;
export const ids = [368,586];
export const modules = {

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/** JSON from a response body, or undefined when it is not JSON. */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* unused harmony exports ShapeError, describeValue, anything, either */
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

/***/ 3368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rotateSecret: () => (/* binding */ rotateSecret)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
// EXTERNAL MODULE: ./src/common/json.ts
var json = __webpack_require__(9927);
// EXTERNAL MODULE: ./src/common/sanitise.ts
var sanitise = __webpack_require__(1359);
// EXTERNAL MODULE: ./src/common/shape.ts
var shape = __webpack_require__(6136);
;// CONCATENATED MODULE: ./src/adobe/console/secrets.ts
// The Developer Console's I/O Management API for one credential's client secrets: list,
// add and delete (developer.adobe.com ServerToServerAuthentication ims.md). A credential
// holds at most two secrets; the list never shows a value; add shows the new one once.





/** The Console answered, and refused: the status decides what the user is told. */
class ConsoleRefusal extends errors/* ActionError */.lZ {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
// Times are milliseconds since the epoch, sent as strings in the docs' samples.
const MILLIS = (0,shape/* wholeNumber */.rD)(1, 4_102_444_800_000);
const UUID = (0,shape/* matching */.wC)(/^[A-Za-z0-9-]{8,64}$/, 'a secret uuid (letters, digits and "-")');
const SECRET_INFO = (0,shape/* record */.g1)({
    uuid: UUID,
    created_at: (0,shape/* optional */.lq)(MILLIS),
    secret_usages: (0,shape/* optional */.lq)((0,shape/* listOf */.c3)((0,shape/* record */.g1)({ last_used_at: (0,shape/* optional */.lq)(MILLIS) }))),
});
const LIST = (0,shape/* record */.g1)({ client_id: shape/* text */.Qq, client_secrets: (0,shape/* listOf */.c3)(SECRET_INFO) });
// Adobe's secrets are "p8e-" and 32 more characters: a value of a few visible characters,
// never a line of text. A misfit says only its length.
const SECRET_VALUE = (0,shape/* matching */.wC)(/^[\x21-\x7e]{16,256}$/, 'a client secret of 16 to 256 visible characters', true);
const ADDED = (0,shape/* record */.g1)({
    client_secret: SECRET_VALUE,
    uuid: (0,shape/* optional */.lq)(UUID),
    created_at: (0,shape/* optional */.lq)(MILLIS),
});
const GATEWAY_ERROR = { error_code: (0,shape/* optional */.lq)(shape/* text */.Qq), message: (0,shape/* optional */.lq)(shape/* text */.Qq) };
const date = (millis) => (millis === undefined ? undefined : new Date(millis));
function refusal(target, operation, status, body) {
    const { value } = (0,shape/* readFields */.qU)(GATEWAY_ERROR, body);
    const said = value.error_code || value.message
        ? `: ${(0,sanitise/* sanitise */.tB)([value.error_code, value.message].filter(Boolean).join(' '))}`
        : '';
    const seen = `(HTTP ${status}${said})`;
    if (status === 401 || status === 403) {
        return new ConsoleRefusal(`The Developer Console refused to ${operation} ${seen}. Likely causes: the project lacks the I/O Management API (Developer Console > the project > Add API > I/O Management API, for this credential); the project was created by Adobe, and such projects cannot be changed; or the credential is being migrated from JWT to OAuth, which blocks rotating its secrets until the migration is done.`, status);
    }
    if (status === 404) {
        return new ConsoleRefusal(`The Developer Console knows no credential ${target.credentialId} in organization ${target.orgId} ${seen}: copy ${(0,input_ref/* inputRef */.io)('console-org-id')} and ${(0,input_ref/* inputRef */.io)('credential-id')} from the credential page URL, /console/projects/<console-org-id>/<project>/credentials/<credential-id>/details.`, status);
    }
    const hint = operation === 'add a client secret' && status === 400
        ? ' A credential holds at most 2 client secrets: delete the unused one in Developer Console.'
        : '';
    return new ConsoleRefusal(`The Developer Console refused to ${operation} ${seen}.${hint}`, status);
}
class ConsoleSecrets {
    http;
    target;
    constructor(http, target) {
        this.http = http;
        this.target = target;
    }
    async #send(operation, request, uuid) {
        const { endpoint, orgId, credentialId, clientId, accessToken } = this.target;
        const path = `/console/organizations/${encodeURIComponent(orgId)}/credentials/${encodeURIComponent(credentialId)}/secrets${uuid ? `/${encodeURIComponent(uuid)}` : ''}`;
        return this.http.send({
            ...request,
            label: `Developer Console: ${operation}`,
            url: `${endpoint}${path}`,
            headers: {
                authorization: `Bearer ${accessToken}`,
                'x-api-key': clientId,
                accept: 'application/json',
            },
        });
    }
    async list() {
        const operation = 'list the client secrets';
        const response = await this.#send(operation, { method: 'GET' });
        const body = (0,json/* parseJson */.q)(response.text);
        if (response.status !== 200)
            throw refusal(this.target, operation, response.status, body);
        const read = (0,shape/* readShape */._f)(LIST, body);
        if (!read.ok) {
            throw new errors/* ActionError */.lZ(`The Developer Console answered the secret list in a shape this action cannot read: ${read.problem}. Check that ${(0,input_ref/* inputRef */.io)('console-endpoint')} is the Developer Console API (https://api.adobe.io).`);
        }
        return {
            clientId: read.value.client_id,
            secrets: read.value.client_secrets.map((secret) => ({
                uuid: secret.uuid,
                createdAt: date(secret.created_at),
                lastUsedAt: date(Math.max(0, ...(secret.secret_usages ?? []).map((usage) => usage.last_used_at ?? 0)) ||
                    undefined),
            })),
        };
    }
    /** Adds a secret; `mask` gets the value before anything else happens to it. */
    async add(mask) {
        const operation = 'add a client secret';
        const response = await this.#send(operation, { method: 'POST', once: true });
        const body = (0,json/* parseJson */.q)(response.text);
        const value = body?.client_secret;
        if (typeof value === 'string')
            mask(value);
        // 201 in the docs, 200 in Adobe's SDK spec.
        if (response.status !== 200 && response.status !== 201)
            throw refusal(this.target, operation, response.status, body);
        const read = (0,shape/* readShape */._f)(ADDED, body);
        if (!read.ok) {
            throw new errors/* ActionError */.lZ(`The Developer Console added a client secret but answered in a shape this action cannot read: ${read.problem}.`);
        }
        return {
            value: read.value.client_secret,
            uuid: read.value.uuid,
            createdAt: date(read.value.created_at),
        };
    }
    /** Deletes a secret; one already gone (404) counts as deleted. */
    async remove(uuid) {
        const operation = 'delete a client secret';
        const response = await this.#send(operation, { method: 'DELETE' }, uuid);
        // 204 in the docs, 200 in Adobe's SDK spec.
        if (response.status === 200 || response.status === 204 || response.status === 404)
            return;
        throw refusal(this.target, operation, response.status, (0,json/* parseJson */.q)(response.text));
    }
}

// EXTERNAL MODULE: ./src/credentials/kinds.ts + 4 modules
var kinds = __webpack_require__(3587);
// EXTERNAL MODULE: ./src/nlserver/command.ts
var command = __webpack_require__(8996);
// EXTERNAL MODULE: ./src/job/check-groups.ts
var check_groups = __webpack_require__(7920);
// EXTERNAL MODULE: ./src/common/checks.ts
var checks = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/job/provision.ts + 1 modules
var provision = __webpack_require__(3250);
// EXTERNAL MODULE: ./src/job/rotation.ts
var rotation = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/job/rotate-steps.ts





const SECRET_WORDS = {
    'new-secret': 'new secret',
    'old-secret': 'old secret',
    unknown: 'secret unknown',
};
// IMS may take a moment to accept a new secret: invalid_client is retried this long.
const ACTIVATION_WAIT_MS = 30_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Two secrets, or another credential: stop before any change, saying what to do. */
function refusalOf(listed, settings) {
    const { credentials, rotation } = settings;
    if (listed.clientId !== credentials.clientId) {
        return `Developer Console credential ${rotation?.credentialId} belongs to another client id than ${(0,input_ref/* inputRef */.io)('client-id')} ${credentials.clientId}: copy ${(0,input_ref/* inputRef */.io)('console-org-id')} and ${(0,input_ref/* inputRef */.io)('credential-id')} from this credential's page URL.`;
    }
    if (listed.secrets.length === 1)
        return undefined;
    const when = (date) => date?.toISOString() ?? 'never';
    const each = listed.secrets
        .map((s) => `${s.uuid} (created ${when(s.createdAt)}, last used ${when(s.lastUsedAt)})`)
        .join('; ');
    return listed.secrets.length === 0
        ? 'The credential has no client secret at all in the Developer Console: nothing to rotate.'
        : `The credential already has ${listed.secrets.length} client secrets: ${each}. A rotation needs exactly one, to add the new one beside it. Delete the unused one in Developer Console (the one whose last-used time is old or never) and run again.`;
}
/** The new secret's uuid, from the add answer or, as Adobe's SDK spec omits it, the list. */
async function newSecretUuid(run, secrets) {
    if (run.record.newSecret?.uuid)
        return run.record.newSecret.uuid;
    const listed = await secrets.list();
    return listed.secrets.find((s) => s.uuid !== run.record.oldSecret?.uuid)?.uuid;
}
/** Deletes the new secret again, with its own time, and ends the run saying what happened. */
async function rollBack(run, reason) {
    const { host } = run.context;
    host.step('Deleting the new client secret again');
    const client = run.console(Date.now() + run.reserveMs);
    let uuid;
    try {
        uuid = await newSecretUuid(run, client.secrets);
        if (uuid)
            await client.secrets.remove(uuid);
        run.record.state = 'rolled-back';
    }
    catch (error) {
        run.record.state = 'rollback-failed';
        throw new errors/* ActionError */.lZ(`${reason} Deleting the new client secret again failed (${(0,errors/* errorMessage */.gJ)(error)}): the credential now has two secrets. Delete ${uuid ?? 'the newer one'} in Developer Console > the credential > Client secrets; the old secret still works.`);
    }
    finally {
        await client.close();
    }
    throw new errors/* ActionError */.lZ(`${reason} The new client secret was deleted again: nothing changed, and the old secret still works.`);
}
/** A token with the new secret, waiting while IMS may not know it yet. */
async function awaitActivation(run, newSecret) {
    const { host } = run.context;
    const http = new run.net.HttpClient({
        deadline: run.deadline,
        maxAttempts: run.settings.maxAttempts,
        log: (line) => host.info(line),
    });
    const until = Math.min(Date.now() + ACTIVATION_WAIT_MS, run.deadline);
    try {
        for (let wait = 1_000;; wait = Math.min(wait * 2, 8_000)) {
            try {
                return await run.net.requestAccessToken(http, {
                    credentials: { ...run.settings.credentials, clientSecret: newSecret },
                    imsEndpoint: run.settings.imsEndpoint,
                    mask: (value, label) => host.mask(value, label),
                });
            }
            catch (error) {
                const propagating = error instanceof run.net.ImsRefusal && error.code === 'invalid_client';
                if (!propagating || Date.now() + wait > until)
                    throw error;
                host.info(`IMS does not accept the new secret yet (invalid_client): trying again in ${wait / 1000} s.`);
                await sleep(wait);
            }
        }
    }
    finally {
        await http.close();
    }
}
/** Proves the new secret: a token, then the configured checks; says why when it fails. */
async function proveNewSecret(run, newSecret) {
    const { host } = run.context;
    // nlserver reads "/" as a field separator, so such a secret could never be applied.
    if (newSecret.includes('/')) {
        return {
            checks: [],
            failure: 'The new client secret contains "/", which nlserver cannot take; run again for another one.',
        };
    }
    let token;
    try {
        host.step('Requesting a token with the new client secret');
        token = await awaitActivation(run, newSecret);
    }
    catch (error) {
        return {
            checks: [],
            failure: `The new client secret did not work at IMS: ${(0,errors/* errorMessage */.gJ)(error)}`,
        };
    }
    const credentials = { ...run.settings.credentials, clientSecret: newSecret };
    const outcome = await run.net.verifyCredentials({ ...run.settings, credentials }, {
        deadline: run.deadline,
        token,
        log: (line) => host.info(line),
        step: (message) => host.step(message),
        mask: (value, label) => host.mask(value, label),
    });
    const failures = (0,checks/* failed */.gz)(outcome.checks);
    return {
        checks: outcome.checks,
        tokenExpiresAt: outcome.tokenExpiresAt,
        failure: failures.length > 0
            ? `The checks failed with the new client secret: ${failures.map((f) => f.message).join(' ')}`
            : undefined,
    };
}
/** Applies the new secret on every instance; keeps the old one when any instance falls short. */
async function applyNewSecret(run, newSecret) {
    const { settings, record } = run;
    const credentials = { ...settings.credentials, clientSecret: newSecret };
    const configured = await (0,provision/* configureInstances */.bR)(run.context, settings, credentials, run.deadline);
    record.instances = settings.instances.map((name) => ({
        name,
        result: (0,rotation/* instanceSecret */.Kl)(configured.results.find((r) => r.instance === name)),
    }));
    run.report.instances = configured.rows.map((row, i) => ({
        ...row,
        result: `${SECRET_WORDS[record.instances[i]?.result ?? 'unknown']}: ${row.result}`,
    }));
    if (configured.failure) {
        record.state = 'incomplete';
        record.finish = (0,rotation/* finishInstruction */.Kj)(record, settings.githubSecret?.name);
        throw new errors/* ActionError */.lZ(`${configured.failure} The old client secret was kept, so both secrets work. ${record.finish}`);
    }
    return configured.rows;
}

// EXTERNAL MODULE: ./src/job/summary.ts + 2 modules
var summary = __webpack_require__(3837);
;// CONCATENATED MODULE: ./src/job/rotate.ts
// mode: rotate. Replaces the client secret without leaving an instance or the pipeline
// without a working one: check before changing anything, add a secret and prove it (else
// delete it again), store it in GitHub, apply it on every instance and read it back, and
// only then delete the old secret. Adobe's contract: adobe-facts §8 (the I/O Management
// API) and §9 (the instance configuration file).









/** Adds the new secret; when the answer was lost, any secret it may have added goes again. */
async function addSecret(run, secrets) {
    const { host } = run.context;
    host.step('Adding a new client secret in the Developer Console');
    try {
        const added = await secrets.add((value) => host.mask(value, 'new-client-secret'));
        run.record.newSecret = { uuid: added.uuid, createdAt: added.createdAt };
        if (!added.uuid) {
            // Adobe's SDK spec answers without the uuid: the list has it, beside the old one.
            const listed = await secrets.list();
            const found = listed.secrets.find((s) => s.uuid !== run.record.oldSecret?.uuid);
            run.record.newSecret = { uuid: found?.uuid, createdAt: found?.createdAt };
        }
        return added.value;
    }
    catch (error) {
        if (!(error instanceof run.net.OutcomeUnknown))
            throw error;
        // Its value is lost with the answer: a secret it added could never be used.
        const listed = await secrets.list();
        if (listed.secrets.some((s) => s.uuid !== run.record.oldSecret?.uuid)) {
            run.record.newSecret = { uuid: undefined, createdAt: undefined };
            return rollBack(run, `${error.message}`);
        }
        throw new errors/* ActionError */.lZ(`${error.message} No secret was added: nothing changed.`);
    }
}
/** The steps, in order; `proven` gets the checks of the new secret as soon as they exist. */
async function rotate_rotation(run, proven) {
    const { context, settings, record } = run;
    const { host } = context;
    const developerConsole = run.console(run.deadline);
    try {
        const secret = settings.githubSecret;
        const github = secret && run.github ? { secret, http: run.github } : undefined;
        const store = context.githubSecrets;
        if (github && store) {
            host.step(`Checking that GitHub secret ${github.secret.name} can be written`);
            await store.check(github.secret, github.http);
        }
        const listed = await developerConsole.secrets.list();
        const refusal = refusalOf(listed, settings);
        if (refusal)
            throw new errors/* ActionError */.lZ(refusal);
        record.oldSecret = listed.secrets[0];
        const newSecret = await addSecret(run, developerConsole.secrets);
        host.setOutput('new-secret-uuid', record.newSecret?.uuid ?? '');
        const proof = await proveNewSecret(run, newSecret);
        proven.push(...proof.checks);
        if (proof.tokenExpiresAt) {
            run.report.tokenExpiresAt = proof.tokenExpiresAt;
            host.setOutput('token-expires-at', proof.tokenExpiresAt.toISOString());
        }
        if (proof.failure)
            await rollBack(run, proof.failure);
        if (github && store) {
            host.step(`Storing the new client secret in GitHub secret ${github.secret.name}`);
            await store
                .store(github.secret, newSecret, github.http)
                .catch((error) => rollBack(run, (0,errors/* errorMessage */.gJ)(error)));
            record.githubSecret = 'updated';
        }
        host.step('Applying the new client secret on every instance');
        await applyNewSecret(run, newSecret);
        if (!settings.rotation?.deleteOldSecret) {
            record.state = 'old-secret-kept';
            host.notice(`Every instance holds the new client secret; the old one (${record.oldSecret?.uuid}) was kept, since ${(0,input_ref/* inputRef */.io)('delete-old-secret', 'false')}. Delete it in Developer Console once its last-used time stops changing.`, { title: 'Rotation' });
            return;
        }
        host.step('Deleting the old client secret');
        try {
            await developerConsole.secrets.remove(record.oldSecret?.uuid ?? '');
        }
        catch (error) {
            record.state = 'old-secret-delete-failed';
            throw new errors/* ActionError */.lZ(`Every instance holds the new client secret, but deleting the old one failed (${(0,errors/* errorMessage */.gJ)(error)}): delete ${record.oldSecret?.uuid} in Developer Console > the credential > Client secrets.`);
        }
        record.oldDeleted = true;
        record.state = 'completed';
        host.setOutput('deleted-secret-uuid', record.oldSecret?.uuid ?? '');
    }
    finally {
        await developerConsole.close();
    }
}
async function rotateSecret(context, settings, deadline) {
    const { host } = context;
    const report = {
        mode: settings.mode,
        credentialLabel: (0,kinds/* kindOf */.I)(settings.credentials).label,
        checks: [],
        tokenExpiresAt: undefined,
        instances: [],
    };
    const net = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 5008));
    const reserveMs = (0,rotation/* rollbackReserveMs */.hx)(settings.timeoutSeconds);
    const stepsDeadline = deadline - reserveMs;
    const record = (0,rotation/* newRecord */.Mx)(settings.instances, settings.githubSecret !== undefined);
    report.rotation = record;
    report.instances = settings.instances.map((instance) => ({
        instance,
        command: (0,command/* redactedCommand */.YO)(settings.nlserver, instance, settings.credentials),
        result: 'old secret: not changed',
        state: 'not-run',
    }));
    const log = (line) => host.info(line);
    const checks = [];
    let failure;
    let github;
    try {
        if (settings.githubSecret) {
            if (!context.githubSecrets) {
                throw new errors/* ActionError */.lZ(`${(0,input_ref/* inputRef */.io)('github-secret-name')} is for the GitHub Action: this run cannot store GitHub secrets.`);
            }
            github = net.createBoundedFetch(stepsDeadline, { maxAttempts: settings.maxAttempts, log });
        }
        host.step('Requesting a token for the Developer Console with the current client secret');
        const tokenHttp = new net.HttpClient({
            deadline: stepsDeadline,
            maxAttempts: settings.maxAttempts,
            log,
        });
        const token = await net
            .requestAccessToken(tokenHttp, {
            credentials: settings.credentials,
            imsEndpoint: settings.imsEndpoint,
            mask: (value, label) => host.mask(value, label),
        })
            .catch((error) => {
            // The rotation's own scopes are refused when the project lacks the API that grants them.
            if (error instanceof net.ImsRefusal && error.code === 'invalid_scope') {
                throw new errors/* ActionError */.lZ(`IMS refused the I/O Management scopes a rotation needs (adobeio_api, read_client_secret, manage_client_secrets, additional_info.roles): add the I/O Management API to the credential's Developer Console project. ${error.message}`);
            }
            throw error;
        })
            .finally(() => tokenHttp.close());
        const run = {
            context,
            settings,
            record,
            report,
            net,
            deadline: stepsDeadline,
            reserveMs,
            github,
            console(until) {
                const http = new net.HttpClient({
                    deadline: until,
                    maxAttempts: settings.maxAttempts,
                    log,
                });
                const secrets = new ConsoleSecrets(http, {
                    endpoint: settings.rotation?.consoleEndpoint ?? '',
                    orgId: settings.rotation?.consoleOrgId ?? '',
                    credentialId: settings.rotation?.credentialId ?? '',
                    clientId: settings.credentials.clientId,
                    accessToken: token.value,
                });
                return { secrets, close: () => http.close() };
            },
        };
        await rotate_rotation(run, checks);
        const unstored = (0,rotation/* unstoredSecretWarning */.f6)(record, context.githubSecrets !== undefined);
        if (unstored)
            host.warning(unstored, { title: 'Rotation' });
    }
    catch (error) {
        failure = (0,errors/* failureMessage */.oh)(error);
        throw error;
    }
    finally {
        checks.push((0,rotation/* rotationCheck */.nj)(record, failure));
        report.checks = (0,check_groups/* publishChecks */.N2)(host, checks);
        host.setOutput('rotation', (0,rotation/* rotationOutput */.g)(record));
        await github?.close();
        await host.appendSummary((0,summary/* summaryMarkdown */.e)(report));
    }
}


/***/ })

};
