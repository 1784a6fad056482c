// The Host for the command-line tool: plain text instead of workflow commands, results
// collected for --json, and a progress line that rewrites itself on a terminal.
import type { Host } from '../common/host.js';
import { type InputNaming, renderInputRefs } from '../common/input-ref.js';
import type { Redactor } from '../common/redact.js';

export interface TerminalHost extends Host {
  readonly outputs: Record<string, string>;
  readonly errors: string[];
  readonly warnings: string[];
}

export interface TerminalOptions {
  /** With --json the log goes to stderr and stdout carries only the JSON result. */
  json: boolean;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  debug: boolean;
  /** How messages name inputs: flags and environment variables. */
  naming: InputNaming;
}

export function createTerminalHost(redactor: Redactor, options: TerminalOptions): TerminalHost {
  const clean = (text: string) => redactor.redact(renderInputRefs(text, options.naming));
  const log = options.json ? options.stderr : options.stdout;
  const tty = log.isTTY === true;
  let progressShown = false;
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (progressShown && stream === log) {
      stream.write('\r\x1b[2K');
      progressShown = false;
    }
    stream.write(`${clean(text)}\n`);
  };
  const outputs: Record<string, string> = {};
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    isDebug: options.debug,
    outputs,
    errors,
    warnings,
    mask: (value, label) => {
      if (value.trim() !== '') redactor.add(value, label ? `<${label}>` : undefined);
    },
    redact: clean,
    debug: (message) => {
      if (options.debug) write(options.stderr, `debug: ${message}`);
    },
    info: (message) => write(log, message),
    step: (message) => {
      if (!tty) return write(log, `${message}…`);
      log.write(`\r\x1b[2K${clean(message)}…`);
      progressShown = true;
    },
    notice: (message) => write(log, `notice: ${message}`),
    warning: (message) => {
      warnings.push(clean(message));
      write(options.stderr, `warning: ${message}`);
    },
    error: (message) => {
      errors.push(clean(message));
      write(options.stderr, `error: ${message}`);
    },
    async group(title, body) {
      write(log, `--- ${title}`);
      return body();
    },
    setOutput: (name, value) => {
      outputs[name] = clean(value);
    },
    // No job summary outside the runner.
    appendSummary: async () => {},
    fail(message) {
      process.exitCode = 1;
      errors.push(clean(message));
      write(options.stderr, `error: ${message}`);
    },
  };
}
