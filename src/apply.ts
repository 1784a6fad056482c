// Runs `nlserver config` once per instance: an argv array (no shell), silent, with a
// scrubbed environment, its output shown redacted in one log group per instance.
import { exec } from '@actions/exec';
import { ActionError, errorMessage } from './errors.js';
import type { Host } from './host.js';
import type { Credentials } from './inputs.js';
import { childEnvironment, configArgs, redactedCommand } from './nlserver.js';

export interface InstanceResult {
  instance: string;
  exitCode: number;
}

export interface ApplyRequest {
  nlserver: string;
  instances: string[];
  credentials: Credentials;
  continueOnInstanceError: boolean;
  env: Record<string, string | undefined>;
}

async function runOne(host: Host, request: ApplyRequest, instance: string): Promise<number> {
  const display = redactedCommand(request.nlserver, instance, request.credentials);
  return host.group(`Configure instance ${instance}`, async () => {
    host.info(display);
    let output = '';
    let exitCode: number;
    try {
      exitCode = await exec(request.nlserver, configArgs(instance, request.credentials), {
        silent: true,
        ignoreReturnCode: true,
        env: childEnvironment(request.env),
        listeners: {
          stdout: (data) => {
            output += data.toString();
          },
          stderr: (data) => {
            output += data.toString();
          },
        },
      });
    } catch (error) {
      throw new ActionError(
        `nlserver could not be started for instance ${instance}: ${errorMessage(error)}. Set the nlserver input to the executable's full path (for example /usr/local/neolane/nl6/bin/nlserver) or run on a Campaign server.`,
      );
    }
    // host.info redacts, so nlserver echoing its argument leaks nothing.
    for (const line of output.split(/\r?\n/)) if (line !== '') host.info(line);
    host.info(`nlserver exited with code ${exitCode}`);
    return exitCode;
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
    if (exitCode !== 0 && !request.continueOnInstanceError) break;
  }
  return results;
}
