#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7838:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __nccwpck_require__(1922);
;// CONCATENATED MODULE: ./src/common/redact.ts
/**
 * Every form in which a secret could appear in text the action writes or is answered:
 * the trimmed value and each trimmed line (a PEM key), each also form-URL-encoded (as
 * URLSearchParams sent it to IMS, and as IMS may echo it), URI-encoded, and JSON-escaped
 * (the checks output is JSON). One pure function for both hosts: the redactor takes every
 * form, the runner only the long ones (see actions-host.ts).
 */
function secretForms(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return [];
    const lines = trimmed
        .split(/\r\n|\r|\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const forms = [trimmed, ...lines].flatMap((form) => [
        form,
        new URLSearchParams({ v: form }).toString().slice('v='.length),
        encodeURIComponent(form),
        JSON.stringify(form).slice(1, -1),
    ]);
    return [...new Set(forms)];
}
/**
 * Replaces every registered secret form with a readable placeholder, so the action
 * never relies on the runner's masking for what it writes itself.
 */
class Redactor {
    #secrets = new Map();
    /** Registers every form of `value` (see secretForms). */
    add(value, placeholder = '***') {
        for (const form of secretForms(value)) {
            // Very short strings would redact ordinary words; they are not secret forms anyway.
            if (form.length < 4 || this.#secrets.has(form))
                continue;
            this.#secrets.set(form, placeholder);
        }
    }
    redact(text) {
        let result = text;
        // Longest first, so a secret containing another one is replaced whole.
        const entries = [...this.#secrets].sort(([a], [b]) => b.length - a.length);
        for (const [secret, placeholder] of entries) {
            result = result.split(secret).join(placeholder);
        }
        return result;
    }
    get size() {
        return this.#secrets.size;
    }
}

// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __nccwpck_require__(7241);
;// CONCATENATED MODULE: ./src/inputs/catalogue.ts
// The inputs as action.yml declares them (a test keeps the two in agreement).
/** The values of the mode input: what a run does (the CLI's commands). */
const MODES = ['validate', 'print', 'apply', 'rotate'];
/** Defaults as in action.yml. */
const INPUT_DEFAULTS = {
    mode: 'validate',
    auth: 'auto',
    verify: 'permissions',
    scopes: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
    metascopes: 'ent_analytics_bulk_ingest_sdk',
    nlserver: 'nlserver',
    'continue-on-instance-error': 'false',
    'ims-endpoint': 'https://ims-na1.adobelogin.com',
    'analytics-endpoint': 'https://analytics.adobe.io',
    'timeout-seconds': '60',
    'max-attempts': '4',
    'expiry-warning-days': '30',
    'tool-probes': 'first-suite',
    reload: 'false',
    'console-endpoint': 'https://api.adobe.io',
    'delete-old-secret': 'true',
};
/** Every input, in action.yml's order. */
const INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'mode',
    'auth',
    'ims-org-id',
    'client-id',
    'client-secret',
    'technical-account-id',
    'private-key',
    'private-key-passphrase',
    'scopes',
    'metascopes',
    'instances',
    'nlserver',
    'continue-on-instance-error',
    'campaign-conf-dir',
    'reload',
    'verify',
    'report-suites',
    'metrics',
    'dimensions',
    'tool-probes',
    'campaign-evar',
    'certificate',
    'expiry-warning-days',
    'global-company-id',
    'ims-endpoint',
    'analytics-endpoint',
    'timeout-seconds',
    'max-attempts',
    'alert-issue',
    'github-token',
    'github-api-url',
    'console-org-id',
    'credential-id',
    'console-endpoint',
    'delete-old-secret',
    'github-secret-name',
    'github-secret-environment',
]));
/** Inputs whose raw value is secret: masked before they are even validated. */
const SECRET_INPUTS = [
    'client-secret',
    'private-key',
    'private-key-passphrase',
    'github-token',
];

// EXTERNAL MODULE: ./src/common/sanitise.ts
var sanitise = __nccwpck_require__(1359);
;// CONCATENATED MODULE: ./src/common/input-reader.ts
// Typed reads of single inputs, each falling back to its declared default. Every problem
// names its input and carries a kind, so callers decide on data, never on the wording of
// a message; inputs are named by reference, for each front door to render.


const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** An input value quoted back in a problem: sanitised like any text from outside. */
function describe(value) {
    return `"${(0,sanitise/* sanitise */.tB)(value, 60)}"`;
}
/** A URL as a problem may quote it: never its user info, query or fragment. */
function describeUrl(value) {
    let shown;
    try {
        const url = new URL(value);
        const userInfo = url.username || url.password ? '<user-info>@' : '';
        const query = url.search ? '?<query>' : '';
        const fragment = url.hash ? '#<fragment>' : '';
        shown = `${url.protocol}//${userInfo}${url.host}${url.pathname}${query}${fragment}`;
    }
    catch {
        // Not a URL, but it may still hold "user:password@" or "?token=": leave those out.
        shown = value
            .replace(/^([^/?#@]*\/\/)?[^/?#]*@/, '$1<user-info>@')
            .replace(/[?#][\s\S]*$/, '…');
    }
    return describe(shown);
}
/** Comma- or newline-separated list; blanks dropped. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
class InputReader {
    read;
    defaults;
    problems = [];
    warnings = [];
    constructor(read, defaults) {
        this.read = read;
        this.defaults = defaults;
    }
    raw(name) {
        return this.read(name);
    }
    /** The trimmed value, or the default when empty. */
    text(name) {
        const value = this.read(name).trim();
        return value !== '' ? value : (this.defaults[name] ?? '');
    }
    problem(input, kind, message) {
        this.problems.push({ input, kind, message: `${(0,input_ref/* inputRef */.io)(input)} ${message}` });
    }
    hasProblem(input) {
        return this.problems.some((p) => p.input === input);
    }
    choice(name, allowed) {
        const value = this.text(name).toLowerCase();
        if (allowed.includes(value))
            return value;
        this.problem(name, 'invalid', `must be one of ${allowed.join(', ')}; got ${describe(this.text(name))}`);
        return allowed[0];
    }
    boolean(name) {
        const value = this.text(name);
        if (/^(true|True|TRUE)$/.test(value))
            return true;
        if (/^(false|False|FALSE)$/.test(value))
            return false;
        this.problem(name, 'invalid', `must be true or false; got ${describe(value)}`);
        return false;
    }
    integer(name, min, max, unit) {
        const value = this.text(name);
        const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (Number.isSafeInteger(number) && number >= min && number <= max)
            return number;
        this.problem(name, 'invalid', `must be a whole number of ${unit} from ${min} to ${max}; got ${describe(value)}`);
        return min;
    }
    matching(name, pattern, expected, required) {
        const value = this.text(name);
        if (value === '') {
            if (required)
                this.problem(name, 'missing', `is required: ${expected}`);
            return undefined;
        }
        if (!pattern.test(value)) {
            this.problem(name, 'invalid', `must be ${expected}; got ${describe(value)}`);
            return undefined;
        }
        return value;
    }
    list(name, pattern, expected, normalise = (v) => v) {
        const items = splitList(this.text(name)).map(normalise);
        const bad = items.filter((item) => !pattern.test(item));
        if (bad.length > 0) {
            this.problem(name, 'invalid', `has entries that are not ${expected}: ${bad.map(describe).join(', ')}`);
        }
        return items.filter((item) => pattern.test(item));
    }
    /** https, or plain http to a loopback emulator; never credentials, query or fragment. */
    url(name, value) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            this.problem(name, 'invalid', `must be a URL such as https://host; got ${describeUrl(value)}`);
            return undefined;
        }
        const loopback = LOOPBACK_HOSTS.has(url.hostname);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
            this.problem(name, 'invalid', `must use https (plain http is allowed only for a loopback emulator); got ${describeUrl(value)}`);
        }
        else if (url.username || url.password) {
            this.problem(name, 'invalid', 'must not contain credentials (user:password@)');
        }
        else if (url.search || url.hash) {
            this.problem(name, 'invalid', `must not have a query or fragment; got ${describeUrl(value)}`);
        }
        else {
            return url;
        }
        return undefined;
    }
    /** An origin: the URL rules plus no path. */
    endpoint(name) {
        const value = this.text(name);
        const url = this.url(name, value);
        if (url && url.pathname !== '/') {
            this.problem(name, 'invalid', `must be a bare origin with no path, such as ${url.origin}; got ${describeUrl(value)}`);
        }
        return url?.origin ?? value;
    }
    /** A secret: surrounding whitespace (a pasted newline) is forgiven; its value is never echoed. */
    secret(name, required, what) {
        const value = this.raw(name).trim();
        if (value === '') {
            if (required)
                this.problem(name, 'missing', `is required: ${what}.`);
            return '';
        }
        if (/^['"`]|['"`]$/.test(value)) {
            this.problem(name, 'invalid', 'starts or ends with a quote character: store the value without quotes');
        }
        else if (/\s/.test(value)) {
            this.problem(name, 'invalid', 'contains whitespace inside the value: copy it again without line breaks or spaces');
        }
        return value;
    }
}

// EXTERNAL MODULE: ./src/credentials/kinds.ts + 4 modules
var kinds = __nccwpck_require__(3587);
;// CONCATENATED MODULE: ./src/inputs/github-rules.ts
// The GitHub-only inputs: the alert issue, and the Actions secret a rotation stores the
// new client secret in. One token serves both, so it is read (and required) once.


// GitHub's rules for secret names: letters, digits and "_", not starting with a digit or
// with GITHUB_ (compared case-insensitively).
const SECRET_NAME = /^(?!GITHUB_)[A-Z_][A-Z0-9_]*$/i;
// Environment names are at most 255 characters, case-insensitive and unique per repository.
const ENVIRONMENT = /^[^\p{Cc}]{1,255}$/u;
function readGitHub(r, mode) {
    const label = r.text('alert-issue');
    const apiUrl = r.text('github-api-url').replace(/\/+$/, '');
    if (apiUrl !== '')
        r.url('github-api-url', apiUrl);
    if (label !== '' && (label.length > 50 || /[,\r\n]/.test(label))) {
        r.problem('alert-issue', 'invalid', `must be one GitHub label name (at most 50 characters, no comma); got ${describe(label)}`);
    }
    const name = r.text('github-secret-name');
    const environment = r.text('github-secret-environment');
    if (name !== '' && !SECRET_NAME.test(name)) {
        r.problem('github-secret-name', 'invalid', `must be a GitHub Actions secret name: letters, digits and "_", not starting with a digit or GITHUB_; got ${describe(name)}`);
    }
    if (environment !== '' && !ENVIRONMENT.test(environment)) {
        r.problem('github-secret-environment', 'invalid', 'must be an environment name of at most 255 characters, on one line');
    }
    if (environment !== '' && name === '') {
        r.problem('github-secret-environment', 'conflict', `needs ${(0,input_ref/* inputRef */.io)('github-secret-name')}: the secret to update in that environment`);
    }
    const storesSecret = mode === 'rotate' && name !== '';
    if (name !== '' && mode !== 'rotate') {
        r.warnings.push(`${(0,input_ref/* inputRef */.io)('github-secret-name')} is only used by ${(0,input_ref/* inputRef */.io)('mode', 'rotate')}; it is ignored.`);
    }
    // Read only when used: unused, it may hold an unexpanded ${{ github.token }} (local-action).
    if (label === '' && !storesSecret)
        return { alert: undefined, githubSecret: undefined };
    const token = r.secret('github-token', true, storesSecret
        ? 'a token that may write Actions secrets (a fine-grained token or a GitHub App token with secrets: write, or environments: write for an environment; the default github.token cannot)'
        : 'a token that may write issues (the default github.token, with permissions: issues: write)');
    return {
        alert: label === '' ? undefined : { label, token, apiUrl },
        githubSecret: storesSecret
            ? { name, environment: environment || undefined, token, apiUrl }
            : undefined,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/inputs/provisioning-rules.ts
// Where print, apply and rotate put the credential: the instances, nlserver, and the
// Campaign configuration folder the credential is read back from.


const INSTANCE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
function readInstances(r, mode) {
    const instances = r.list('instances', INSTANCE, 'plain Campaign instance names (letters, digits, "_" or "-"; no spaces, slashes or shell characters)');
    const duplicates = instances.filter((name, index) => instances.indexOf(name) !== index);
    if (duplicates.length > 0)
        r.problem('instances', 'conflict', `lists ${[...new Set(duplicates)].join(', ')} more than once`);
    if (mode !== 'validate' && instances.length === 0 && !r.hasProblem('instances')) {
        r.problem('instances', 'missing', `is required for ${(0,input_ref/* inputRef */.io)('mode', mode)}: the Campaign instance name(s) to configure`);
    }
    return instances;
}
function readNlserver(r) {
    const nlserver = r.text('nlserver');
    if (/[\r\n\0]/.test(nlserver))
        r.problem('nlserver', 'invalid', 'must be a single path to the nlserver executable');
    return nlserver;
}
/** A folder given explicitly must exist; empty means "beside nlserver's bin folder". */
function readConfDir(r) {
    const dir = r.text('campaign-conf-dir');
    if (dir === '')
        return undefined;
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(dir).isDirectory();
    }
    catch {
        // Missing: said below.
    }
    if (/[\r\n\0]/.test(dir) || !isDirectory) {
        r.problem('campaign-conf-dir', 'invalid', "must be the Campaign instance configuration folder (the conf folder beside nlserver's bin folder, such as /usr/local/neolane/nl6/conf), an existing folder");
        return undefined;
    }
    return dir;
}

;// CONCATENATED MODULE: ./src/inputs/rotation-rules.ts

// Both ids are numbers in the credential page's URL:
// /console/projects/{orgId}/{projectId}/credentials/{credentialId}/details/...
const CONSOLE_ID = /^\d{1,20}$/;
function readRotation(r, mode, kind, credentials) {
    const rotating = mode === 'rotate';
    const consoleOrgId = r.matching('console-org-id', CONSOLE_ID, 'the numeric Developer Console organization id, the number after /console/projects/ in the credential page URL (not the …@AdobeOrg id)', rotating);
    const credentialId = r.matching('credential-id', CONSOLE_ID, 'the numeric credential id, the number after /credentials/ in the credential page URL', rotating);
    const consoleEndpoint = r.endpoint('console-endpoint');
    const deleteOldSecret = r.boolean('delete-old-secret');
    if (!rotating)
        return { rotation: undefined, credentials };
    if (!kind.forRotation || r.raw('private-key').trim() !== '') {
        r.problem('mode', 'conflict', `rotate works only with OAuth Server-to-Server credentials (${(0,input_ref/* inputRef */.io)('auth', 'oauth')}, no ${(0,input_ref/* inputRef */.io)('private-key')}): Service Account (JWT) secrets cannot be rotated through the Developer Console API`);
        return { rotation: undefined, credentials };
    }
    return {
        rotation: {
            consoleOrgId: consoleOrgId ?? '',
            credentialId: credentialId ?? '',
            consoleEndpoint,
            deleteOldSecret,
        },
        // The token that lists, adds and deletes secrets needs the I/O Management scopes.
        credentials: kind.forRotation(credentials),
    };
}

;// CONCATENATED MODULE: ./src/inputs/rules.ts
// Reads and validates every input before anything touches the network. Pure: it takes
// a reader function, so the same code serves the action, the CLI and tests. The rules
// of each credential kind live with the kind.







const ORG_ID = /^[A-Za-z0-9]{24}@AdobeOrg$/;
const TECHNICAL_ACCOUNT = /^[A-Za-z0-9]+@techacct\.adobe\.com$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,128}$/;
const REPORT_SUITE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const COMPONENT = /^(?:[a-z]+\/)?[A-Za-z0-9_.-]+$/;
const COMPANY = /^[A-Za-z0-9_-]+$/;
// Campaign's connector takes eVar1 to eVar250.
const EVAR = /^(?:variables\/)?evar([1-9]\d{0,2})$/i;
// The connector needs a handful; bounds keep the summary and outputs within GitHub's limits.
const MAX_ITEMS = { 'report-suites': 100, metrics: 200, dimensions: 200, instances: 50 };
const MIN_CLIENT_SECRET_LENGTH = 16;
function normaliseComponent(prefix) {
    return (id) => (id.includes('/') ? id : `${prefix}/${id}`);
}
function selectKind(r) {
    const choice = r.choice('auth', ['auto', ...kinds/* AUTH_KINDS */.nc]);
    if (choice !== 'auto')
        return choice;
    return kinds/* AUTH_KINDS */.nc.find((auth) => (0,kinds/* kindNamed */.UL)(auth).selectedByInputs(r)) ?? kinds/* DEFAULT_KIND */.zR;
}
function atMost(r, name, items) {
    if (items.length > MAX_ITEMS[name]) {
        r.problem(name, 'invalid', `lists ${items.length} entries; at most ${MAX_ITEMS[name]} are checked`);
    }
    return items;
}
function readCampaignEvar(r, reportSuites) {
    const value = r.text('campaign-evar');
    if (value === '')
        return undefined;
    const number = Number(EVAR.exec(value)?.[1] ?? 0);
    if (number < 1 || number > 250) {
        r.problem('campaign-evar', 'invalid', `must be the campaign-name conversion variable, evar1 to evar250 (such as evar11); got ${describe(value)}`);
        return undefined;
    }
    if (reportSuites.length === 0)
        r.problem('campaign-evar', 'conflict', `needs ${(0,input_ref/* inputRef */.io)('report-suites')}: the report suites to check it in`);
    return `evar${number}`;
}
function parseInputs(read) {
    const r = new InputReader(read, INPUT_DEFAULTS);
    const mode = r.choice('mode', MODES);
    const kind = (0,kinds/* kindNamed */.UL)(selectKind(r));
    const verify = r.choice('verify', ['permissions', 'token', 'none']);
    // print, apply and rotate all put a command together; rotate also runs it.
    const writesCommand = mode !== 'validate';
    const orgId = r.matching('ims-org-id', ORG_ID, '24 letters or digits followed by @AdobeOrg, as shown in the Developer Console credential', true);
    const clientId = r.matching('client-id', CLIENT_ID, 'the credential\'s client ID (API key): 8 to 128 letters, digits, "-" or "_"', true);
    const clientSecret = r.secret('client-secret', true, "the credential's client secret from the Developer Console");
    // Adobe's secrets are "p8e-" and 32 more characters; a short one is a paste gone wrong,
    // and would be too short to mask safely. Its value is never echoed.
    if (!r.hasProblem('client-secret') && clientSecret.length < MIN_CLIENT_SECRET_LENGTH) {
        r.problem('client-secret', 'invalid', `is only ${clientSecret.length} characters long; Adobe's client secrets are far longer: copy the whole value from the Developer Console`);
    }
    if (writesCommand && clientSecret.includes('/')) {
        r.problem('client-secret', 'invalid', 'contains "/", which nlserver reads as a field separator; generate a new client secret');
    }
    const technicalAccountId = r.matching('technical-account-id', TECHNICAL_ACCOUNT, 'the technical account ID, ending in @techacct.adobe.com', writesCommand || kind.needsTechnicalAccount);
    const { credentials: kindCredentials, secretForms } = kind.readInputs(r, {
        orgId: orgId ?? '',
        clientId: clientId ?? '',
        clientSecret,
        technicalAccountId,
    });
    const instances = atMost(r, 'instances', readInstances(r, mode));
    const nlserver = readNlserver(r);
    const { rotation, credentials } = readRotation(r, mode, kind, kindCredentials);
    const { alert, githubSecret } = readGitHub(r, mode);
    const reportSuites = atMost(r, 'report-suites', r.list('report-suites', REPORT_SUITE, 'report suite IDs (rsid)'));
    const settings = {
        mode,
        verify,
        credentials,
        instances,
        nlserver,
        continueOnInstanceError: r.boolean('continue-on-instance-error'),
        campaignConfDir: readConfDir(r),
        reload: r.boolean('reload'),
        reportSuites,
        metrics: atMost(r, 'metrics', r.list('metrics', COMPONENT, 'metric IDs such as pageviews, event1 or metrics/event1', normaliseComponent('metrics'))),
        dimensions: atMost(r, 'dimensions', r.list('dimensions', COMPONENT, 'dimension IDs such as evar1 or variables/evar1', normaliseComponent('variables'))),
        toolProbes: r.choice('tool-probes', ['first-suite', 'every-suite']),
        campaignEvar: readCampaignEvar(r, reportSuites),
        globalCompanyId: r.matching('global-company-id', COMPANY, 'a global company ID as listed by Analytics discovery (letters, digits, "_" or "-")', false),
        imsEndpoint: r.endpoint('ims-endpoint'),
        analyticsEndpoint: r.endpoint('analytics-endpoint'),
        timeoutSeconds: r.integer('timeout-seconds', 5, 3600, 'seconds'),
        maxAttempts: r.integer('max-attempts', 1, 10, 'attempts'),
        alert,
        githubSecret,
        rotation,
    };
    if (settings.reportSuites.length === 0) {
        for (const name of ['metrics', 'dimensions']) {
            if (settings[name].length > 0)
                r.problem(name, 'conflict', `needs ${(0,input_ref/* inputRef */.io)('report-suites')}: the report suites to check them in`);
        }
    }
    return {
        settings: r.problems.length === 0 ? settings : undefined,
        problems: r.problems,
        warnings: r.warnings,
        secretForms,
    };
}

// EXTERNAL MODULE: ./src/job/rotation.ts
var rotation = __nccwpck_require__(7013);
;// CONCATENATED MODULE: ./src/job/run.ts




/** Runs the whole job; false when the inputs were refused (the CLI's usage error). */
async function runJob(context) {
    const { host } = context;
    for (const name of SECRET_INPUTS)
        host.mask(context.readInput(name), name);
    const parsed = parseInputs(context.readInput);
    for (const form of parsed.secretForms)
        host.mask(form, 'private-key');
    for (const warning of parsed.warnings)
        host.warning(warning);
    for (const warning of context.surroundingWarnings ?? [])
        host.warning(warning, { title: 'Workflow event' });
    const settings = parsed.settings;
    const usageProblems = context.usageProblems ?? [];
    if (!settings || usageProblems.length > 0) {
        const emptySecret = (p) => p.kind === 'missing' && SECRET_INPUTS.includes(p.input);
        const withheld = parsed.problems.some(emptySecret)
            ? context.missingSecretReason?.()
            : undefined;
        if (withheld)
            host.warning(withheld, { title: 'Secrets unavailable to this run' });
        for (const problem of usageProblems)
            host.error(problem);
        for (const problem of parsed.problems) {
            const hint = emptySecret(problem) && !withheld ? context.emptySecretHint : undefined;
            host.error(hint ? `${problem.message} ${hint}` : problem.message);
        }
        const count = usageProblems.length + parsed.problems.length;
        host.fail(`${count} problem${count > 1 ? 's need' : ' needs'} fixing; nothing was sent to Adobe.`);
        return false;
    }
    const deadline = Date.now() + settings.timeoutSeconds * 1000;
    // A rotation's rollback may start at its steps' deadline and needs its reserve after it.
    const grace = settings.mode === 'rotate' ? (0,rotation/* rollbackReserveMs */.hx)(settings.timeoutSeconds) : 0;
    // HTTP calls and nlserver stop at the deadline themselves; this guard is the backstop.
    const guard = setTimeout(() => {
        host.fail(`The run exceeded ${(0,input_ref/* inputRef */.io)('timeout-seconds')} (${settings.timeoutSeconds} s) and was stopped.`);
        process.exit(1);
    }, settings.timeoutSeconds * 1000 + grace + 3000);
    guard.unref();
    try {
        if (settings.mode === 'rotate') {
            const { rotateSecret } = await Promise.all(/* import() */[__nccwpck_require__.e(512), __nccwpck_require__.e(368)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3368));
            await rotateSecret(context, settings, deadline);
        }
        else {
            const { verifyAndProvision } = await Promise.all(/* import() */[__nccwpck_require__.e(512), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9512));
            await verifyAndProvision(context, settings, deadline);
        }
    }
    finally {
        clearTimeout(guard);
    }
    return true;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/nlserver/command-file.ts
// The full commands (secrets included) for `mode: print`, in a file only the runner's
// user can read, created exclusively so a planted file or symlink is never written
// through, and removed by the post step.






const WINDOWS = process.platform === 'win32';
/**
 * What keeps the file private, for messages. Windows ignores mode bits: there the file's
 * access list is cut down to the current user instead.
 */
const SECRET_FILE_PROTECTION = WINDOWS ? 'readable only by this user' : 'mode 0600';
/** The runner's per-job temp folder (emptied after each job), else the system's. */
function commandFileDirectory(env) {
    return env.RUNNER_TEMP || tmpdir();
}
/**
 * The icacls calls that leave only the current user on a file's access list, as
 * actions/checkout does for its SSH key: grant the user full control, then drop the
 * permissions inherited from the folder.
 */
function ownerOnlyAclCalls(path, env) {
    const name = env.USERNAME || (0,external_node_os_namespaceObject.userInfo)().username;
    const user = env.USERDOMAIN ? `${env.USERDOMAIN}\\${name}` : name;
    return [
        [path, '/grant:r', `${user}:F`],
        [path, '/inheritance:r'],
    ];
}
function restrictToOwner(path) {
    const icacls = (0,external_node_path_.join)(process.env.SystemRoot || 'C:\\Windows', 'System32', 'icacls.exe');
    try {
        for (const args of ownerOnlyAclCalls(path, process.env))
            (0,external_node_child_process_.execFileSync)(icacls, args, { stdio: 'ignore', windowsHide: true });
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(path, { force: true });
        throw new errors/* ActionError */.lZ(`could not make ${path} readable only by this user (icacls): ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** Writes a new file only the owner can read; refuses an existing file or a symlink. */
function writeSecretFile(path, content) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 
        // Windows has no O_NOFOLLOW; O_EXCL alone refuses an existing link there.
        external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`could not create ${path}: ${error.message}`);
    }
    try {
        // Before the secret is written: an empty file is all another user could have seen.
        if (WINDOWS)
            restrictToOwner(path);
        (0,external_node_fs_.writeSync)(fd, content);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function writeCommandFile(directory, content) {
    const path = join(directory, `adobe-campaign-nlserver-${randomBytes(8).toString('hex')}.sh`);
    writeSecretFile(path, content);
    return path;
}
/** Removes a command file written by this action; anything else is left alone. */
function removeCommandFile(path, directory) {
    const inside = relative(directory, path);
    if (!inside ||
        inside.startsWith('..') ||
        isAbsolute(inside) ||
        !/^adobe-campaign-nlserver-[0-9a-f]{16}\.sh$/.test(inside)) {
        return 'refused';
    }
    try {
        if (!lstatSync(path).isFile())
            return 'refused';
    }
    catch {
        return 'absent';
    }
    rmSync(path, { force: true });
    return 'removed';
}

;// CONCATENATED MODULE: ./src/cli/action-inputs.ts
// Generated from action.yml and package.json by `npm run docs`: do not edit.
// The CLI's flags and --help come from here (its bundle cannot read action.yml at run time);
// test/unit/cli-help.test.ts fails when this file differs from a fresh rendering.
const VERSION = '1.0.0';
const ACTION_DESCRIPTION = 'Checks Adobe Campaign Classic Analytics connector credentials with Adobe, then prints or applies nlserver config.';
const ACTION_INPUTS = [
    {
        name: 'mode',
        description: 'validate (check the credential only), print (check, then write the full nlserver command to a new file only you can read, and log it with the secrets redacted), apply (check, then run nlserver config on each instance) or rotate (OAuth only: replace the client secret through the Developer Console API, prove the new one, apply it on every instance, then delete the old one). print, apply and rotate stop on a failed check.',
        required: false,
        default: 'validate',
    },
    {
        name: 'auth',
        description: 'Credential type: auto (jwt when private-key is set, otherwise oauth), oauth (OAuth Server-to-Server, Campaign 7.4.1+) or jwt (Service Account, end of life: for older builds and migration checks only).',
        required: false,
        default: 'auto',
    },
    {
        name: 'ims-org-id',
        description: 'IMS organization ID, 24 letters or digits followed by @AdobeOrg.',
        required: true,
    },
    {
        name: 'client-id',
        description: 'Client ID (API key) of the Developer Console credential.',
        required: true,
    },
    {
        name: 'client-secret',
        description: 'Client secret of the credential. Pass it from an encrypted secret.',
        required: true,
    },
    {
        name: 'technical-account-id',
        description: 'Technical account ID (...@techacct.adobe.com). Required for print, apply and jwt; when given with oauth it is cross-checked against the token.',
        required: false,
    },
    {
        name: 'private-key',
        description: 'jwt only: the private key as PEM text (real or \\n-escaped newlines, PKCS#8 or PKCS#1) or as printed by `base64 -w0 private.key`. Pass it from an encrypted secret.',
        required: false,
    },
    {
        name: 'private-key-passphrase',
        description: 'jwt only, when the private key is encrypted.',
        required: false,
    },
    {
        name: 'scopes',
        description: 'oauth only. Comma-separated IMS scopes to request.',
        required: false,
        default: 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,additional_info.job_function',
    },
    {
        name: 'metascopes',
        description: 'jwt only. Comma-separated metascopes to claim in the assertion.',
        required: false,
        default: 'ent_analytics_bulk_ingest_sdk',
    },
    {
        name: 'instances',
        description: 'Campaign instance names, comma- or newline-separated (plain names only). Required for print and apply.',
        required: false,
    },
    {
        name: 'nlserver',
        description: 'Path of the nlserver executable used by apply.',
        required: false,
        default: 'nlserver',
    },
    {
        name: 'continue-on-instance-error',
        description: 'apply only. When true, a failing instance does not stop the remaining ones (the step still fails).',
        required: false,
        default: 'false',
    },
    {
        name: 'campaign-conf-dir',
        description: "apply and rotate: the Campaign folder holding config-<instance>.xml, where each instance's credential is read back after nlserver config. Empty: the conf folder beside the bin folder of the nlserver executable; if that does not exist, the read-back is skipped with a notice.",
        required: false,
    },
    {
        name: 'reload',
        description: 'apply and rotate: when true, run nlserver config -reload once every instance has been configured and read back.',
        required: false,
        default: 'false',
    },
    {
        name: 'verify',
        description: 'permissions (token plus Analytics product-profile checks), token (token exchange and identity only) or none (no call to Adobe).',
        required: false,
        default: 'permissions',
    },
    {
        name: 'report-suites',
        description: 'Report suite IDs the connector needs, comma- or newline-separated.',
        required: false,
    },
    {
        name: 'metrics',
        description: 'Metric IDs the connector needs in each report suite (event1 or metrics/event1).',
        required: false,
    },
    {
        name: 'dimensions',
        description: 'Dimension IDs the connector needs in each report suite (evar1 or variables/evar1).',
        required: false,
    },
    {
        name: 'tool-probes',
        description: 'Which required report suites the Report Suite Tools items (Custom Data Warehouse report, Data sources manager, Classifications) are probed on: first-suite (one suite proves them, since they are granted per product profile) or every-suite.',
        required: false,
        default: 'first-suite',
    },
    {
        name: 'campaign-evar',
        description: 'The conversion variable that carries campaign names, such as evar11. Campaign 7.4.4 and later need a classification set subscribed to it in each report suite; a missing one is a warning. Needs report-suites.',
        required: false,
    },
    {
        name: 'certificate',
        description: 'jwt only, optional: the public certificate registered on the credential (PEM). The action warns expiry-warning-days before it expires, fails when it has expired, and checks that private-key belongs to it.',
        required: false,
    },
    {
        name: 'expiry-warning-days',
        description: "Days before the certificate's expiry from which the action warns (0 to 365).",
        required: false,
        default: '30',
    },
    {
        name: 'global-company-id',
        description: 'Analytics global company ID; needed when the org has several companies, and saves one round trip.',
        required: false,
    },
    {
        name: 'ims-endpoint',
        description: 'Adobe IMS origin. https only, except plain http to a loopback emulator.',
        required: false,
        default: 'https://ims-na1.adobelogin.com',
    },
    {
        name: 'analytics-endpoint',
        description: 'Adobe Analytics API origin. https only, except plain http to a loopback emulator.',
        required: false,
        default: 'https://analytics.adobe.io',
    },
    {
        name: 'timeout-seconds',
        description: 'Upper bound for the whole run, retries included (5 to 3600).',
        required: false,
        default: '60',
    },
    {
        name: 'max-attempts',
        description: 'Attempts per Adobe request for transient faults (1 to 10).',
        required: false,
        default: '4',
    },
    {
        name: 'alert-issue',
        description: 'Scheduled health: a label name (such as adobe-credentials) to turn alerting on. On schedule and workflow_dispatch runs, failing checks open (or update) one issue with this label, and passing checks comment on it and close it. Empty: off.',
        required: false,
    },
    {
        name: 'github-token',
        description: 'Token for the alert issue (needs permissions: issues: write). Only used with alert-issue.',
        required: false,
    },
    {
        name: 'github-api-url',
        description: "GitHub API URL for the alert issue and the rotated secret; empty means the runner's (GitHub Enterprise Server works).",
        required: false,
    },
    {
        name: 'console-org-id',
        description: 'rotate: the numeric Developer Console organization id, the number after /console/projects/ in the credential page URL. Digits only; not the @AdobeOrg id.',
        required: false,
    },
    {
        name: 'credential-id',
        description: 'rotate: the numeric credential id, the number after /credentials/ in the credential page URL. Digits only.',
        required: false,
    },
    {
        name: 'console-endpoint',
        description: 'rotate: the Developer Console API origin (I/O Management API). https only, except plain http to a loopback emulator.',
        required: false,
        default: 'https://api.adobe.io',
    },
    {
        name: 'delete-old-secret',
        description: 'rotate: delete the old client secret once every instance holds the new one and read it back. false keeps both secrets working.',
        required: false,
        default: 'true',
    },
    {
        name: 'github-secret-name',
        description: 'rotate, optional: the Actions secret that receives the new client secret. github-token must then be a token that may write secrets (fine-grained or GitHub App token), not the default github.token.',
        required: false,
    },
    {
        name: 'github-secret-environment',
        description: "rotate, optional, with github-secret-name; update this environment's secret instead of the repository's.",
        required: false,
    },
];

;// CONCATENATED MODULE: ./src/cli/options.ts


/** Inputs that only make sense on a GitHub runner: no flag, no environment fallback. */
const GITHUB_ONLY_INPUTS = [
    'github-token',
    'github-api-url',
    'alert-issue',
    'github-secret-name',
    'github-secret-environment',
];
/** The help's groups, in order. */
const HELP_GROUPS = [
    {
        title: 'Credentials',
        inputs: [
            'auth',
            'ims-org-id',
            'client-id',
            'client-secret',
            'technical-account-id',
            'private-key',
            'private-key-passphrase',
            'scopes',
            'metascopes',
            'certificate',
            'expiry-warning-days',
        ],
    },
    {
        title: 'What to check',
        inputs: [
            'verify',
            'report-suites',
            'metrics',
            'dimensions',
            'global-company-id',
            'tool-probes',
            'campaign-evar',
        ],
    },
    {
        title: 'Where to apply',
        inputs: ['instances', 'nlserver', 'continue-on-instance-error', 'campaign-conf-dir', 'reload'],
    },
    { title: 'Rotation', inputs: ['console-org-id', 'credential-id', 'delete-old-secret'] },
    {
        title: 'Network and limits',
        inputs: [
            'ims-endpoint',
            'analytics-endpoint',
            'console-endpoint',
            'timeout-seconds',
            'max-attempts',
        ],
    },
];
/** The input the command stands for. */
const COMMAND_INPUT = 'mode';
const envName = (input) => `ADOBE_${input.replace(/-/g, '_').toUpperCase()}`;
const isSecret = (input) => SECRET_INPUTS.includes(input);
/** What the CLI offers of action.yml's inputs. */
const CLI_INPUTS = ACTION_INPUTS.filter((input) => input.name !== COMMAND_INPUT && !GITHUB_ONLY_INPUTS.includes(input.name));
/** Inputs given as --flags; secrets are only read from the environment. */
const FLAG_INPUTS = CLI_INPUTS.filter((input) => !isSecret(input.name)).map((input) => input.name);
/** Flags of the CLI itself, not inputs: what --help says about each, and its value. */
const CLI_FLAGS = {
    'private-key-file': {
        value: '<path>',
        description: 'jwt only: read the private key from this file instead of ADOBE_PRIVATE_KEY.',
    },
    'output-file': {
        value: '<path>',
        description: 'print only: write the full command(s) to this new file (mode 0600; refused if it exists or is a link). Needed when stdout is not a terminal, so the secret never lands in a CI log.',
    },
    json: {
        value: undefined,
        description: 'Print one JSON result on stdout (checks, outputs, warnings, errors); the log goes to stderr. print then gives only the redacted command.',
    },
    help: { value: undefined, description: 'Show this help (the command help does too).' },
    version: { value: undefined, description: 'Show the version.' },
};
const SHORT_FLAGS = {
    h: 'help',
    V: 'version',
};
/** The CLI's words for an input: a flag, an environment variable, or the command. */
const CLI_NAMING = (input, value) => {
    if (input === COMMAND_INPUT)
        return value === undefined ? 'the command' : `the ${value} command`;
    if (isSecret(input))
        return value === undefined ? envName(input) : `${envName(input)}=${value}`;
    return value === undefined ? `--${input}` : `--${input} ${value}`;
};

;// CONCATENATED MODULE: ./src/cli/suggest.ts
// "Did you mean": the known word closest to a mistyped one, when it is close enough to be
// a typo (a few edits, or the only word that contains it).
/** Edit distance with adjacent transpositions (optimal string alignment). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            rows[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
function closest(word, known) {
    const typed = word.toLowerCase().replace(/_/g, '-');
    let best;
    for (const candidate of known) {
        const distance = editDistance(typed, candidate);
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    if (best && best.distance <= Math.max(1, Math.floor(typed.length / 3)))
        return best.candidate;
    const containing = typed.length >= 4 ? known.filter((k) => k.includes(typed)) : [];
    return containing.length === 1 ? containing[0] : undefined;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments of the CLI, read in one pass that collects every usage problem
// instead of stopping at the first: unknown flags (with a suggestion), missing values,
// secrets given as flags, GitHub-only inputs, and the command. Pure.



const EXIT = { ok: 0, checkFailed: 1, usage: 2 };
const PROGRAM = 'campaign-analytics-credentials';
const isCliFlag = (name) => Object.hasOwn(CLI_FLAGS, name);
const takesValue = (name) => (isCliFlag(name) ? CLI_FLAGS[name].value !== undefined : true);
const KNOWN_FLAGS = [...FLAG_INPUTS, ...Object.keys(CLI_FLAGS)];
const COMMAND_LIST = `${MODES.slice(0, -1).join(', ')} or ${MODES.at(-1)}`;
/** A positional argument, quoted only when it looks like a word (never a pasted secret). */
function shown(argument) {
    return /^[A-Za-z][\w.-]{0,30}$/.test(argument)
        ? `"${argument}"`
        : `an argument of ${argument.length} characters`;
}
/** Why a flag that names an input is not accepted, or undefined when it is. */
function refusal(name) {
    if (GITHUB_ONLY_INPUTS.includes(name))
        return `--${name} is an input of the GitHub Action only; the CLI has no such option (see --help).`;
    if (isSecret(name))
        return `--${name} is not accepted: flags show in process lists. Set ${envName(name)} instead.`;
    if (name === COMMAND_INPUT)
        return `--${name} is not a flag: give the mode as the command, such as ${PROGRAM} ${MODES[0]}.`;
    return undefined;
}
function unknownFlag(raw) {
    const name = raw.replace(/^-+/, '');
    const suggestion = raw.startsWith('--') ? closest(name, KNOWN_FLAGS) : undefined;
    return `unknown option ${raw}${suggestion ? `: did you mean --${suggestion}?` : '.'} See --help.`;
}
function commandProblem(positionals) {
    const [command, ...extra] = positionals;
    if (command === undefined)
        return `expected a command: ${COMMAND_LIST} (see ${PROGRAM} --help).`;
    if (!MODES.includes(command)) {
        const suggestion = closest(command, MODES);
        return `unknown command ${shown(command)}${suggestion ? `: did you mean ${suggestion}?` : '.'} The commands are ${COMMAND_LIST}.`;
    }
    if (extra.length > 0)
        return `expected one command, got ${extra.length} more argument${extra.length > 1 ? 's' : ''} after ${command}: ${extra.map(shown).join(', ')}. Give lists as one value, such as --instances prod,prod_mkt.`;
    return undefined;
}
/** Reads argv; never throws. */
function parseArguments(argv) {
    const problems = [];
    const positionals = [];
    const values = {};
    const switches = new Set();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const long = arg.startsWith('--');
        const equals = arg.indexOf('=');
        const flagName = long
            ? arg.slice(2, equals < 0 ? undefined : equals)
            : SHORT_FLAGS[arg.slice(1)];
        const inline = long && equals >= 0 ? arg.slice(equals + 1) : undefined;
        const next = argv[i + 1];
        // A value never starts with a dash here; `--flag=-value` gives one that does.
        const nextIsValue = next !== undefined && !next.startsWith('-');
        if (flagName === undefined || !(KNOWN_FLAGS.includes(flagName) || refusal(flagName))) {
            problems.push(unknownFlag(long && equals >= 0 ? arg.slice(0, equals) : arg));
            // Its value, if any, is not a command: skip it rather than report it twice.
            if (inline === undefined && nextIsValue && !MODES.includes(next))
                i++;
            continue;
        }
        if (!takesValue(flagName)) {
            if (inline !== undefined)
                problems.push(`--${flagName} takes no value.`);
            switches.add(flagName);
            continue;
        }
        let value = inline;
        if (value === undefined && nextIsValue) {
            value = next;
            i++;
        }
        const refused = refusal(flagName);
        if (refused)
            problems.push(refused);
        else if (value === undefined)
            problems.push(`--${flagName} needs a value. See --help.`);
        // As with most command lines, the last of a repeated flag wins.
        else
            values[flagName] = value;
    }
    if (switches.has('help') || positionals[0] === 'help')
        return { kind: 'help' };
    if (switches.has('version'))
        return { kind: 'version' };
    const commandIssue = commandProblem(positionals);
    if (commandIssue)
        problems.push(commandIssue);
    const command = MODES.includes(positionals[0] ?? '')
        ? positionals[0]
        : undefined;
    const { 'private-key-file': privateKeyFile, 'output-file': outputFile, ...inputs } = values;
    return {
        kind: 'run',
        command,
        values: inputs,
        json: switches.has('json'),
        privateKeyFile,
        outputFile,
        problems,
    };
}

;// CONCATENATED MODULE: ./src/cli/help.ts
// --help, made from action.yml's descriptions (src/cli/action-inputs.ts) and grouped by
// purpose, each option with its environment variable. Pure.




const WIDTH = 80;
const DESCRIPTION_INDENT = '      ';
/** Words wrapped to the width, each line indented. */
function wrap(text, indent) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
            lines.push(indent + line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    if (line !== '')
        lines.push(indent + line);
    return lines.join('\n');
}
function inputEntry(input) {
    const boolean = input.default === 'true' || input.default === 'false';
    const head = isSecret(input.name)
        ? `  ${envName(input.name)}  (environment only${input.required ? ', required' : ''})`
        : `  --${input.name} ${boolean ? '<true|false>' : '<value>'}${input.required ? '  (required)' : ''}`;
    const facts = [
        input.description,
        ...(isSecret(input.name) ? [] : [`Environment: ${envName(input.name)}.`]),
        ...(input.default === undefined ? [] : [`Default: ${input.default}.`]),
    ];
    return `${head}\n${wrap(facts.join(' '), DESCRIPTION_INDENT)}`;
}
function flagEntry(name) {
    const { value, description } = CLI_FLAGS[name];
    const short = Object.entries(SHORT_FLAGS).find(([, long]) => long === name)?.[0];
    const head = `  ${short ? `-${short}, ` : ''}--${name}${value ? ` ${value}` : ''}`;
    return `${head}\n${wrap(description, DESCRIPTION_INDENT)}`;
}
function renderHelp() {
    const byName = new Map(CLI_INPUTS.map((input) => [input.name, input]));
    const mode = ACTION_INPUTS.find((input) => input.name === COMMAND_INPUT);
    const sections = [
        `Usage: ${PROGRAM} <${MODES.join('|')}> [options]\n       ${PROGRAM} --help | --version`,
        wrap(ACTION_DESCRIPTION, ''),
        `Commands (mode in the GitHub Action):\n${wrap(mode?.description ?? '', '  ')}\n${wrap('From the CLI, print shows the full command on a terminal; elsewhere it needs --output-file (or --json for the redacted command only).', '  ')}`,
        wrap("Every option can also be set as the environment variable named with it; a flag wins over its variable. Secrets are read only from the environment, never from flags, which show in process lists: set ADOBE_CLIENT_SECRET (and for jwt ADOBE_PRIVATE_KEY) from your CI system's secret store.", ''),
    ];
    for (const group of HELP_GROUPS) {
        const entries = group.inputs.flatMap((name) => {
            const input = byName.get(name);
            if (!input)
                return [];
            // The key file sits with the key it replaces.
            return name === 'private-key'
                ? [inputEntry(input), flagEntry('private-key-file')]
                : [inputEntry(input)];
        });
        if (entries.length > 0)
            sections.push(`${group.title}:\n${entries.join('\n')}`);
    }
    sections.push(`Output and help:\n${['output-file', 'json', 'help', 'version'].map(flagEntry).join('\n')}`, wrap('Exit codes: 0 all checks passed, 1 a check or nlserver failed, 2 usage or input error (nothing was sent to Adobe).', ''));
    return `${sections.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/preflight.ts
// The usage checks that look at this machine: the key file can be read, the output file
// can be created (new, not a link, in a folder that exists), and print has somewhere safe
// for the secret. All run before anything is sent, so every problem is reported at once.




const errorCode = (error) => error.code;
/** Why --output-file cannot be created, or undefined when it can. */
function outputFileProblem(path) {
    try {
        const existing = (0,external_node_fs_.lstatSync)(path);
        return existing.isSymbolicLink()
            ? `--output-file ${path} is a symbolic link: give the path of a new file (the secret is never written through a link).`
            : `--output-file ${path} already exists: give the path of a new file (an existing file is never overwritten).`;
    }
    catch (error) {
        if (errorCode(error) !== 'ENOENT')
            return `--output-file ${path}: ${(0,errors/* errorMessage */.gJ)(error)}.`;
    }
    const folder = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));
    try {
        if (!(0,external_node_fs_.statSync)(folder).isDirectory())
            return `--output-file ${path}: ${folder} is not a folder.`;
    }
    catch (error) {
        return errorCode(error) === 'ENOENT'
            ? `--output-file ${path}: the folder ${folder} does not exist; create it first.`
            : `--output-file ${path}: ${(0,errors/* errorMessage */.gJ)(error)}.`;
    }
    return undefined;
}
function preflight(request, stdoutIsTerminal) {
    const problems = [];
    let privateKey;
    if (request.privateKeyFile !== undefined) {
        try {
            privateKey = (0,external_node_fs_.readFileSync)(request.privateKeyFile, 'utf8');
        }
        catch (error) {
            problems.push(`--private-key-file ${request.privateKeyFile} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}.`);
        }
    }
    const { command, outputFile, json } = request;
    if (outputFile !== undefined && command !== undefined && command !== 'print') {
        problems.push(`--output-file is only used by print, not by ${command}.`);
    }
    else if (outputFile !== undefined) {
        const problem = outputFileProblem(outputFile);
        if (problem)
            problems.push(problem);
    }
    else if (command === 'print' && !json && !stdoutIsTerminal) {
        problems.push(`print would write the secret into a log: stdout is not a terminal. Give --output-file <path> (a new file, ${SECRET_FILE_PROTECTION}), or --json for the redacted command only.`);
    }
    return { privateKey, problems };
}

;// CONCATENATED MODULE: ./src/cli/terminal-host.ts

// Green, red, yellow and dim: only on a terminal, never with NO_COLOR (no-color.org).
const STATUS_COLOUR = {
    pass: '\x1b[32m',
    fail: '\x1b[31m',
    warn: '\x1b[33m',
    skip: '\x1b[2m',
};
const RESET = '\x1b[0m';
function createTerminalHost(redactor, options) {
    const clean = (text) => redactor.redact((0,input_ref/* renderInputRefs */.nx)(text, options.naming));
    const log = options.json ? options.stderr : options.stdout;
    const tty = log.isTTY === true;
    const colour = tty && !options.noColor;
    let progressShown = false;
    const write = (stream, text) => {
        if (progressShown && stream === log) {
            stream.write('\r\x1b[2K');
            progressShown = false;
        }
        stream.write(`${clean(text)}\n`);
    };
    const outputs = {};
    const errors = [];
    const warnings = [];
    return {
        isDebug: options.debug,
        outputs,
        errors,
        warnings,
        mask: (value, label) => {
            if (value.trim() !== '')
                redactor.add(value, label ? `<${label}>` : undefined);
        },
        redact: clean,
        debug: (message) => {
            if (options.debug)
                write(options.stderr, `debug: ${message}`);
        },
        info: (message) => write(log, message),
        step: (message) => {
            if (!tty)
                return write(log, `${message}…`);
            log.write(`\r\x1b[2K${clean(message)}…`);
            progressShown = true;
        },
        notice: (message) => write(log, `notice: ${message}`),
        warning: (message) => {
            warnings.push(clean(message));
            write(options.stderr, `warning: ${message}`);
        },
        error: (message) => {
            errors.push(clean(message));
            write(options.stderr, `error: ${message}`);
        },
        report(lines) {
            for (const { status, text } of lines) {
                if (!status)
                    write(log, text);
                else {
                    const word = status.padEnd(4);
                    write(log, `  ${colour ? `${STATUS_COLOUR[status]}${word}${RESET}` : word} ${text}`);
                }
            }
        },
        async group(title, body) {
            write(log, `--- ${title}`);
            return body();
        },
        // Sanitised where it was captured: no escape sequence reaches the terminal.
        showOutput: (lines) => {
            for (const line of lines)
                write(log, line);
        },
        setOutput: (name, value) => {
            outputs[name] = clean(value);
        },
        // No job summary outside the runner.
        appendSummary: async () => { },
        fail(message) {
            process.exitCode = 1;
            errors.push(clean(message));
            write(options.stderr, `error: ${message}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The same job as a command for any CI system (see --help, made in help.ts).










const EMPTY_SECRET_HINT = "Secrets are read only from the environment: export it from your CI system's secret store.";
/** An input's value: the flag, else its ADOBE_<NAME> variable; none for GitHub-only inputs. */
function inputReader(request, privateKey, env) {
    const values = {
        ...request.values,
        [COMMAND_INPUT]: request.command,
        ...(privateKey === undefined ? {} : { 'private-key': privateKey }),
    };
    return (name) => GITHUB_ONLY_INPUTS.includes(name) ? '' : (values[name] ?? env[envName(name)] ?? '');
}
/** Runs the CLI; resolves to its exit code. */
async function runCli(argv, env) {
    const request = parseArguments(argv);
    if (request.kind === 'help') {
        process.stdout.write(renderHelp());
        return EXIT.ok;
    }
    if (request.kind === 'version') {
        process.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
    }
    const { json, command, outputFile } = request;
    const checked = preflight(request, process.stdout.isTTY === true);
    const host = createTerminalHost(new Redactor(), {
        json,
        stdout: process.stdout,
        stderr: process.stderr,
        debug: env.ADOBE_DEBUG === '1',
        noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== '',
        naming: CLI_NAMING,
    });
    let inputsValid = true;
    try {
        inputsValid = await runJob({
            host,
            env,
            readInput: inputReader(request, checked.privateKey, env),
            usageProblems: [...request.problems, ...checked.problems],
            emptySecretHint: EMPTY_SECRET_HINT,
            deliverFullCommands: (text) => {
                if (outputFile) {
                    writeSecretFile(outputFile, text);
                    return `${outputFile} (${SECRET_FILE_PROTECTION})`;
                }
                // On a terminal the user sees it; stdout for JSON gets only the redacted form.
                if (!json)
                    process.stdout.write(text);
                return undefined;
            },
        });
    }
    catch (error) {
        (0,errors/* reportFailure */.xV)(host, error);
    }
    if (!inputsValid && !json)
        process.stderr.write(`Run ${PROGRAM} --help for every option and its environment variable.\n`);
    const exitCode = !inputsValid ? EXIT.usage : process.exitCode ? EXIT.checkFailed : EXIT.ok;
    if (json) {
        const checks = host.outputs.checks ? JSON.parse(host.outputs.checks) : [];
        const { checks: _checks, ...outputs } = host.outputs;
        process.stdout.write(`${JSON.stringify({ command: command ?? null, ok: exitCode === EXIT.ok, exitCode, checks, outputs, warnings: host.warnings, errors: host.errors }, null, 2)}\n`);
    }
    return exitCode;
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   xV: () => (/* binding */ reportFailure)
/* harmony export */ });
/* harmony import */ var _sanitise_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1359);

/**
 * A failure the user can act on: shown as one paragraph, never with a stack trace.
 * Anything else that escapes is a bug and gets its stack in debug mode only.
 */
class ActionError extends Error {
    name = 'ActionError';
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Why something failed on the way (a request, a connection), in words: the deepest cause's
 * code, message or name, so "ECONNREFUSED" rather than "fetch failed", and never a bare
 * number or nothing (a DOMException's numeric code is 0 for most names).
 */
function describeFailure(error) {
    const chain = [];
    for (let level = error; level && typeof level === 'object' && chain.length < 8;) {
        chain.unshift(level);
        level = level.cause;
    }
    const words = (value) => typeof value === 'string' && value.trim() !== '' ? value : undefined;
    for (const level of chain) {
        const reason = words(level.code) ??
            words(level.message) ??
            (level.name !== 'Error' ? words(level.name) : undefined);
        if (reason)
            return (0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(reason);
    }
    return typeof error === 'string' && error.trim() !== '' ? (0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(error) : 'no reason given';
}
/** What a failure says: an ActionError as it is, anything else as the bug it is. */
function failureMessage(error) {
    if (error instanceof ActionError)
        return error.message;
    // A bug's message may carry whatever text caused it.
    return `Unexpected error: ${(0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(errorMessage(error))}. Please report it with the log of this step.`;
}
/** Ends a run that threw: one readable paragraph, the stack only in debug mode. */
function reportFailure(host, error) {
    host.fail(failureMessage(error));
    if (!(error instanceof ActionError) && host.isDebug && error instanceof Error && error.stack)
        host.debug(error.stack);
}


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   io: () => (/* binding */ inputRef),
/* harmony export */   nx: () => (/* binding */ renderInputRefs)
/* harmony export */ });
/* unused harmony export INPUT_NAMING */
// Messages name inputs by reference, and each front door renders the reference in its
// own words: the action as the input's name (`client-id`, `verify: none`), the CLI as a
// flag or an environment variable (`--client-id`, `--verify none`, `ADOBE_CLIENT_SECRET`).
// Check rows and errors stay strings that travel through outputs, summaries and JSON;
// a reference rides inside them as a token of private-use characters, never as wording.
const OPEN = '\uE000';
const VALUE = '\uE001';
const CLOSE = '\uE002';
// Only names and values of the shapes inputs have: untrusted text that happens to carry
// these characters cannot turn into anything but an input-like word.
const NAME = '[a-z][a-z0-9-]{0,39}';
const SETTING = '[A-Za-z0-9_.-]{1,40}';
const REFERENCE = new RegExp(`${OPEN}(${NAME})(?:${VALUE}(${SETTING}))?${CLOSE}`, 'g');
/** A reference to an input (`inputRef('auth', 'oauth')`: set auth to oauth). */
function inputRef(input, value) {
    return `${OPEN}${input}${value === undefined ? '' : `${VALUE}${value}`}${CLOSE}`;
}
/** Replaces each reference with the front door's words for it. */
function renderInputRefs(text, naming) {
    if (!text.includes(OPEN))
        return text;
    return text.replace(REFERENCE, (_match, input, value) => naming(input, value));
}
/** action.yml's words: the input's name, and `name: value` as a workflow sets it. */
const INPUT_NAMING = (input, value) => value === undefined ? input : `${input}: ${value}`;


/***/ }),

/***/ 1359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   WP: () => (/* binding */ sanitiseLines),
/* harmony export */   tB: () => (/* binding */ sanitise),
/* harmony export */   y9: () => (/* binding */ shownList)
/* harmony export */ });
/* unused harmony export ITEM_LIMIT */
// Text from outside (Adobe, GitHub, nlserver, an input value quoted back) made safe to show
// anywhere the action writes: a log line, an annotation, a summary cell, an output, a
// terminal. It is applied once, where the text enters (when an answer is read or output is
// captured), not at each log call.
//
// The runner splits its input on CR as well as LF, reads a workflow command from a line
// that starts with "::" once leading whitespace is trimmed, and reads the legacy "##[" form
// anywhere in a line. So the sanitiser:
// - shows control characters (C0, DEL, C1), the Unicode line and paragraph separators and
//   the bidirectional overrides as visible escapes (\n, \r, \t, \u001b …), so the text stays
//   on one line and a terminal gets no escape sequence;
// - puts a backslash before "::" at the start ("\::") and inside "##[" ("##\["), so the
//   words stay readable but are no command;
// - caps each item at ITEM_LIMIT characters and says how much was cut, so one answer cannot
//   fill a log, an output or the 1 MiB job summary.
const ITEM_LIMIT = 500;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0, DEL, C1, U+2028/U+2029 (line breaks to some viewers), bidi embeddings and isolates. */
function unsafe(code) {
    return (code <= 0x1f ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x2028 ||
        code === 0x2029 ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069));
}
function visible(char) {
    return NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Untrusted text as it may be shown: one line, no command, at most about `limit` characters. */
function sanitise(text, limit = ITEM_LIMIT) {
    let shown = '';
    let index = 0;
    // Walk only as far as the cap allows: an answer may be hundreds of megabytes.
    while (index < text.length) {
        const code = text.charCodeAt(index);
        const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
        const char = text.slice(index, index + (pair ? 2 : 1));
        const piece = unsafe(code) ? visible(char) : char;
        if (shown.length + piece.length > limit)
            break;
        shown += piece;
        index += char.length;
    }
    if (index < text.length)
        shown += `… (${text.length - index} more characters)`;
    shown = shown.replace(/##\[/g, '##\\[').replace(/^(\s*)::/, '$1\\::');
    return shown;
}
function quoted(raw) {
    return { raw, shown: sanitise(raw) };
}
/** A list of shown items for a message, naming at most `max` of them. */
function shownList(items, max = 20) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
/** nlserver's (or any program's) output as lines that are safe to show. */
function sanitiseLines(text) {
    return text
        .split(/\r\n|\r|\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => sanitise(line));
}


/***/ }),

/***/ 5110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ unknownClientIdAdvice)
/* harmony export */ });
/* harmony import */ var _common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7241);

/** What to change when IMS does not know the client id, whichever kind asked. */
function unknownClientIdAdvice(imsEndpoint) {
    return `${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('client-id')} is not known to Adobe IMS at ${imsEndpoint}, or does not belong to this IMS environment: copy the client ID (API key) from the Developer Console credential`;
}


/***/ }),

/***/ 3587:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nc: () => (/* binding */ AUTH_KINDS),
  zR: () => (/* binding */ DEFAULT_KIND),
  UL: () => (/* binding */ kindNamed),
  I: () => (/* binding */ kindOf)
});

// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __nccwpck_require__(7241);
// EXTERNAL MODULE: ./src/credentials/kind.ts
var kind = __nccwpck_require__(5110);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/credentials/jwt/private-key.ts
// Turns the `private-key` input into a usable RSA key plus the exact bytes nlserver
// expects (`base64 -w0 private.key`). Users paste keys in many shapes; the forgivable
// ones are normalised, the rest get a message that says what was pasted instead.


const refuse = (reason, problem) => ({ ok: false, reason, problem });
const PEM_LABEL = /-----BEGIN ([A-Z0-9 ]+)-----/;
/** Secrets stores often hold PEM text with `\\n` escapes instead of line breaks. */
function unescapeNewlines(text) {
    return text.includes('\\n') ? text.replace(/\\r\\n|\\n/g, '\n') : text;
}
function normalisePem(text) {
    const withNewlines = unescapeNewlines(text);
    return `${withNewlines.replace(/\r\n?/g, '\n').trim()}\n`;
}
function decodeBase64Pem(text) {
    if (/\s/.test(text)) {
        return {
            problem: 'looks like base64 wrapped over several lines; encode the key file on one line with `base64 -w0 private.key`, or paste the PEM text itself',
        };
    }
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) {
        return {
            problem: 'is neither PEM text (-----BEGIN PRIVATE KEY-----) nor base64 of a PEM file (`base64 -w0 private.key`)',
        };
    }
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    if (!PEM_LABEL.test(decoded)) {
        return {
            problem: 'is base64, but not of a PEM key file: encode the private.key file from the Developer Console with `base64 -w0 private.key`',
        };
    }
    return { pem: decoded };
}
function parsePrivateKey(raw, passphrase) {
    const text = raw.trim();
    let pem;
    // Given as base64, the input already is what nlserver takes: keep those exact bytes.
    let givenBase64;
    if (text.includes('-----BEGIN')) {
        pem = normalisePem(text);
    }
    else {
        const decoded = decodeBase64Pem(text);
        if (!decoded.pem)
            return refuse('not-a-key', decoded.problem ?? 'cannot be read');
        pem = decoded.pem;
        givenBase64 = text;
    }
    const label = PEM_LABEL.exec(pem)?.[1] ?? '';
    if (label === 'CERTIFICATE') {
        return refuse('wrong-type', 'is a certificate (certificate_pub.crt); give the private key (private.key) from the same key pair');
    }
    if (label.includes('PUBLIC KEY')) {
        return refuse('wrong-type', 'is a public key; give the private key (private.key) instead');
    }
    if (!label.includes('PRIVATE KEY')) {
        return refuse('wrong-type', `holds a "${label}" PEM block, not a private key`);
    }
    if (!pem.includes(`-----END ${label}-----`)) {
        return refuse('truncated', `is truncated: the "-----END ${label}-----" line is missing; copy the whole file`);
    }
    const encrypted = label.startsWith('ENCRYPTED') || pem.includes('Proc-Type: 4,ENCRYPTED');
    if (encrypted && passphrase === '') {
        return refuse('needs-passphrase', `is encrypted: set ${(0,input_ref/* inputRef */.io)('private-key-passphrase')}, or give the unencrypted key`);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(encrypted ? { key: pem, format: 'pem', passphrase } : pem);
    }
    catch {
        return encrypted
            ? refuse('wrong-passphrase', `could not be decrypted: ${(0,input_ref/* inputRef */.io)('private-key-passphrase')} is wrong`)
            : refuse('damaged', 'is not a readable private key (the PEM body is damaged or incomplete); copy the whole private.key file again');
    }
    if (key.asymmetricKeyType !== 'rsa') {
        return refuse('not-rsa', `is a ${key.asymmetricKeyType ?? 'non-RSA'} key; Adobe service-account credentials use RSA keys (RS256)`);
    }
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) {
        return refuse('too-short', `is a ${bits}-bit RSA key; RS256 and Adobe need at least 2048 bits (openssl req -newkey rsa:2048)`);
    }
    // nlserver cannot take a passphrase: it gets the decrypted key.
    if (!encrypted) {
        const base64 = givenBase64 ?? Buffer.from(pem, 'utf8').toString('base64');
        return { ok: true, value: { key, pem, base64 } };
    }
    const decrypted = String(key.export({ type: 'pkcs8', format: 'pem' }));
    return {
        ok: true,
        value: { key, pem: decrypted, base64: Buffer.from(decrypted, 'utf8').toString('base64') },
    };
}
/** Every string form of the key that could appear anywhere, for masking. */
function privateKeyForms(material, raw) {
    const bodyLines = material.pem
        .split('\n')
        .filter((line) => line.length >= 8 && !line.startsWith('-----') && !line.includes(':'));
    return [raw.trim(), material.pem.trim(), material.base64, ...bodyLines];
}

;// CONCATENATED MODULE: ./src/credentials/jwt/certificate.ts
// Local checks of the JWT credential's public certificate: Adobe's Console certificates
// last a year, and since JWT's end of life they cannot be renewed.



const DAY_MS = 86_400_000;
/** The `certificate` input: optional PEM text of the certificate registered on the credential. */
function readCertificate(reader) {
    const raw = reader.raw('certificate').trim();
    if (raw === '')
        return undefined;
    try {
        return new external_node_crypto_.X509Certificate(unescapeNewlines(raw));
    }
    catch {
        reader.problem('certificate', 'invalid', 'must be the PEM text of the X.509 certificate registered on the credential (certificate_pub.crt, -----BEGIN CERTIFICATE-----)');
        return undefined;
    }
}
function certificateChecks(certificate, privateKey, now, warningDays) {
    const validTo = new Date(certificate.validTo);
    const daysLeft = Math.floor((validTo.getTime() - now.getTime()) / DAY_MS);
    const until = validTo.toISOString().slice(0, 10);
    let expiry;
    if (daysLeft < 0) {
        expiry = {
            id: 'certificate-expiry',
            status: 'fail',
            message: `The credential's certificate expired on ${until}, so IMS refuses the JWT exchange; JWT certificates can no longer be renewed: migrate to OAuth Server-to-Server (same client ID and technical account, ${(0,input_ref/* inputRef */.io)('auth', 'oauth')}).`,
        };
    }
    else if (daysLeft <= warningDays) {
        expiry = {
            id: 'certificate-expiry',
            status: 'warn',
            message: `The credential's certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${until}); it cannot be renewed: migrate to OAuth Server-to-Server before then.`,
        };
    }
    else {
        expiry = {
            id: 'certificate-expiry',
            status: 'pass',
            message: `The credential's certificate is valid until ${until} (${daysLeft} days).`,
        };
    }
    const checks = [expiry];
    if (privateKey) {
        checks.push(certificate.checkPrivateKey(privateKey)
            ? {
                id: 'certificate-key-match',
                status: 'pass',
                message: `${(0,input_ref/* inputRef */.io)('private-key')} belongs to the certificate.`,
            }
            : {
                id: 'certificate-key-match',
                status: 'fail',
                message: `${(0,input_ref/* inputRef */.io)('private-key')} does not belong to the certificate: use the private.key generated with this certificate, or register this key pair on the credential.`,
            });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/credentials/jwt/index.ts




/** Said on every JWT run, as a warning annotation and a check row. */
const JWT_END_OF_LIFE = `Service Account (JWT) credentials reached end of life on 2025-06-30 and Adobe converted the remaining ones to OAuth Server-to-Server by 2026-03-01. Migrate: keep the same client ID and technical account, set ${(0,input_ref/* inputRef */.io)('auth', 'oauth')}, and configure Campaign 7.4.1+ with -setimsoauth (no private key).`;
const METASCOPE = /^[A-Za-z0-9_]+$/;
const PLACEHOLDERS = { clientSecret: '<client-secret>', privateKey: '<private-key-base64>' };
function readPrivateKey(reader) {
    const raw = reader.raw('private-key');
    if (raw.trim() === '') {
        reader.problem('private-key', 'missing', `is required with ${(0,input_ref/* inputRef */.io)('auth', 'jwt')}: the PEM text of private.key, or its \`base64 -w0\`.`);
        return { forms: [] };
    }
    const parsed = parsePrivateKey(raw, reader.raw('private-key-passphrase').trim());
    if (parsed.ok)
        return { key: parsed.value, forms: privateKeyForms(parsed.value, raw) };
    if (parsed.reason === 'wrong-passphrase') {
        reader.problem('private-key-passphrase', 'invalid', `is wrong: the encrypted ${(0,input_ref/* inputRef */.io)('private-key')} could not be decrypted with it`);
    }
    else {
        reader.problem('private-key', 'invalid', parsed.problem);
    }
    return { forms: [] };
}
const jwt = {
    auth: 'jwt',
    label: 'Service Account (JWT)',
    needsTechnicalAccount: true,
    placeholders: [PLACEHOLDERS.clientSecret, PLACEHOLDERS.privateKey],
    selectedByInputs: (reader) => reader.raw('private-key').trim() !== '',
    readInputs(reader, base) {
        const { key, forms } = readPrivateKey(reader);
        const metascopes = reader.list('metascopes', METASCOPE, 'metascope names such as ent_analytics_bulk_ingest_sdk');
        if (metascopes.length === 0 && !reader.hasProblem('metascopes'))
            reader.problem('metascopes', 'missing', 'must name at least one metascope');
        const credentials = {
            ...base,
            auth: 'jwt',
            technicalAccountId: base.technicalAccountId ?? '',
            // Only read when the run has no problems, so never while undefined.
            privateKey: key,
            metascopes,
            certificate: readCertificate(reader),
            expiryWarningDays: reader.integer('expiry-warning-days', 0, 365, 'days'),
        };
        return { credentials, secretForms: forms };
    },
    warnings: () => [JWT_END_OF_LIFE],
    localChecks(credentials, now) {
        return [
            { id: 'credential-type', status: 'warn', message: JWT_END_OF_LIFE },
            ...(credentials.certificate
                ? certificateChecks(credentials.certificate, credentials.privateKey.key, now, credentials.expiryWarningDays)
                : []),
        ];
    },
    async tokenExchange(credentials, imsEndpoint, mask) {
        const { signAssertion } = await __nccwpck_require__.e(/* import() */ 847).then(__nccwpck_require__.bind(__nccwpck_require__, 7847));
        const assertion = await signAssertion(credentials, imsEndpoint);
        mask(assertion, 'jwt-assertion');
        return {
            label: 'IMS JWT exchange',
            path: '/ims/exchange/jwt',
            form: new URLSearchParams({
                client_id: credentials.clientId,
                client_secret: credentials.clientSecret,
                jwt_token: assertion,
            }),
            lifetimeMs: (expiresIn) => expiresIn,
        };
    },
    explainImsError({ code, description, status, imsEndpoint }) {
        const lower = description.toLowerCase();
        if (code === 'invalid_client' && status === 400) {
            return (0,kind/* unknownClientIdAdvice */.d)(imsEndpoint);
        }
        if (code === 'invalid_scope')
            return `the ${(0,input_ref/* inputRef */.io)('metascopes')} are not all granted to this credential: use ent_analytics_bulk_ingest_sdk and make sure the project has the Adobe Analytics API`;
        if (code === 'invalid_signature' || lower.includes('signature'))
            return `${(0,input_ref/* inputRef */.io)('private-key')} does not match the certificate registered on the credential, or the JWT credential was converted to OAuth (Adobe converted all remaining JWT credentials by 2026-03-01): use ${(0,input_ref/* inputRef */.io)('auth', 'oauth')} with the same client ID and technical account`;
        if (code === 'bad_request')
            return `${(0,input_ref/* inputRef */.io)('ims-org-id')} or ${(0,input_ref/* inputRef */.io)('technical-account-id')} does not belong to ${(0,input_ref/* inputRef */.io)('client-id')}: copy both from the same Developer Console credential`;
        if (code === 'invalid_token' && lower.includes('expired'))
            return "IMS found the signed assertion expired: check this machine's clock";
        return undefined;
    },
    setimsArgument(credentials, reveal) {
        const fields = [
            credentials.orgId,
            credentials.clientId,
            credentials.technicalAccountId,
            reveal ? credentials.clientSecret : PLACEHOLDERS.clientSecret,
            reveal ? credentials.privateKey.base64 : PLACEHOLDERS.privateKey,
        ];
        return `-setimsjwtauth:${fields.join('/')}`;
    },
};

;// CONCATENATED MODULE: ./src/credentials/oauth.ts
// OAuth Server-to-Server (client_credentials on /ims/token/v3): the current method, and
// what Campaign 7.4.1+ takes with -setimsoauth.

const SCOPE = /^[A-Za-z0-9_.:-]+$/;
/** What the I/O Management API needs in the token that lists, adds and deletes secrets. */
const IO_MANAGEMENT_SCOPES = [
    'adobeio_api',
    'read_client_secret',
    'manage_client_secrets',
    'additional_info.roles',
];
const SECRET_PLACEHOLDER = '<client-secret>';
const oauth = {
    auth: 'oauth',
    label: 'OAuth Server-to-Server',
    needsTechnicalAccount: false,
    placeholders: [SECRET_PLACEHOLDER],
    // The default kind: chosen whenever no other kind claims the inputs.
    selectedByInputs: () => false,
    readInputs(reader, base) {
        if (reader.raw('private-key').trim() !== '') {
            reader.warnings.push(`${(0,input_ref/* inputRef */.io)('private-key')} is set but ${(0,input_ref/* inputRef */.io)('auth', 'oauth')}: the key is ignored (OAuth Server-to-Server needs no key).`);
        }
        const scopes = reader.list('scopes', SCOPE, 'IMS scope names (letters, digits, ".", "_", ":", "-")');
        if (scopes.length === 0 && !reader.hasProblem('scopes'))
            reader.problem('scopes', 'missing', 'must name at least one scope');
        if (reader.raw('certificate').trim() !== '') {
            reader.warnings.push(`${(0,input_ref/* inputRef */.io)('certificate')} is set but ${(0,input_ref/* inputRef */.io)('auth', 'oauth')}: OAuth credentials have no certificate; it is ignored.`);
        }
        return { credentials: { ...base, auth: 'oauth', scopes }, secretForms: [] };
    },
    warnings: () => [],
    localChecks: () => [],
    async tokenExchange(credentials) {
        return {
            label: 'IMS OAuth token request',
            path: '/ims/token/v3',
            form: new URLSearchParams({
                client_id: credentials.clientId,
                client_secret: credentials.clientSecret,
                grant_type: 'client_credentials',
                scope: credentials.scopes.join(','),
            }),
            lifetimeMs: (expiresIn) => expiresIn * 1000,
        };
    },
    explainImsError({ code }) {
        if (code === 'invalid_scope')
            return `the ${(0,input_ref/* inputRef */.io)('scopes')} are not all granted to this credential: keep the default scopes, or add the Adobe Analytics API to the Developer Console project`;
        return undefined;
    },
    forRotation: (credentials) => ({
        ...credentials,
        scopes: [...new Set([...credentials.scopes, ...IO_MANAGEMENT_SCOPES])],
    }),
    setimsArgument(credentials, reveal) {
        const secret = reveal ? credentials.clientSecret : SECRET_PLACEHOLDER;
        const fields = [
            credentials.orgId,
            credentials.clientId,
            credentials.technicalAccountId ?? '',
            secret,
        ];
        return `-setimsoauth:${fields.join('/')}`;
    },
};

;// CONCATENATED MODULE: ./src/credentials/kinds.ts
// The credential kinds this product supports. Retiring one means deleting its module and
// its entry here.


const KINDS = {
    oauth: oauth,
    jwt: jwt,
};
/** Chosen under auth: auto when no other kind claims the inputs. */
const DEFAULT_KIND = 'oauth';
const AUTH_KINDS = Object.keys(KINDS);
function kindNamed(auth) {
    return KINDS[auth];
}
function kindOf(credentials) {
    return kindNamed(credentials.auth);
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7838);
// Bundled as dist/cli/index.js, the package's bin: the same job for other CI systems.
// It never loads @actions/core.

process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ finishInstruction),
/* harmony export */   Kl: () => (/* binding */ instanceSecret),
/* harmony export */   Mx: () => (/* binding */ newRecord),
/* harmony export */   QQ: () => (/* binding */ SUCCEEDED),
/* harmony export */   f6: () => (/* binding */ unstoredSecretWarning),
/* harmony export */   g: () => (/* binding */ rotationOutput),
/* harmony export */   hx: () => (/* binding */ rollbackReserveMs),
/* harmony export */   nj: () => (/* binding */ rotationCheck)
/* harmony export */ });
/* harmony import */ var _common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7241);

const SUCCEEDED = ['completed', 'old-secret-kept'];
/**
 * The part of timeout-seconds kept for deleting a new secret again: the steps end that
 * much earlier, so a rollback still fits when they run out of time.
 */
function rollbackReserveMs(timeoutSeconds) {
    return Math.min(10_000, Math.floor((timeoutSeconds * 1000) / 3));
}
function newRecord(instances, githubConfigured) {
    return {
        state: 'refused',
        oldSecret: undefined,
        newSecret: undefined,
        oldDeleted: false,
        instances: instances.map((name) => ({ name, result: 'old-secret' })),
        githubSecret: githubConfigured ? 'failed' : 'not-configured',
        finish: undefined,
    };
}
/** An instance holds the new secret only once it was read back (or configured, without a conf folder). */
function instanceSecret(result) {
    if (!result)
        return 'old-secret';
    if (result.exitCode === 0)
        return result.readBack === undefined || result.readBack === 'confirmed'
            ? 'new-secret'
            : 'unknown';
    // A failing nlserver is taken not to have written; one stopped half way may have.
    return result.exitCode === undefined ? 'unknown' : 'old-secret';
}
/** The `rotation` output. */
function rotationOutput(record) {
    return JSON.stringify({
        state: record.state,
        oldSecretUuid: record.oldSecret?.uuid ?? '',
        newSecretUuid: record.newSecret?.uuid ?? '',
        instances: record.instances,
        githubSecret: record.githubSecret,
    });
}
/** The one rerun that finishes a rotation whose new secret is not on every instance yet. */
function finishInstruction(record, secretName) {
    const pending = record.instances.filter((i) => i.result !== 'new-secret').map((i) => i.name);
    const value = secretName
        ? `the GitHub secret ${secretName}, which now holds the new secret`
        : `the new secret (Developer Console > the credential > Client secrets, uuid ${record.newSecret?.uuid ?? 'the newest'})`;
    return `To finish, run again with ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('mode', 'apply')}, ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('instances')} ${pending.join(', ')} and ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('client-secret')} set to ${value}; then delete the old secret ${record.oldSecret?.uuid ?? ''} in Developer Console once its last-used time stops changing.`;
}
/** The row that says how far the rotation went, with the reason when it stopped. */
function rotationCheck(record, failure) {
    const id = 'client-secret-rotation';
    const newUuid = record.newSecret?.uuid ?? '(new)';
    const oldUuid = record.oldSecret?.uuid ?? '(old)';
    if (record.state === 'completed') {
        return {
            id,
            status: 'pass',
            capability: '',
            message: `The client secret was rotated: every instance holds the new secret ${newUuid}, and the old secret ${oldUuid} was deleted.`,
        };
    }
    if (record.state === 'old-secret-kept') {
        return {
            id,
            status: 'pass',
            capability: '',
            message: `Every instance holds the new client secret ${newUuid}; the old secret ${oldUuid} was kept, so both work.`,
        };
    }
    return {
        id,
        status: 'fail',
        capability: '',
        message: `Rotation ${record.state}: ${failure ?? 'stopped'}`,
    };
}
/**
 * When the new secret was stored nowhere: where the secret the pipeline reads (and the
 * next rotation mints its token with) went. `canStore`: this run could have stored it.
 */
function unstoredSecretWarning(record, canStore) {
    if (record.githubSecret !== 'not-configured' || !SUCCEEDED.includes(record.state))
        return;
    const copy = `copy the new secret ${record.newSecret?.uuid ?? ''} from Developer Console > the credential > Client secrets (Adobe shows it there) into every place that holds the old one, such as your CI system's secret store`;
    const next = canStore ? ` Set ${(0,_common_input_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('github-secret-name')} to have it stored for you.` : '';
    return record.oldDeleted
        ? `The new client secret was stored nowhere, and the old one is deleted: ${copy}. Until then, runs that read the old one, including the next rotation, fail.${next}`
        : `The new client secret was stored nowhere: ${copy}, then delete the old secret ${record.oldSecret?.uuid ?? ''}.${next}`;
}


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
