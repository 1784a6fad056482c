// The same job as a command for any CI system (see USAGE in cli-args.ts).
import { reportFailure } from '../common/errors.js';
import { Redactor } from '../common/redact.js';
import { runJob } from '../job/run.js';
import { writeSecretFile } from '../nlserver/command-file.js';
import { type CliArguments, EXIT, envName, parseCli, USAGE } from './args.js';
import { createTerminalHost } from './terminal-host.js';

/** Runs the CLI; resolves to its exit code. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  let args: CliArguments | 'help';
  try {
    args = parseCli(argv);
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const { values, json, command, outputFile } = args;
  if (command === 'print' && !json && !outputFile && !process.stdout.isTTY) {
    process.stderr.write(
      'error: print would write the secret into a log: stdout is not a terminal. Give --output-file <path> (created with mode 0600), or --json for the redacted command.\n',
    );
    return EXIT.usage;
  }
  const host = createTerminalHost(new Redactor(), {
    json,
    stdout: process.stdout,
    stderr: process.stderr,
    debug: env.ADOBE_DEBUG === '1',
    noColor: env.NO_COLOR !== undefined && env.NO_COLOR !== '',
  });
  let inputsValid = true;
  try {
    inputsValid = await runJob({
      host,
      env,
      readInput: (name) => values[name] ?? env[envName(name)] ?? '',
      deliverFullCommands: (text) => {
        if (outputFile) writeSecretFile(outputFile, text);
        // On a terminal the user sees it; stdout for JSON gets only the redacted form.
        else if (!json) process.stdout.write(text);
        return undefined;
      },
    });
  } catch (error) {
    reportFailure(host, error);
  }
  const exitCode = !inputsValid ? EXIT.usage : process.exitCode ? EXIT.checkFailed : EXIT.ok;
  if (json) {
    const checks = host.outputs.checks ? (JSON.parse(host.outputs.checks) as unknown) : [];
    const { checks: _checks, ...outputs } = host.outputs;
    process.stdout.write(
      `${JSON.stringify({ command, ok: exitCode === EXIT.ok, exitCode, checks, outputs, warnings: host.warnings, errors: host.errors }, null, 2)}\n`,
    );
  }
  return exitCode;
}
