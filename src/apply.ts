// Runs `nlserver config` once per instance: an argv array (no shell), silent, with a
// scrubbed environment, its output shown redacted in one log group per instance. The
// child is spawned directly so the run's deadline can stop it (@actions/exec cannot
// cancel a process, and a hung nlserver would outlive timeout-seconds).
import { spawn } from 'node:child_process';
import { ActionError, errorMessage } from './errors.js';
import type { Host } from './host.js';
import type { Credentials } from './inputs.js';
import { childEnvironment, configArgs, redactedCommand } from './nlserver.js';

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

interface ProcessResult {
  exitCode: number | undefined;
  output: string;
}

function runProcess(
  file: string,
  args: string[],
  env: Record<string, string>,
  deadline: number,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    const child = spawn(file, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal,
      killSignal: 'SIGKILL',
    });
    let output = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.stderr.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.on('error', (error) => {
      if (!signal.aborted) reject(error);
    });
    child.on('close', (code) =>
      resolve({ exitCode: signal.aborted ? undefined : (code ?? -1), output }),
    );
  });
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
        `nlserver could not be started for instance ${instance}: ${errorMessage(error)}. Set the nlserver input to the executable's full path (for example /usr/local/neolane/nl6/bin/nlserver) or run on a Campaign server.`,
      );
    }
    // host.info redacts, so nlserver echoing its argument leaks nothing.
    for (const line of result.output.split(/\r?\n/)) if (line !== '') host.info(line);
    host.info(
      result.exitCode === undefined
        ? 'nlserver was stopped: the run reached timeout-seconds'
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
