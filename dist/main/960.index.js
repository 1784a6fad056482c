export const id = 960;
export const ids = [960];
export const modules = {

/***/ 5069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   WJ: () => (/* binding */ createBoundedFetch)
/* harmony export */ });
/* unused harmony exports parseRetryAfter, backoffDelay */
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6752);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1922);
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
    return cause?.code ?? cause?.message ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
}
class HttpClient {
    #options;
    #dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2();
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
                const response = await (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(request.url, {
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${request.label} to ${host} failed after ${attempt} attempt${attempt > 1 ? 's' : ''}: ${reason}. Check the network path to ${host} (proxy settings: HTTPS_PROXY, NO_PROXY) or raise max-attempts.`);
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`${request.label} gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? ` (last: ${lastReason})` : ''}: the run would outlast timeout-seconds. Adobe may be slow or rate-limiting; raise timeout-seconds or run again later.`);
    }
    async close() {
        await this.#dispatcher.close();
    }
}
function createBoundedFetch(deadline, perRequestMs = 15_000) {
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .EnvHttpProxyAgent */ .J2();
    const boundedFetch = (input, init = {}) => (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(input, {
        ...init,
        dispatcher,
        signal: AbortSignal.timeout(Math.max(1, Math.min(perRequestMs, deadline - Date.now()))),
    });
    return {
        fetch: boundedFetch,
        close: () => dispatcher.close(),
    };
}


/***/ }),

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateAlertIssue: () => (/* binding */ updateAlertIssue)
/* harmony export */ });
/* unused harmony exports ALERT_TITLE, ALERT_MARKER, alertRows, alertBody, syncAlertIssue */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1525);
/* harmony import */ var _common_http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5069);
/* harmony import */ var _common_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3932);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5015);
// Scheduled credential health: one GitHub issue carrying the alert label is opened (or
// updated) while checks fail, and commented on and closed once they pass again.




const ALERT_TITLE = 'Adobe Analytics connector credentials need attention';
/** Marks the issues this action writes, so it never edits or closes anyone else's. */
const ALERT_MARKER = '<!-- campaign-analytics-credentials: alert issue -->';
const MAX_PAGES = 10;
/** Failures, and a certificate about to expire: what a scheduled check exists to catch. */
function alertRows(checks) {
    return checks.filter((c) => c.status === 'fail' || (c.status === 'warn' && c.id === 'certificate-expiry'));
}
// GitHub issue bodies are Markdown too, but keep each row on one line.
const cell = (text) => (0,_common_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCell */ .U)(text, ' ');
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
    const [owner = '', repo = ''] = request.repository.split('/');
    const octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E({
        auth: request.token,
        request: { fetch: request.fetch },
        baseUrl: request.apiUrl,
        userAgent: 'campaign-analytics-credentials',
        // Octokit logs request details on its own; keep only warnings, redacted.
        log: {
            debug: () => { },
            info: () => { },
            warn: (m) => request.warn(request.redact(m)),
            error: () => { },
        },
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
            const ours = data.find((issue) => !issue.pull_request && issue.body?.includes(ALERT_MARKER));
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
        const created = await octokit.rest.issues.create({
            owner,
            repo,
            title: ALERT_TITLE,
            body,
            labels: [request.label],
        });
        const labelled = created.data.labels.some((l) => (typeof l === 'string' ? l : l.name) === request.label);
        if (!labelled) {
            request.warn(`GitHub did not set the label ${request.label} on the alert issue (the token may not set labels); the issue is found by its marker instead.`);
        }
        return `opened alert issue #${created.data.number}`;
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
async function updateAlertIssue(host, env, alert, checks, deadline) {
    const target = (0,_event_js__WEBPACK_IMPORTED_MODULE_1__/* .alertTarget */ .gf)(env, alert);
    if (typeof target === 'string') {
        host.notice(target);
        return;
    }
    const http = (0,_common_http_js__WEBPACK_IMPORTED_MODULE_0__/* .createBoundedFetch */ .WJ)(deadline);
    try {
        const done = await syncAlertIssue({
            ...target,
            checks,
            fetch: http.fetch,
            redact: (text) => host.redact(text),
            warn: (message) => host.warning(message),
        });
        host.info(`Alert: ${done}.`);
    }
    catch (error) {
        host.warning(`Could not update the alert issue labelled ${target.label}: ${error.message}. The token needs permissions: issues: write.`);
    }
    finally {
        await http.close();
    }
}


/***/ })

};
