// The same job as a command for any CI system (see --help, made in help.ts).
import { reportFailure } from '../common/errors.js';
import { Redactor } from '../common/redact.js';
import { runJob } from '../job/run.js';
import { SECRET_FILE_PROTECTION, writeSecretFile } from '../nlserver/command-file.js';
import { VERSION } from './action-inputs.js';
import { type CliRun, EXIT, PROGRAM, parseArguments } from './args.js';
import { renderHelp } from './help.js';
import { CLI_NAMING, COMMAND_INPUT, envName, GITHUB_ONLY_INPUTS } from './options.js';
import { preflight } from './preflight.js';
import { createTerminalHost } from './terminal-host.js';

type Env = Record<string, string | undefined>;

const EMPTY_SECRET_HINT =
  "Secrets are read only from the environment: export it from your CI system's secret store.";

/** An input's value: the flag, else its ADOBE_<NAME> variable; none for GitHub-only inputs. */
function inputReader(request: CliRun, privateKey: string | undefined, env: Env) {
  const values: Record<string, string | undefined> = {
    ...request.values,
    [COMMAND_INPUT]: request.command,
    ...(privateKey === undefined ? {} : { 'private-key': privateKey }),
  };
  return (name: string) =>
    GITHUB_ONLY_INPUTS.includes(name) ? '' : (values[name] ?? env[envName(name)] ?? '');
}

/** Runs the CLI; resolves to its exit code. */
export async function runCli(argv: string[], env: Env): Promise<number> {
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
        if (!json) process.stdout.write(text);
        return undefined;
      },
    });
  } catch (error) {
    reportFailure(host, error);
  }
  if (!inputsValid && !json)
    process.stderr.write(`Run ${PROGRAM} --help for every option and its environment variable.\n`);
  const exitCode = !inputsValid ? EXIT.usage : process.exitCode ? EXIT.checkFailed : EXIT.ok;
  if (json) {
    const checks = host.outputs.checks ? (JSON.parse(host.outputs.checks) as unknown) : [];
    const { checks: _checks, ...outputs } = host.outputs;
    process.stdout.write(
      `${JSON.stringify({ command: command ?? null, ok: exitCode === EXIT.ok, exitCode, checks, outputs, warnings: host.warnings, errors: host.errors }, null, 2)}\n`,
    );
  }
  return exitCode;
}
