export const id = 866;
export const ids = [866];
export const modules = {

/***/ 1866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyToInstances: () => (/* binding */ applyToInstances),
  configured: () => (/* binding */ configured),
  reloadConfiguration: () => (/* binding */ reloadConfiguration)
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/nlserver/config-file.ts
// Campaign's instance configuration file, conf/config-<instance>.xml under the install
// directory: `nlserver config -setimsoauth` stores the credential in its `ims` element,
// with authIMSTAClientId and authIMSTAId in clear and authIMSTAClientSecret encrypted.
// Read with a real XML parser: the file holds comments and many other nodes, and the
// element is documented under serverconf > shared but may sit elsewhere in other builds.


// A Campaign configuration file is a few kilobytes; anything far larger is not one.
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** The attributes of the first `ims` element, wherever it sits; undefined without one. */
function imsAttributes(xml) {
    const parser = new saxes/* SaxesParser */.wT();
    let found;
    parser.on('opentag', (tag) => {
        if (!found && tag.name === 'ims')
            found = { ...tag.attributes };
    });
    parser.write(xml).close();
    return found;
}
const configFileName = (instance) => `config-${instance}.xml`;
/** The file's text, or why it could not be read. */
function readConfigFile(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return { problem: 'does not exist' };
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size > MAX_CONFIG_BYTES)
        return { problem: `is ${size} bytes, not a configuration file` };
    try {
        return { text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch (error) {
        return { problem: `cannot be read (${error.code ?? 'error'})` };
    }
}

;// CONCATENATED MODULE: ./src/nlserver/readback.ts
// Proof that an instance holds the credential: after `nlserver config` exits 0, its
// configuration file's ims element must name the client and the technical account of the
// inputs and carry a secret. The secret is encrypted there, so which secret it is cannot
// be told from the file: the rotation keeps both secrets until every instance reads back.




/** undefined: the instance holds the credential; otherwise why it does not. */
function readBack(confDir, instance, expected) {
    const file = configFileName(instance);
    const read = readConfigFile((0,external_node_path_.join)(confDir, file));
    if ('problem' in read) {
        return `${file} ${read.problem} in ${confDir}, so the credential cannot be read back: check the instance name and ${(0,input_ref/* inputRef */.io)('campaign-conf-dir')}`;
    }
    let ims;
    try {
        ims = imsAttributes(read.text);
    }
    catch (error) {
        return `${file} is not well-formed XML (${(0,sanitise/* sanitise */.tB)(error.message, 200)})`;
    }
    if (!ims)
        return `${file} has no ims element: nlserver did not store the credential`;
    const mismatch = (attribute, input, wanted) => {
        const held = ims?.[attribute];
        if (held === wanted)
            return undefined;
        const seen = held === undefined ? 'none' : `"${(0,sanitise/* sanitise */.tB)(held, 100)}"`;
        return `${file} holds ${attribute} ${seen}, not the ${(0,input_ref/* inputRef */.io)(input)} ${wanted}`;
    };
    return (mismatch('authIMSTAClientId', 'client-id', expected.clientId) ??
        // Technical account ids are case-insensitive in Adobe's answers; compare them so.
        (ims.authIMSTAId?.toLowerCase() === expected.technicalAccountId.toLowerCase()
            ? undefined
            : mismatch('authIMSTAId', 'technical-account-id', expected.technicalAccountId)) ??
        (ims.authIMSTAClientSecret
            ? undefined
            : `${file} has no authIMSTAClientSecret: nlserver did not store the client secret`));
}

;// CONCATENATED MODULE: ./src/nlserver/apply.ts
// Runs `nlserver config` once per instance, its output shown sanitised and redacted in
// one log group per instance.






// Where nlserver lives by default: /usr/local/neolane/nl6 on Linux; on Windows, the bin
// folder of the Campaign installation (an .exe resolves with or without its extension).
const NLSERVER_EXAMPLE = process.platform === 'win32'
    ? 'nlserver.exe in the bin folder of the Campaign installation'
    : '/usr/local/neolane/nl6/bin/nlserver';
/** Whether an instance ended up holding the credential, as far as the run can tell. */
const configured = (result) => result.exitCode === 0 && (result.readBack === undefined || result.readBack === 'confirmed');
/** Runs nlserver with these arguments and shows its output; the exit code (undefined: stopped). */
async function runNlserver(host, request, args, what) {
    let result;
    try {
        result = await runProcess(request.nlserver, args, childEnvironment(request.env), request.deadline);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`nlserver could not be started for ${what}: ${(0,errors/* errorMessage */.gJ)(error)}. Set ${(0,input_ref/* inputRef */.io)('nlserver')} to the executable's full path (for example ${NLSERVER_EXAMPLE}) or run on a Campaign server.`);
    }
    if (result.omittedBytes > 0) {
        host.info(`nlserver wrote ${result.omittedBytes} bytes more than the last ${OUTPUT_TAIL_BYTES / 1024} KiB shown here.`);
    }
    // Sanitised here, where it enters; the host redacts, so nlserver echoing its argument
    // leaks nothing.
    host.showOutput((0,sanitise/* sanitiseLines */.WP)(result.output));
    host.info(result.exitCode === undefined
        ? `nlserver was stopped for ${what}: the run reached ${(0,input_ref/* inputRef */.io)('timeout-seconds')}`
        : `nlserver exited with code ${result.exitCode}`);
    return result.exitCode;
}
async function runOne(host, request, instance) {
    return host.group(`Configure instance ${instance}`, async () => {
        host.info((0,command/* redactedCommand */.YO)(request.nlserver, instance, request.credentials));
        const args = (0,command/* configArgs */.E0)(instance, request.credentials);
        const exitCode = await runNlserver(host, request, args, `instance ${instance}`);
        if (exitCode !== 0 || !request.readBack)
            return { instance, exitCode };
        const { confDir, expected } = request.readBack;
        const problem = readBack(confDir, instance, expected);
        host.info(problem ? `Read back: ${problem}.` : `Read back from ${confDir}: the credential is there.`);
        return { instance, exitCode, readBack: problem ? { problem } : 'confirmed' };
    });
}
/** `nlserver config -reload`, once, so the instances take the new configuration. */
async function reloadConfiguration(host, request) {
    return host.group('Reload the configuration', () => runNlserver(host, request, ['config', '-reload'], 'config -reload'));
}
async function applyToInstances(host, request) {
    const results = [];
    for (const instance of request.instances) {
        const result = await runOne(host, request, instance);
        results.push(result);
        if (result.exitCode === undefined)
            break;
        if (!configured(result) && !request.continueOnInstanceError)
            break;
    }
    return results;
}


/***/ })

};
