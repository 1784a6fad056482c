export const id = 253;
export const ids = [253];
export const modules = {

/***/ 7460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ toolCapability),
/* harmony export */   LU: () => (/* binding */ TOOL_PROBES),
/* harmony export */   UP: () => (/* binding */ GROUP),
/* harmony export */   fh: () => (/* binding */ UNPROVABLE),
/* harmony export */   pP: () => (/* binding */ CAPABILITY),
/* harmony export */   z0: () => (/* binding */ classificationsRequest)
/* harmony export */ });
// The product-profile items the connector needs, named as Admin Console shows them
// (Admin Console > Adobe Analytics > product profile > Permissions), and the read-only
// Analytics 2.0 calls that prove them.
const GROUP = {
    reportSuites: 'Report Suites',
    metrics: 'Metrics',
    dimensions: 'Dimensions',
    reportSuiteTools: 'Report Suite Tools',
    analyticsTools: 'Analytics Tools',
};
const item = (group, name) => `${group} > ${name}`;
const CAPABILITY = {
    reportSuites: GROUP.reportSuites,
    metrics: GROUP.metrics,
    dimensions: GROUP.dimensions,
    webServiceAccess: item(GROUP.analyticsTools, 'Web service access'),
};
const TOOL_PROBES = [
    {
        key: 'data-warehouse',
        name: 'Custom Data Warehouse report',
        request: (rsid) => ({ path: '/data_warehouse/scheduled', query: { rsid } }),
    },
    {
        key: 'data-sources',
        name: 'Data sources manager',
        request: (rsid) => ({ path: `/datasources/account/${encodeURIComponent(rsid)}`, query: {} }),
    },
    {
        key: 'classifications',
        name: 'Classifications',
        request: (rsid) => classificationsRequest(rsid),
    },
];
/** The Classifications API's per-suite answer: also what the campaign eVar check reads. */
function classificationsRequest(rsid) {
    return {
        path: `/classifications/datasets/compatibilityMetrics/${encodeURIComponent(rsid)}`,
        query: {},
    };
}
const toolCapability = (tool) => item(GROUP.reportSuiteTools, tool.name);
/** Items no read-only 2.0 call can prove, and why: listed so the checklist is whole. */
const UNPROVABLE = [
    ['report-suite-mgmt', GROUP.reportSuiteTools, 'Report Suite Mgmt', 'only a mutating call exists'],
    [
        'conversion-variables',
        GROUP.reportSuiteTools,
        'Conversion variables',
        'the 2.0 API cannot read eVar settings',
    ],
    [
        'success-events',
        GROUP.reportSuiteTools,
        'Success events',
        'the 2.0 API cannot read success event settings',
    ],
    [
        'calculated-metric-creation',
        GROUP.analyticsTools,
        'Calculated metric creation',
        'proving it would mean creating one',
    ],
    [
        'segment-creation',
        GROUP.analyticsTools,
        'Segment creation',
        'proving it would mean creating one',
    ],
    ['web-services', GROUP.analyticsTools, 'Web services', 'it governs an Admin page, not an API'],
    [
        'code-manager-web-services',
        GROUP.analyticsTools,
        'Code Manager - Web services',
        'it applies to the 1.4 API, retired on 2026-08-12',
    ],
    [
        'logs-web-services',
        GROUP.analyticsTools,
        'Logs - Web services',
        'it applies to the 1.4 API, retired on 2026-08-12',
    ],
].map(([id, group, name, why]) => ({
    id: id,
    group: group,
    name: name,
    why: why,
}));


/***/ }),

/***/ 9068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ suiteOf),
/* harmony export */   gz: () => (/* binding */ failed),
/* harmony export */   x7: () => (/* binding */ countByStatus)
/* harmony export */ });
function failed(checks) {
    return checks.filter((check) => check.status === 'fail');
}
function countByStatus(checks) {
    const counts = { pass: 0, fail: 0, warn: 0, skip: 0 };
    for (const check of checks)
        counts[check.status]++;
    return counts;
}
/** The report suite a per-suite row (`kind:<rsid>`) is about. */
function suiteOf(check) {
    const colon = check.id.indexOf(':');
    return colon > 0
        ? { kind: check.id.slice(0, colon), rsid: check.id.slice(colon + 1) }
        : undefined;
}


/***/ }),

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

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ publishChecks),
/* harmony export */   r9: () => (/* binding */ isUnprovable)
/* harmony export */ });
/* unused harmony export checkLines */
/* harmony import */ var _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7460);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5805);
// The check rows grouped by the product-profile item they prove, for the log and the
// terminal: the same grouping as the job summary, and one line for what no read-only
// call can prove.


const CREDENTIAL = 'Credential and access';
const CLASSIFICATION_SETS = 'Classification sets (Campaign 7.4.4+)';
const ORDER = [
    CREDENTIAL,
    _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUP */ .UP.reportSuites,
    _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUP */ .UP.metrics,
    _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUP */ .UP.dimensions,
    _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUP */ .UP.reportSuiteTools,
    _adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .GROUP */ .UP.analyticsTools,
    CLASSIFICATION_SETS,
];
const unprovableIds = new Set(_adobe_analytics_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .UNPROVABLE */ .fh.map((item) => item.id));
const isUnprovable = (check) => unprovableIds.has(check.id);
function groupOf(check) {
    if (check.capability)
        return check.capability.split(' > ')[0];
    return check.id.startsWith('campaign-evar:') ? CLASSIFICATION_SETS : CREDENTIAL;
}
function checkLines(checks) {
    const groups = new Map();
    for (const check of checks.filter((c) => !isUnprovable(c))) {
        const group = groupOf(check);
        groups.set(group, [...(groups.get(group) ?? []), check]);
    }
    const order = (group) => (ORDER.includes(group) ? ORDER.indexOf(group) : ORDER.length);
    const lines = [];
    for (const [group, rows] of [...groups].sort(([a], [b]) => order(a) - order(b))) {
        lines.push({ text: group });
        for (const row of rows)
            lines.push({ status: row.status, text: `${row.id}: ${row.message}` });
    }
    const skipped = checks.filter(isUnprovable);
    if (skipped.length > 0) {
        const status = 'skip';
        const names = skipped.map((c) => c.capability?.split(' > ').pop() ?? c.id).join(', ');
        lines.push({
            status,
            text: `${skipped.length} item${skipped.length === 1 ? '' : 's'} no read-only call can prove; verify them in Admin Console: ${names}.`,
        });
    }
    lines.push({ text: (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .countLine */ .QK)(checks) });
    return lines;
}
/**
 * The rows in the log (grouped) and in the `checks` output; returns them redacted, as the
 * summary and the alert issue must use them. Redacted once, before any encoding (JSON,
 * Markdown) could hide a secret's plain form from the redactor.
 */
function publishChecks(host, checks) {
    const redacted = checks.map((check) => ({ ...check, message: host.redact(check.message) }));
    host.report(checkLines(redacted));
    host.setOutput('checks', (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .checksOutput */ .Fo)(redacted));
    return redacted;
}


/***/ }),

/***/ 3250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tW: () => (/* binding */ applyCommands),
  bR: () => (/* binding */ configureInstances),
  w6: () => (/* binding */ printCommands)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
// EXTERNAL MODULE: ./src/credentials/kinds.ts + 4 modules
var kinds = __webpack_require__(3587);
// EXTERNAL MODULE: ./src/nlserver/command.ts
var command = __webpack_require__(8996);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/nlserver/install.ts
// Where Campaign is installed, as far as the nlserver executable tells: its conf folder
// sits beside its bin folder (/usr/local/neolane/nl6/bin and …/conf on Linux).


function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
/** The executable `command` names: a path, or the first match on PATH (with PATHEXT on Windows). */
function resolveExecutable(command, env) {
    const extensions = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    const candidates = (0,external_node_path_.isAbsolute)(command) || /[\\/]/.test(command)
        ? extensions.map((extension) => (0,external_node_path_.resolve)(command + extension))
        : (env.PATH ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .flatMap((dir) => extensions.map((extension) => (0,external_node_path_.join)(dir, command + extension)));
    const found = candidates.find(isFile);
    return found ? (0,external_node_fs_.realpathSync)(found) : undefined;
}
/** Campaign's conf folder beside the bin folder of the nlserver executable. */
function defaultConfDir(executable) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(executable)), 'conf');
}

;// CONCATENATED MODULE: ./src/job/provision.ts
// The provisioning half of a run: print the nlserver commands or apply them, and read the
// credential back from each instance's configuration.






function printCommands(context, settings, report) {
    const { host } = context;
    const { nlserver, instances, credentials } = settings;
    const redacted = instances.map((instance) => (0,command/* redactedCommand */.YO)(nlserver, instance, credentials));
    for (const line of redacted)
        host.info(line);
    host.setOutput('command', redacted.join('\n'));
    const full = `${instances.map((instance) => (0,command/* fullCommandLine */.Lq)(nlserver, instance, credentials)).join('\n')}\n`;
    const where = context.deliverFullCommands(full);
    if (where) {
        host.info(`The full command${instances.length > 1 ? 's are' : ' is'} in ${where}. The log shows ${(0,kinds/* kindOf */.I)(credentials).placeholders.join(' and ')} in place of the secrets.`);
    }
    report.instances = instances.map((instance, i) => ({
        instance,
        command: redacted[i] ?? '',
        result: 'printed',
        state: 'done',
    }));
}
/** Where the credential is read back from, or undefined (with a notice) when it cannot be. */
function readBackFolder(context, settings) {
    if (settings.campaignConfDir)
        return settings.campaignConfDir;
    const executable = resolveExecutable(settings.nlserver, context.env);
    const folder = executable ? defaultConfDir(executable) : undefined;
    if (folder && (0,external_node_fs_.existsSync)(folder))
        return folder;
    context.host.notice(`The credential was not read back from config-<instance>.xml: ${folder ? `there is no folder ${folder} beside nlserver's bin folder` : `${(0,input_ref/* inputRef */.io)('nlserver')} was not found to look beside it`}. Set ${(0,input_ref/* inputRef */.io)('campaign-conf-dir')} to Campaign's conf folder to read it back.`, { title: 'Read-back skipped' });
    return undefined;
}
function describeResult(result) {
    if (!result)
        return { result: 'not attempted', state: 'not-run' };
    if (result.exitCode === undefined)
        return { result: `stopped at ${(0,input_ref/* inputRef */.io)('timeout-seconds')}`, state: 'failed' };
    if (result.exitCode !== 0)
        return { result: `failed (exit code ${result.exitCode})`, state: 'failed' };
    if (result.readBack === undefined)
        return { result: 'configured', state: 'done' };
    return result.readBack === 'confirmed'
        ? { result: 'configured and read back', state: 'done' }
        : { result: `configured, but ${result.readBack.problem}`, state: 'failed' };
}
function failureOf(result) {
    if (result.exitCode === undefined)
        return `stopped at ${(0,input_ref/* inputRef */.io)('timeout-seconds')}`;
    if (result.exitCode !== 0)
        return `exit code ${result.exitCode}`;
    return typeof result.readBack === 'object' ? result.readBack.problem : 'not read back';
}
/** Runs nlserver config on each instance with `credentials`, reads it back, and reloads. */
async function configureInstances(context, settings, credentials, deadline) {
    const { host, env } = context;
    const { applyToInstances, configured, reloadConfiguration } = await Promise.all(/* import() */[__webpack_require__.e(800), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 1866));
    const confDir = readBackFolder(context, settings);
    const request = {
        nlserver: settings.nlserver,
        instances: settings.instances,
        credentials,
        continueOnInstanceError: settings.continueOnInstanceError,
        env,
        deadline,
        readBack: confDir
            ? {
                confDir,
                expected: {
                    clientId: credentials.clientId,
                    technicalAccountId: credentials.technicalAccountId ?? '',
                },
            }
            : undefined,
    };
    const results = await applyToInstances(host, request);
    const rows = settings.instances.map((instance) => ({
        instance,
        command: (0,command/* redactedCommand */.YO)(settings.nlserver, instance, credentials),
        ...describeResult(results.find((r) => r.instance === instance)),
    }));
    const failures = results.filter((result) => !configured(result));
    if (failures.length > 0) {
        const skipped = settings.instances.length - results.length;
        return {
            results,
            rows,
            failure: `nlserver config failed for ${failures.map((f) => `instance ${f.instance} (${failureOf(f)})`).join(', ')}` +
                (skipped > 0
                    ? `; ${skipped} remaining instance(s) were not attempted (set ${(0,input_ref/* inputRef */.io)('continue-on-instance-error', 'true')} to try them all)`
                    : '') +
                '. Check the nlserver output above.',
        };
    }
    if (settings.reload) {
        const exitCode = await reloadConfiguration(host, request);
        if (exitCode !== 0) {
            return {
                results,
                rows,
                failure: `nlserver config -reload ${exitCode === undefined ? `was stopped at ${(0,input_ref/* inputRef */.io)('timeout-seconds')}` : `failed (exit code ${exitCode})`}: every instance holds the credential, but running processes may not have taken it; restart Campaign (nlserver restart) or run nlserver config -reload again.`,
            };
        }
    }
    return { results, rows, failure: undefined };
}
async function applyCommands(context, settings, report, deadline) {
    const { rows, failure } = await configureInstances(context, settings, settings.credentials, deadline);
    report.instances = rows;
    context.host.setOutput('command', rows.map((row) => row.command).join('\n'));
    if (failure)
        throw new errors/* ActionError */.lZ(failure);
}


/***/ }),

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ checksOutput),
/* harmony export */   Mm: () => (/* binding */ bounded),
/* harmony export */   QK: () => (/* binding */ countLine),
/* harmony export */   WJ: () => (/* binding */ verdict)
/* harmony export */ });
/* harmony import */ var _common_checks_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9068);
// What a run reports besides the log: the `checks` output and the data the job summary
// is drawn from. Never a secret (commands carry placeholders).

// GitHub drops a step output over 1 MB; stay well under it whatever Adobe said.
const CHECKS_OUTPUT_MAX_BYTES = 900_000;
const MESSAGE_MAX_CHARS = 2_000;
/** Text cut to `max` characters, saying so. */
function bounded(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
const entry = ({ id, status, message, capability }, messageMax) => ({
    id,
    status,
    message: bounded(message, messageMax),
    capability: capability ?? '',
});
/** The `checks` output: JSON under GitHub's output limit, failures kept first when cut. */
function checksOutput(checks) {
    for (const messageMax of [MESSAGE_MAX_CHARS, 300, 80]) {
        const json = JSON.stringify(checks.map((check) => entry(check, messageMax)));
        if (Buffer.byteLength(json) <= CHECKS_OUTPUT_MAX_BYTES)
            return json;
    }
    const order = { fail: 0, warn: 1, pass: 2, skip: 3 };
    const kept = [...checks].sort((a, b) => order[a.status] - order[b.status]);
    while (kept.length > 1 &&
        Buffer.byteLength(JSON.stringify(kept.map((c) => entry(c, 80)))) > CHECKS_OUTPUT_MAX_BYTES) {
        kept.pop();
    }
    return JSON.stringify(kept.map((check) => entry(check, 80)));
}
/** The first line of every report: how many checks failed, out of those that ran. */
function verdict(checks) {
    const count = (0,_common_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .countByStatus */ .x7)(checks);
    const ran = count.pass + count.fail + count.warn;
    if (ran === 0)
        return '⏭️ No check ran against Adobe';
    if (count.fail > 0)
        return `❌ ${count.fail} of ${ran} checks failed`;
    if (count.warn > 0)
        return `✅ ${count.pass} of ${ran} checks passed, ${count.warn} with a warning`;
    return `✅ All ${ran} checks passed`;
}
/** "3 passed, 1 failed, 0 warned, 8 skipped": the CLI's last line. */
function countLine(checks) {
    const count = (0,_common_checks_js__WEBPACK_IMPORTED_MODULE_0__/* .countByStatus */ .x7)(checks);
    return `${count.pass} passed, ${count.fail} failed, ${count.warn} warned, ${count.skip} skipped`;
}


/***/ }),

/***/ 2624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ summaryMarkdown)
});

// EXTERNAL MODULE: ./src/common/checks.ts
var common_checks = __webpack_require__(9068);
// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
// EXTERNAL MODULE: ./src/common/markdown.ts
var markdown = __webpack_require__(3932);
// EXTERNAL MODULE: ./src/job/check-groups.ts
var check_groups = __webpack_require__(7920);
// EXTERNAL MODULE: ./src/job/report.ts
var job_report = __webpack_require__(5805);
// EXTERNAL MODULE: ./src/job/rotation.ts
var rotation = __webpack_require__(7013);
;// CONCATENATED MODULE: ./src/job/rotation-summary.ts
// The rotation's part of the job summary: how far it went, both secrets with their uuids
// and times and what became of each, the GitHub secret, and what finishes the job.


const HEADLINE = {
    completed: '✅ Client secret rotated',
    'old-secret-kept': '✅ Client secret rotated, old one kept',
    refused: '❌ Rotation stopped before any change',
    'rolled-back': '↩️ Rotation rolled back: nothing changed',
    'rollback-failed': '❌ Rotation rolled back, but the new secret is left',
    incomplete: '⚠️ Rotation incomplete: both secrets kept',
    'old-secret-delete-failed': '⚠️ Client secret rotated, but the old one is left',
};
const rotationHeadline = (record) => HEADLINE[record.state];
const day = (date) => (date ? date.toISOString().replace('.000Z', 'Z') : '–');
function newSecretFate(record) {
    switch (record.state) {
        case 'rolled-back':
            return 'deleted again';
        case 'rollback-failed':
            return 'left in place: delete it in Developer Console';
        case 'completed':
        case 'old-secret-kept':
            return 'in use';
        default:
            return 'kept';
    }
}
function rotationSection(record) {
    const rows = [];
    if (record.oldSecret) {
        rows.push(`| old | \`${(0,markdown/* markdownCell */.U)(record.oldSecret.uuid)}\` | ${day(record.oldSecret.createdAt)} | ${day(record.oldSecret.lastUsedAt)} | ${record.oldDeleted ? 'deleted' : 'kept'} |`);
    }
    if (record.newSecret) {
        const uuid = record.newSecret.uuid ? `\`${(0,markdown/* markdownCell */.U)(record.newSecret.uuid)}\`` : '(unknown)';
        rows.push(`| new | ${uuid} | ${day(record.newSecret.createdAt)} | – | ${newSecretFate(record)} |`);
    }
    const stranded = record.githubSecret === 'not-configured' && rotation/* SUCCEEDED */.QQ.includes(record.state);
    const github = stranded
        ? 'no GitHub secret was configured, so the new secret is stored nowhere: copy it from Developer Console > the credential > Client secrets to wherever your pipeline reads it'
        : {
            updated: 'the GitHub secret was updated',
            failed: 'the GitHub secret was not updated',
            'not-configured': 'no GitHub secret was configured',
        }[record.githubSecret];
    const secrets = rows.length > 0
        ? [
            '| Secret | uuid | Created | Last used | Now |',
            '| --- | --- | --- | --- | --- |',
            ...rows,
            '',
        ]
        : [];
    return [
        `#### Client secret rotation: ${record.state}`,
        '',
        ...secrets,
        `${github[0]?.toUpperCase()}${github.slice(1)}.`,
        ...(record.finish ? ['', `**To finish:** ${(0,markdown/* markdownCell */.U)(record.finish)}`] : []),
    ];
}

;// CONCATENATED MODULE: ./src/job/summary.ts
// The job summary, for the person who opens the run page: the verdict first, then what
// to change in Admin Console, a matrix of the report suites, the other checks, what no
// read-only call can prove (collapsed), and the instances with the result first.






const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
const INSTANCE_ICON = { done: '✅', failed: '❌', 'not-run': '–' };
// GitHub drops a job summary over 1 MiB; cells and the whole stay well under it.
const CELL_MAX_CHARS = 1_000;
const SUMMARY_MAX_BYTES = 1_000_000;
/** Matrix columns: the per-suite row kinds, in reading order. */
const COLUMNS = [
    ['report-suite', 'Visible'],
    ['metrics', 'Metrics'],
    ['dimensions', 'Dimensions'],
    ['data-warehouse', 'Data Warehouse'],
    ['data-sources', 'Data sources'],
    ['classifications', 'Classifications'],
    ['campaign-evar', 'Campaign eVar'],
];
const cell = (text) => (0,markdown/* markdownCell */.U)((0,job_report/* bounded */.Mm)(text, CELL_MAX_CHARS));
function heading(report, now) {
    const hours = report.tokenExpiresAt
        ? (report.tokenExpiresAt.getTime() - now.getTime()) / 3_600_000
        : undefined;
    const lifetime = hours === undefined ? '' : ` · token lifetime ${hours.toFixed(1)} h`;
    // An nlserver failure is the run's outcome too: it leads when the checks passed.
    const failedInstances = report.instances.filter((row) => row.state === 'failed').length;
    const count = report.instances.length;
    const instances = failedInstances > 0
        ? `❌ nlserver failed on ${failedInstances} of ${count} instance${count === 1 ? '' : 's'} · `
        : '';
    const rotation = report.rotation ? `${rotationHeadline(report.rotation)} · ` : '';
    return `### ${rotation}${instances}${(0,job_report/* verdict */.WJ)(report.checks)} · ${report.mode} · ${report.credentialLabel}${lifetime}`;
}
// Where to look first: access to the profile, then suites, then what lives in them.
const PLACE_ORDER = [
    'API credentials',
    'Report Suites',
    'Metrics',
    'Dimensions',
    'Report Suite Tools',
    'Analytics Tools',
];
const placeRank = (place) => PLACE_ORDER.includes(place) ? PLACE_ORDER.indexOf(place) : PLACE_ORDER.length;
function whatToChange(checks) {
    const places = new Map();
    for (const check of checks) {
        if (check.status !== 'fail' || !check.fix)
            continue;
        const items = places.get(check.fix.place) ?? new Set();
        for (const item of check.fix.items)
            items.add(item);
        places.set(check.fix.place, items);
    }
    if (places.size === 0)
        return [];
    const sorted = [...places].sort(([a], [b]) => placeRank(a) - placeRank(b));
    const bullets = sorted.map(([place, items]) => {
        const list = [...items].map((item) => `\`${cell(item)}\``).join(', ');
        return `- **${place}**: ${list ? `add ${list}` : 'grant the item named in the failing row below'}`;
    });
    return [
        '#### What to change in Admin Console',
        '',
        'Admin Console > Adobe Analytics > (the technical account’s product profile):',
        '',
        ...bullets,
    ];
}
function matrix(checks) {
    const cells = new Map();
    const notes = [];
    for (const check of checks) {
        const at = (0,common_checks/* suiteOf */.Ee)(check);
        if (!at)
            continue;
        const row = cells.get(at.rsid) ?? new Map();
        row.set(at.kind, check.status);
        cells.set(at.rsid, row);
        if (check.status === 'fail' || check.status === 'warn')
            notes.push(`- ${ICON[check.status]} **${cell(at.rsid)}**: ${cell(check.message)}`);
    }
    if (cells.size === 0)
        return [];
    const columns = COLUMNS.filter(([kind]) => [...cells.values()].some((row) => row.has(kind)));
    const lines = [
        '#### Report suites',
        '',
        `| Report suite | ${columns.map(([, header]) => header).join(' | ')} |`,
        `| --- |${' :-: |'.repeat(columns.length)}`,
        ...[...cells].map(([rsid, row]) => {
            const marks = columns.map(([kind]) => {
                const status = row.get(kind);
                return status ? ICON[status] : '–';
            });
            return `| \`${cell(rsid)}\` | ${marks.join(' | ')} |`;
        }),
    ];
    const legend = lines.some((line) => line.includes('| – |'))
        ? [
            '',
            `_–: not checked for this suite (see ${(0,input_ref/* inputRef */.io)('tool-probes')}), or folded into its failing Visible cell._`,
        ]
        : [];
    return [...lines, ...legend, ...(notes.length > 0 ? ['', ...notes] : [])];
}
function otherChecks(checks) {
    const rows = checks.filter((check) => !(0,common_checks/* suiteOf */.Ee)(check) && !(0,check_groups/* isUnprovable */.r9)(check));
    if (rows.length === 0)
        return [];
    return [
        '#### Credential and access',
        '',
        '| | Check | Details |',
        '| :-: | --- | --- |',
        ...rows.map((c) => `| ${ICON[c.status]} | ${cell(c.id)} | ${cell(c.message)} |`),
    ];
}
function unprovable(checks) {
    const rows = checks.filter(check_groups/* isUnprovable */.r9);
    if (rows.length === 0)
        return [];
    return [
        '<details>',
        `<summary>${rows.length} item${rows.length === 1 ? '' : 's'} no read-only call can prove: verify them in Admin Console</summary>`,
        '',
        ...rows.map((c) => `- **${cell(c.capability ?? c.id)}**: ${cell(c.message)}`),
        '',
        '</details>',
    ];
}
function instances(report) {
    if (report.instances.length === 0)
        return [];
    return [
        '#### Instances',
        '',
        '| Result | Instance |',
        '| --- | --- |',
        ...report.instances.map((row) => `| ${INSTANCE_ICON[row.state]} ${cell(row.result)} | \`${cell(row.instance)}\` |`),
        '',
        '<details>',
        '<summary>Commands (secrets replaced by placeholders)</summary>',
        '',
        '```',
        ...report.instances.map((row) => (0,job_report/* bounded */.Mm)(row.command.replace(/`/g, "'"), CELL_MAX_CHARS)),
        '```',
        '',
        '</details>',
    ];
}
function summaryMarkdown(report, now = new Date()) {
    const parts = [
        [heading(report, now)],
        report.rotation ? rotationSection(report.rotation) : [],
        whatToChange(report.checks),
        matrix(report.checks),
        otherChecks(report.checks),
        unprovable(report.checks),
        instances(report),
    ].filter((part) => part.length > 0);
    const markdown = `${parts.map((part) => part.join('\n')).join('\n\n')}\n`;
    if (Buffer.byteLength(markdown) <= SUMMARY_MAX_BYTES)
        return markdown;
    const cut = Buffer.from(markdown).subarray(0, SUMMARY_MAX_BYTES).toString('utf8');
    return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n_The summary was cut to stay under GitHub's 1 MiB limit; the log has every row._\n`;
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ configArgs),
/* harmony export */   Lq: () => (/* binding */ fullCommandLine),
/* harmony export */   YO: () => (/* binding */ redactedCommand)
/* harmony export */ });
/* unused harmony export shellQuote */
/* harmony import */ var _credentials_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3587);
// The `nlserver config` command that stores the credential in a Campaign instance's
// configuration. Pure: running it is in apply.ts. The -setims* argument belongs to the
// credential kind.

/** The argv for one instance, secrets included: for execution only. */
function configArgs(instance, credentials) {
    return ['config', `-instance:${instance}`, (0,_credentials_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(credentials).setimsArgument(credentials, true)];
}
/** The same command with every secret replaced by a placeholder: safe to log and output. */
function redactedCommand(nlserver, instance, credentials) {
    const setims = (0,_credentials_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(credentials).setimsArgument(credentials, false);
    return [nlserver, 'config', `-instance:${instance}`, setims].join(' ');
}
/** Quotes for a POSIX shell only what needs it. */
function shellQuote(arg) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function fullCommandLine(nlserver, instance, credentials) {
    return [nlserver, ...configArgs(instance, credentials)].map(shellQuote).join(' ');
}


/***/ })

};
