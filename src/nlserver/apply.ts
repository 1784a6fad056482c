// Runs `nlserver config` once per instance, its output shown sanitised and redacted in
// one log group per instance.
import { ActionError, errorMessage } from '../common/errors.js';
import type { Host } from '../common/host.js';
import { inputRef } from '../common/input-ref.js';
import { sanitiseLines } from '../common/sanitise.js';
import type { Credentials } from '../credentials/kinds.js';
import { configArgs, redactedCommand } from './command.js';
import { childEnvironment, OUTPUT_TAIL_BYTES, type ProcessResult, runProcess } from './process.js';

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
}

export interface ApplyRequest {
  nlserver: string;
  instances: string[];
  credentials: Credentials;
  continueOnInstanceError: boolean;
  env: Record<string, string | undefined>;
  deadline: number;
}

async function runOne(
  host: Host,
  request: ApplyRequest,
  instance: string,
): Promise<number | undefined> {
  return host.group(`Configure instance ${instance}`, async () => {
    host.info(redactedCommand(request.nlserver, instance, request.credentials));
    let result: ProcessResult;
    try {
      result = await runProcess(
        request.nlserver,
        configArgs(instance, request.credentials),
        childEnvironment(request.env),
        request.deadline,
      );
    } catch (error) {
      throw new ActionError(
        `nlserver could not be started for instance ${instance}: ${errorMessage(error)}. Set ${inputRef('nlserver')} to the executable's full path (for example ${NLSERVER_EXAMPLE}) or run on a Campaign server.`,
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
        ? `nlserver was stopped for instance ${instance}: the run reached ${inputRef('timeout-seconds')}`
        : `nlserver exited with code ${result.exitCode}`,
    );
    return result.exitCode;
  });
}

export async function applyToInstances(
  host: Host,
  request: ApplyRequest,
): Promise<InstanceResult[]> {
  const results: InstanceResult[] = [];
  for (const instance of request.instances) {
    const exitCode = await runOne(host, request, instance);
    results.push({ instance, exitCode });
    if (exitCode === undefined || (exitCode !== 0 && !request.continueOnInstanceError)) break;
  }
  return results;
}
