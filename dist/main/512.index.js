export const id = 512;
export const ids = [512];
export const modules = {

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAndProvision: () => (/* binding */ verifyAndProvision)
/* harmony export */ });
/* harmony import */ var _common_checks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9068);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1922);
/* harmony import */ var _credentials_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3587);
/* harmony import */ var _nlserver_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8996);
/* harmony import */ var _check_groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7920);
/* harmony import */ var _provision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3250);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2624);
// validate, print and apply: verify the credential with Adobe, report the checks (log,
// outputs, alert issue, job summary), then print or apply the nlserver command. Loaded
// once the inputs are known to be good; the network code loads later still, and only
// when verify is not none.







async function verifyAndProvision(context, settings, deadline) {
    const { host } = context;
    const { createBoundedFetch, verifyCredentials } = await Promise.all(/* import() */[__webpack_require__.e(8), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 5008));
    for (const warning of (0,_credentials_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(settings.credentials).warnings(settings.credentials))
        host.warning(warning);
    const outcome = await verifyCredentials(settings, {
        deadline,
        log: (line) => host.info(line),
        step: (message) => host.step(message),
        mask: (value, label) => host.mask(value, label),
    }).catch((error) => {
        // Whatever went wrong, the outputs and the summary still say so.
        if (host.isDebug && error instanceof Error && error.stack)
            host.debug(error.stack);
        const check = {
            id: 'verification',
            status: 'fail',
            message: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failureMessage */ .oh)(error),
            capability: '',
        };
        return { checks: [check], tokenExpiresAt: undefined, globalCompanyId: undefined };
    });
    const checks = (0,_check_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .publishChecks */ .N2)(host, outcome.checks);
    const report = {
        mode: settings.mode,
        credentialLabel: (0,_credentials_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(settings.credentials).label,
        checks,
        tokenExpiresAt: outcome.tokenExpiresAt,
        instances: [],
    };
    if (outcome.tokenExpiresAt)
        host.setOutput('token-expires-at', outcome.tokenExpiresAt.toISOString());
    if (outcome.globalCompanyId)
        host.setOutput('global-company-id', outcome.globalCompanyId);
    if (settings.alert && context.syncAlert) {
        const http = createBoundedFetch(deadline, {
            maxAttempts: settings.maxAttempts,
            log: (line) => host.info(line),
        });
        try {
            await context.syncAlert(settings.alert, checks, http);
        }
        finally {
            await http.close();
        }
    }
    try {
        const failures = (0,_common_checks_js__WEBPACK_IMPORTED_MODULE_6__/* .failed */ .gz)(checks);
        if (failures.length > 0) {
            const stopped = settings.mode === 'validate'
                ? ''
                : ` Nothing was ${settings.mode === 'print' ? 'printed' : 'applied'}.`;
            report.instances = settings.instances.map((instance) => ({
                instance,
                command: (0,_nlserver_command_js__WEBPACK_IMPORTED_MODULE_2__/* .redactedCommand */ .YO)(settings.nlserver, instance, settings.credentials),
                result: `not ${settings.mode === 'print' ? 'printed' : 'applied'}: a check failed`,
                state: 'not-run',
            }));
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${failures.map((f) => f.message).join(' ')}${stopped}`);
        }
        if (settings.mode === 'print')
            (0,_provision_js__WEBPACK_IMPORTED_MODULE_4__/* .printCommands */ .w6)(context, settings, report);
        if (settings.mode === 'apply')
            await (0,_provision_js__WEBPACK_IMPORTED_MODULE_4__/* .applyCommands */ .tW)(context, settings, report, deadline);
    }
    finally {
        await host.appendSummary((0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .summaryMarkdown */ .e)(report));
    }
}


/***/ })

};
