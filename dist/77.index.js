export const id = 77;
export const ids = [77];
export const modules = {

/***/ 3077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/common/redact.ts
var redact = __webpack_require__(6800);
// EXTERNAL MODULE: ./src/job/run.ts + 4 modules
var run = __webpack_require__(1984);
// EXTERNAL MODULE: ./src/nlserver/command-file.ts + 1 modules
var command_file = __webpack_require__(2876);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/inputs/catalogue.ts
var catalogue = __webpack_require__(8968);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Command-line arguments of the CLI: flags named like the action's inputs, with
// ADOBE_<INPUT_NAME> environment variables as fallbacks and secrets only from the
// environment. Pure apart from reading --private-key-file.




const EXIT = { ok: 0, checkFailed: 1, usage: 2 };
const COMMANDS = ['validate', 'print', 'apply'];
const FLAG_INPUTS = catalogue/* INPUT_NAMES */.Qh.filter((name) => name !== 'mode' && !catalogue/* SECRET_INPUTS */.pH.includes(name));
const envName = (input) => `ADOBE_${input.replace(/-/g, '_').toUpperCase()}`;
const USAGE = `Usage: campaign-analytics-credentials <validate|print|apply> [options]

Checks Adobe Campaign Classic Analytics connector credentials with Adobe IMS and the
Analytics 2.0 API, then prints or applies the nlserver config command.

Commands:
  validate   check the credential (token, identity, Analytics product profile)
  print      check, then write the full nlserver command(s) to stdout
  apply      check, then run nlserver config on each instance

Options (each also read from ADOBE_<NAME>, e.g. --ims-org-id from ADOBE_IMS_ORG_ID):
${FLAG_INPUTS.map((name) => `  --${name} <value>`).join('\n')}
  --private-key-file <path>   read the JWT private key from a file
  --output-file <path>        print: write the full command(s) to this new file (0600);
                              needed when stdout is not a terminal, so the secret
                              never lands in a CI log
  --json                      print one JSON result on stdout (logs go to stderr);
                              print mode then gives only the redacted command
  --help                      show this help

Secrets are never taken as flags, because flags show in process lists. Set them in the
environment: ADOBE_CLIENT_SECRET, ADOBE_PRIVATE_KEY (PEM or base64 -w0),
ADOBE_PRIVATE_KEY_PASSPHRASE.

Exit codes: 0 all checks passed, 1 a check or nlserver failed, 2 usage or input error.`;
/** Parses argv; throws ActionError for a usage error. */
function parseCli(argv) {
    const options = {
        json: { type: 'boolean' },
        help: { type: 'boolean' },
    };
    for (const name of [...FLAG_INPUTS, 'private-key-file', 'output-file', ...catalogue/* SECRET_INPUTS */.pH])
        options[name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`${error.message}. See --help.`);
    }
    const flags = parsed.values;
    if (flags.help)
        return 'help';
    for (const secret of catalogue/* SECRET_INPUTS */.pH) {
        if (flags[secret] !== undefined) {
            throw new errors/* ActionError */.lZ(`--${secret} is not accepted: flags show in process lists. Set ${envName(secret)} instead.`);
        }
    }
    const [command, ...extra] = parsed.positionals;
    if (!command || !COMMANDS.includes(command) || extra.length > 0) {
        throw new errors/* ActionError */.lZ(`expected one command, validate, print or apply; got ${JSON.stringify(parsed.positionals.join(' '))}. See --help.`);
    }
    const values = { mode: command };
    for (const name of FLAG_INPUTS) {
        if (typeof flags[name] === 'string')
            values[name] = flags[name];
    }
    const keyFile = flags['private-key-file'];
    if (typeof keyFile === 'string') {
        try {
            values['private-key'] = (0,external_node_fs_.readFileSync)(keyFile, 'utf8');
        }
        catch (error) {
            throw new errors/* ActionError */.lZ(`--private-key-file ${keyFile} cannot be read: ${error.message}`);
        }
    }
    const outputFile = typeof flags['output-file'] === 'string' ? flags['output-file'] : undefined;
    return {
        command: command,
        values,
        json: flags.json === true,
        outputFile,
    };
}

;// CONCATENATED MODULE: ./src/cli/terminal-host.ts
function createTerminalHost(redactor, options) {
    const log = options.json ? options.stderr : options.stdout;
    const tty = log.isTTY === true;
    let progressShown = false;
    const write = (stream, text) => {
        if (progressShown && stream === log) {
            stream.write('\r\x1b[2K');
            progressShown = false;
        }
        stream.write(`${redactor.redact(text)}\n`);
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
        redact: (text) => redactor.redact(text),
        debug: (message) => {
            if (options.debug)
                write(options.stderr, `debug: ${message}`);
        },
        info: (message) => write(log, message),
        step: (message) => {
            if (!tty)
                return write(log, `${message}…`);
            log.write(`\r\x1b[2K${redactor.redact(message)}…`);
            progressShown = true;
        },
        notice: (message) => write(log, `notice: ${message}`),
        warning: (message) => {
            warnings.push(redactor.redact(message));
            write(options.stderr, `warning: ${message}`);
        },
        error: (message) => {
            errors.push(redactor.redact(message));
            write(options.stderr, `error: ${message}`);
        },
        async group(title, body) {
            write(log, `--- ${title}`);
            return body();
        },
        setOutput: (name, value) => {
            outputs[name] = redactor.redact(value);
        },
        // No job summary outside the runner.
        appendSummary: async () => { },
        fail(message) {
            process.exitCode = 1;
            errors.push(redactor.redact(message));
            write(options.stderr, `error: ${message}`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// The same job as a command for any CI system (see USAGE in cli-args.ts).






/** Runs the CLI; resolves to its exit code. */
async function runCli(argv, env) {
    let args;
    try {
        args = parseCli(argv);
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n`);
        return EXIT.usage;
    }
    if (args === 'help') {
        process.stdout.write(`${USAGE}\n`);
        return EXIT.ok;
    }
    const { values, json, command, outputFile } = args;
    if (command === 'print' && !json && !outputFile && !process.stdout.isTTY) {
        process.stderr.write('error: print would write the secret into a log: stdout is not a terminal. Give --output-file <path> (created with mode 0600), or --json for the redacted command.\n');
        return EXIT.usage;
    }
    const host = createTerminalHost(new redact/* Redactor */.p(), {
        json,
        stdout: process.stdout,
        stderr: process.stderr,
        debug: env.ADOBE_DEBUG === '1',
    });
    let inputsValid = true;
    try {
        inputsValid = await (0,run/* runJob */.b)({
            host,
            env,
            readInput: (name) => values[name] ?? env[envName(name)] ?? '',
            deliverFullCommands: (text) => {
                if (outputFile)
                    (0,command_file/* writeSecretFile */.AK)(outputFile, text);
                // On a terminal the user sees it; stdout for JSON gets only the redacted form.
                else if (!json)
                    process.stdout.write(text);
                return undefined;
            },
        });
    }
    catch (error) {
        (0,errors/* reportFailure */.xV)(host, error);
    }
    const exitCode = !inputsValid ? EXIT.usage : process.exitCode ? EXIT.checkFailed : EXIT.ok;
    if (json) {
        const checks = host.outputs.checks ? JSON.parse(host.outputs.checks) : [];
        const { checks: _checks, ...outputs } = host.outputs;
        process.stdout.write(`${JSON.stringify({ command, ok: exitCode === EXIT.ok, exitCode, checks, outputs, warnings: host.warnings, errors: host.errors }, null, 2)}\n`);
    }
    return exitCode;
}


/***/ })

};
