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
// EXTERNAL MODULE: ./src/common/sanitise.ts
var sanitise = __webpack_require__(1359);
// EXTERNAL MODULE: ./src/nlserver/command.ts
var command = __webpack_require__(8996);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/nlserver/process.ts
// Runs nlserver directly rather than through @actions/exec, which cannot stop a child
// (no timeout, signal or kill): a hung nlserver would outlive timeout-seconds. An argv
// array (no shell), an environment without the runner's tokens, file commands or our
// secrets, its own process group so a wrapper script's children stop with it, and a
// bounded tail of its output.

// Inputs, runner tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), the runner's
// file-command paths (through which a child could set outputs, state, the environment or
// the PATH of later steps), saved state and our own ADOBE_* secrets.
const CHILD_ENV_DROPPED = /^(INPUT_|ACTIONS_|ADOBE_|STATE_)|^(GITHUB_TOKEN|GH_TOKEN|GITHUB_ENV|GITHUB_OUTPUT|GITHUB_PATH|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;
const OUTPUT_TAIL_BYTES = 64 * 1024;
/** Between SIGTERM and SIGKILL at the deadline: nlserver may finish writing its config. */
const KILL_GRACE_MS = 1_500;
/** After the child exits, how long a process it left behind may keep our pipes open. */
const LINGER_MS = 500;
/** The runner's environment minus inputs, runner tokens, file commands and our secrets. */
function childEnvironment(env) {
    const result = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && !CHILD_ENV_DROPPED.test(name))
            result[name] = value;
    }
    return result;
}
/** Keeps the last `limit` bytes of a stream of chunks. */
class Tail {
    limit;
    #chunks = [];
    #size = 0;
    #dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.#chunks.push(chunk);
        this.#size += chunk.length;
        while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.limit) {
            const first = this.#chunks.shift();
            this.#size -= first.length;
            this.#dropped += first.length;
        }
    }
    read() {
        const all = Buffer.concat(this.#chunks);
        const cut = Math.max(0, all.length - this.limit);
        return { output: all.subarray(cut).toString('utf8'), omittedBytes: this.#dropped + cut };
    }
}
function runProcess(file, args, env, deadline) {
    return new Promise((resolve, reject) => {
        // Its own process group (POSIX), so the whole group can be signalled: a wrapper script
        // and the real nlserver under it, which holds the secret in its argv.
        const grouped = process.platform !== 'win32';
        const child = (0,external_node_child_process_.spawn)(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: grouped });
        const tail = new Tail(OUTPUT_TAIL_BYTES);
        child.stdout.on('data', (chunk) => tail.push(chunk));
        child.stderr.on('data', (chunk) => tail.push(chunk));
        const timers = [];
        let stoppedAtDeadline = false;
        let done = false;
        const signal = (name) => {
            try {
                if (grouped && child.pid)
                    process.kill(-child.pid, name);
                else
                    child.kill(name);
            }
            catch {
                // The group is already gone.
            }
        };
        // If the action itself ends first (the backstop timer, or the run is cancelled), the
        // group must not outlive it: a detached group gets no signal from the runner.
        const onExit = () => signal('SIGKILL');
        const onCancel = (name) => {
            signal('SIGKILL');
            release();
            process.kill(process.pid, name);
        };
        const release = () => {
            for (const timer of timers)
                clearTimeout(timer);
            process.removeListener('exit', onExit);
            process.removeListener('SIGINT', onCancel);
            process.removeListener('SIGTERM', onCancel);
        };
        process.once('exit', onExit);
        process.once('SIGINT', onCancel);
        process.once('SIGTERM', onCancel);
        const finish = (exitCode) => {
            if (done)
                return;
            done = true;
            release();
            // Whatever of the group is left (a stray grandchild) goes too, and its pipes with it.
            signal('SIGKILL');
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({ exitCode, ...tail.read() });
        };
        timers.push(setTimeout(() => {
            stoppedAtDeadline = true;
            signal('SIGTERM');
            timers.push(setTimeout(() => finish(undefined), KILL_GRACE_MS));
        }, Math.max(1, deadline - Date.now())));
        child.on('error', (error) => {
            if (done)
                return;
            done = true;
            release();
            reject(error);
        });
        child.on('exit', (code) => {
            if (stoppedAtDeadline)
                return;
            // Normally 'close' follows at once; a process left behind may hold the pipes.
            timers.push(setTimeout(() => finish(code ?? -1), LINGER_MS));
        });
        child.on('close', (code) => finish(stoppedAtDeadline ? undefined : (code ?? -1)));
    });
}

;// CONCATENATED MODULE: ./src/nlserver/apply.ts
// Runs `nlserver config` once per instance, its output shown sanitised and redacted in
// one log group per instance.





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
        if (result.omittedBytes > 0) {
            host.info(`nlserver wrote ${result.omittedBytes} bytes more than the last ${OUTPUT_TAIL_BYTES / 1024} KiB shown here.`);
        }
        // Sanitised here, where it enters; the host redacts, so nlserver echoing its argument
        // leaks nothing.
        host.showOutput((0,sanitise/* sanitiseLines */.WP)(result.output));
        host.info(result.exitCode === undefined
            ? `nlserver was stopped for instance ${instance}: the run reached ${(0,input_ref/* inputRef */.io)('timeout-seconds')}`
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
