export const id = 931;
export const ids = [931];
export const modules = {

/***/ 8931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyToInstances: () => (/* binding */ applyToInstances)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _nlserver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2938);
// Runs `nlserver config` once per instance: an argv array (no shell), silent, with a
// scrubbed environment, its output shown redacted in one log group per instance. The
// child is spawned directly so the run's deadline can stop it (@actions/exec cannot
// cancel a process, and a hung nlserver would outlive timeout-seconds).



function runProcess(file, args, env, deadline) {
    return new Promise((resolve, reject) => {
        const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            signal,
            killSignal: 'SIGKILL',
        });
        let output = '';
        child.stdout.on('data', (data) => {
            output += data.toString();
        });
        child.stderr.on('data', (data) => {
            output += data.toString();
        });
        child.on('error', (error) => {
            if (!signal.aborted)
                reject(error);
        });
        child.on('close', (code) => resolve({ exitCode: signal.aborted ? undefined : (code ?? -1), output }));
    });
}
async function runOne(host, request, instance) {
    return host.group(`Configure instance ${instance}`, async () => {
        host.info((0,_nlserver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactedCommand */ .YO)(request.nlserver, instance, request.credentials));
        let result;
        try {
            result = await runProcess(request.nlserver, (0,_nlserver_js__WEBPACK_IMPORTED_MODULE_1__/* .configArgs */ .E0)(instance, request.credentials), (0,_nlserver_js__WEBPACK_IMPORTED_MODULE_1__/* .childEnvironment */ .Qc)(request.env), request.deadline);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`nlserver could not be started for instance ${instance}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Set the nlserver input to the executable's full path (for example /usr/local/neolane/nl6/bin/nlserver) or run on a Campaign server.`);
        }
        // host.info redacts, so nlserver echoing its argument leaks nothing.
        for (const line of result.output.split(/\r?\n/))
            if (line !== '')
                host.info(line);
        host.info(result.exitCode === undefined
            ? 'nlserver was stopped: the run reached timeout-seconds'
            : `nlserver exited with code ${result.exitCode}`);
        return result.exitCode;
    });
}
async function applyToInstances(host, request) {
    const results = [];
    for (const instance of request.instances) {
        const exitCode = await runOne(host, request, instance);
        results.push({ instance, exitCode });
        if (exitCode === undefined || (exitCode !== 0 && !request.continueOnInstanceError))
            break;
    }
    return results;
}


/***/ })

};
