export const id = 960;
export const ids = [960];
export const modules = {

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   updateAlertIssue: () => (/* binding */ updateAlertIssue)
/* harmony export */ });
/* unused harmony exports ALERT_TITLE, ALERT_MARKER, alertRows, alertBody, syncAlertIssue */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1525);
/* harmony import */ var _common_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3932);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5015);
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
const cell = (text) => (0,_common_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCell */ .U)(text, ' ');
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
    const octokit = new _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E({
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
async function updateAlertIssue(host, env, alert, checks, http) {
    const target = (0,_event_js__WEBPACK_IMPORTED_MODULE_0__/* .alertTarget */ .gf)(env, alert);
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
        host.warning(`Could not update the alert issue labelled ${target.label}: ${error.message}. The token needs permissions: issues: write.`, { title: 'Alert issue' });
    }
}


/***/ })

};
