export const id = 969;
export const ids = [969];
export const modules = {

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyToInstances: () => (/* binding */ applyToInstances)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/input-ref.ts
var input_ref = __webpack_require__(7241);
// EXTERNAL MODULE: ./src/nlserver/command.ts
var command = __webpack_require__(8996);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/nlserver/process.ts
// Runs nlserver directly rather than through @actions/exec, which cannot stop a child
// (no timeout, signal or kill): a hung nlserver would outlive timeout-seconds. An argv
// array (no shell), and an environment without the runner's tokens or our secrets.

const CHILD_ENV_DROPPED = /^(INPUT_|ACTIONS_|ADOBE_)|^(GITHUB_TOKEN|GH_TOKEN|STATE_.*)$/i;
/** The runner's environment minus action inputs, runner tokens and our own secrets. */
function childEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && !CHILD_ENV_DROPPED.test(name))
            result[name] = value;
    }
    return result;
}
function runProcess(file, args, env, deadline) {
    return new Promise((resolve, reject) => {
        const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
        const child = (0,external_node_child_process_.spawn)(file, args, {
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

;// CONCATENATED MODULE: ./src/nlserver/apply.ts
// Runs `nlserver config` once per instance, its output shown redacted in one log group
// per instance.




// Where nlserver lives by default: /usr/local/neolane/nl6 on Linux; on Windows, the bin
// folder of the Campaign installation (an .exe resolves with or without its extension).
const NLSERVER_EXAMPLE = process.platform === 'win32'
    ? 'nlserver.exe in the bin folder of the Campaign installation'
    : '/usr/local/neolane/nl6/bin/nlserver';
async function runOne(host, request, instance) {
    return host.group(`Configure instance ${instance}`, async () => {
        host.info((0,command/* redactedCommand */.YO)(request.nlserver, instance, request.credentials));
        let result;
        try {
            result = await runProcess(request.nlserver, (0,command/* configArgs */.E0)(instance, request.credentials), childEnvironment(request.env), request.deadline);
        }
        catch (error) {
            throw new errors/* ActionError */.lZ(`nlserver could not be started for instance ${instance}: ${(0,errors/* errorMessage */.gJ)(error)}. Set ${(0,input_ref/* inputRef */.io)('nlserver')} to the executable's full path (for example ${NLSERVER_EXAMPLE}) or run on a Campaign server.`);
        }
        // host.info redacts, so nlserver echoing its argument leaks nothing.
        for (const line of result.output.split(/\r?\n/))
            if (line !== '')
                host.info(line);
        host.info(result.exitCode === undefined
            ? `nlserver was stopped: the run reached ${(0,input_ref/* inputRef */.io)('timeout-seconds')}`
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
