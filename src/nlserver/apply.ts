// Runs `nlserver config` once per instance, its output shown sanitised and redacted in
// one log group per instance.
import { ActionError, errorMessage } from '../common/errors.js';
import type { Host } from '../common/host.js';
import { inputRef } from '../common/input-ref.js';
import { sanitiseLines } from '../common/sanitise.js';
import type { Credentials } from '../credentials/kinds.js';
import { configArgs, redactedCommand } from './command.js';
import { childEnvironment, OUTPUT_TAIL_BYTES, type ProcessResult, runProcess } from './process.js';
import { type ReadbackExpectation, readBack } from './readback.js';

// Where nlserver lives by default: /usr/local/neolane/nl6 on Linux; on Windows, the bin
// folder of the Campaign installation (an .exe resolves with or without its extension).
const NLSERVER_EXAMPLE =
  process.platform === 'win32'
    ? 'nlserver.exe in the bin folder of the Campaign installation'
    : '/usr/local/neolane/nl6/bin/nlserver';

export interface InstanceResult {
  instance: string;
  /** undefined: stopped at the deadline. */
  exitCode: number | undefined;
  /** After exit code 0: confirmed, why the file does not hold the credential, or skipped. */
  readBack?: 'confirmed' | { problem: string };
}

export interface ApplyRequest {
  nlserver: string;
  instances: string[];
  credentials: Credentials;
  continueOnInstanceError: boolean;
  env: Record<string, string | undefined>;
  deadline: number;
  /** Where to read the credential back from; undefined: not read back. */
  readBack?: { confDir: string; expected: ReadbackExpectation };
}

/** Whether an instance ended up holding the credential, as far as the run can tell. */
export const configured = (result: InstanceResult) =>
  result.exitCode === 0 && (result.readBack === undefined || result.readBack === 'confirmed');

/** Runs nlserver with these arguments and shows its output; the exit code (undefined: stopped). */
async function runNlserver(
  host: Host,
  request: ApplyRequest,
  args: string[],
  what: string,
): Promise<number | undefined> {
  let result: ProcessResult;
  try {
    result = await runProcess(
      request.nlserver,
      args,
      childEnvironment(request.env),
      request.deadline,
    );
  } catch (error) {
    throw new ActionError(
      `nlserver could not be started for ${what}: ${errorMessage(error)}. Set ${inputRef('nlserver')} to the executable's full path (for example ${NLSERVER_EXAMPLE}) or run on a Campaign server.`,
    );
  }
  if (result.omittedBytes > 0) {
    host.info(
      `nlserver wrote ${result.omittedBytes} bytes more than the last ${OUTPUT_TAIL_BYTES / 1024} KiB shown here.`,
    );
  }
  // Sanitised here, where it enters; the host redacts, so nlserver echoing its argument
  // leaks nothing.
  host.showOutput(sanitiseLines(result.output));
  host.info(
    result.exitCode === undefined
      ? `nlserver was stopped for ${what}: the run reached ${inputRef('timeout-seconds')}`
      : `nlserver exited with code ${result.exitCode}`,
  );
  return result.exitCode;
}

async function runOne(
  host: Host,
  request: ApplyRequest,
  instance: string,
): Promise<InstanceResult> {
  return host.group(`Configure instance ${instance}`, async () => {
    host.info(redactedCommand(request.nlserver, instance, request.credentials));
    const args = configArgs(instance, request.credentials);
    const exitCode = await runNlserver(host, request, args, `instance ${instance}`);
    if (exitCode !== 0 || !request.readBack) return { instance, exitCode };
    const { confDir, expected } = request.readBack;
    const problem = readBack(confDir, instance, expected);
    host.info(
      problem ? `Read back: ${problem}.` : `Read back from ${confDir}: the credential is there.`,
    );
    return { instance, exitCode, readBack: problem ? { problem } : 'confirmed' };
  });
}

/** `nlserver config -reload`, once, so the instances take the new configuration. */
export async function reloadConfiguration(
  host: Host,
  request: ApplyRequest,
): Promise<number | undefined> {
  return host.group('Reload the configuration', () =>
    runNlserver(host, request, ['config', '-reload'], 'config -reload'),
  );
}

export async function applyToInstances(
  host: Host,
  request: ApplyRequest,
): Promise<InstanceResult[]> {
  const results: InstanceResult[] = [];
  for (const instance of request.instances) {
    const result = await runOne(host, request, instance);
    results.push(result);
    if (result.exitCode === undefined) break;
    if (!configured(result) && !request.continueOnInstanceError) break;
  }
  return results;
}
