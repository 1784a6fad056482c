// Runs nlserver directly rather than through @actions/exec, which cannot stop a child
// (no timeout, signal or kill): a hung nlserver would outlive timeout-seconds. An argv
// array (no shell), an environment without the runner's tokens, file commands or our
// secrets, its own process group so a wrapper script's children stop with it, and a
// bounded tail of its output.
import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** undefined: stopped at the deadline. */
  exitCode: number | undefined;
  /** The last OUTPUT_TAIL_BYTES of stdout and stderr, in arrival order. */
  output: string;
  /** Bytes of output before the tail, left out. */
  omittedBytes: number;
}

// Inputs, runner tokens (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_*), the runner's
// file-command paths (through which a child could set outputs, state, the environment or
// the PATH of later steps), saved state and our own ADOBE_* secrets.
const CHILD_ENV_DROPPED =
  /^(INPUT_|ACTIONS_|ADOBE_|STATE_)|^(GITHUB_TOKEN|GH_TOKEN|GITHUB_ENV|GITHUB_OUTPUT|GITHUB_PATH|GITHUB_STATE|GITHUB_STEP_SUMMARY)$/i;

export const OUTPUT_TAIL_BYTES = 64 * 1024;
/** Between SIGTERM and SIGKILL at the deadline: nlserver may finish writing its config. */
export const KILL_GRACE_MS = 1_500;
/** After the child exits, how long a process it left behind may keep our pipes open. */
const LINGER_MS = 500;

/** The runner's environment minus inputs, runner tokens, file commands and our secrets. */
export function childEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !CHILD_ENV_DROPPED.test(name)) result[name] = value;
  }
  return result;
}

/** Keeps the last `limit` bytes of a stream of chunks. */
class Tail {
  readonly #chunks: Buffer[] = [];
  #size = 0;
  #dropped = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    while (this.#size - (this.#chunks[0]?.length ?? 0) >= this.limit) {
      const first = this.#chunks.shift() as Buffer;
      this.#size -= first.length;
      this.#dropped += first.length;
    }
  }

  read(): { output: string; omittedBytes: number } {
    const all = Buffer.concat(this.#chunks);
    const cut = Math.max(0, all.length - this.limit);
    return { output: all.subarray(cut).toString('utf8'), omittedBytes: this.#dropped + cut };
  }
}

export function runProcess(
  file: string,
  args: string[],
  env: Record<string, string>,
  deadline: number,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    // Its own process group (POSIX), so the whole group can be signalled: a wrapper script
    // and the real nlserver under it, which holds the secret in its argv.
    const grouped = process.platform !== 'win32';
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: grouped });
    const tail = new Tail(OUTPUT_TAIL_BYTES);
    child.stdout.on('data', (chunk: Buffer) => tail.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => tail.push(chunk));

    const timers: NodeJS.Timeout[] = [];
    let stoppedAtDeadline = false;
    let done = false;
    const signal = (name: NodeJS.Signals) => {
      try {
        if (grouped && child.pid) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // The group is already gone.
      }
    };
    // If the action itself ends first (the backstop timer, or the run is cancelled), the
    // group must not outlive it: a detached group gets no signal from the runner.
    const onExit = () => signal('SIGKILL');
    const onCancel = (name: NodeJS.Signals) => {
      signal('SIGKILL');
      release();
      process.kill(process.pid, name);
    };
    const release = () => {
      for (const timer of timers) clearTimeout(timer);
      process.removeListener('exit', onExit);
      process.removeListener('SIGINT', onCancel);
      process.removeListener('SIGTERM', onCancel);
    };
    process.once('exit', onExit);
    process.once('SIGINT', onCancel);
    process.once('SIGTERM', onCancel);

    const finish = (exitCode: number | undefined) => {
      if (done) return;
      done = true;
      release();
      // Whatever of the group is left (a stray grandchild) goes too, and its pipes with it.
      signal('SIGKILL');
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ exitCode, ...tail.read() });
    };

    timers.push(
      setTimeout(
        () => {
          stoppedAtDeadline = true;
          signal('SIGTERM');
          timers.push(setTimeout(() => finish(undefined), KILL_GRACE_MS));
        },
        Math.max(1, deadline - Date.now()),
      ),
    );
    child.on('error', (error) => {
      if (done) return;
      done = true;
      release();
      reject(error);
    });
    child.on('exit', (code) => {
      if (stoppedAtDeadline) return;
      // Normally 'close' follows at once; a process left behind may hold the pipes.
      timers.push(setTimeout(() => finish(code ?? -1), LINGER_MS));
    });
    child.on('close', (code) => finish(stoppedAtDeadline ? undefined : (code ?? -1)));
  });
}
