// Runs nlserver directly rather than through @actions/exec, which cannot stop a child
// (no timeout, signal or kill): a hung nlserver would outlive timeout-seconds. An argv
// array (no shell), and an environment without the runner's tokens or our secrets.
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** undefined: stopped at the deadline. */
  exitCode: number | undefined;
  output: string;
}

const CHILD_ENV_DROPPED = /^(INPUT_|ACTIONS_|ADOBE_)|^(GITHUB_TOKEN|GH_TOKEN|STATE_.*)$/i;

/** The runner's environment minus action inputs, runner tokens and our own secrets. */
export function childEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !CHILD_ENV_DROPPED.test(name)) result[name] = value;
  }
  return result;
}

export function runProcess(
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
