// The Host for the command-line tool: plain text instead of workflow commands, results
// collected for --json, and a progress line that rewrites itself on a terminal.
import type { Host } from '../common/host.js';
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
}

export function createTerminalHost(redactor: Redactor, options: TerminalOptions): TerminalHost {
  const log = options.json ? options.stderr : options.stdout;
  const tty = log.isTTY === true;
  let progressShown = false;
  const write = (stream: NodeJS.WriteStream, text: string) => {
    if (progressShown && stream === log) {
      stream.write('\r\x1b[2K');
      progressShown = false;
    }
    stream.write(`${redactor.redact(text)}\n`);
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
    redact: (text) => redactor.redact(text),
    debug: (message) => {
      if (options.debug) write(options.stderr, `debug: ${message}`);
    },
    info: (message) => write(log, message),
    step: (message) => {
      if (!tty) return write(log, `${message}…`);
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
    // Sanitised where it was captured: no escape sequence reaches the terminal.
    showOutput: (lines) => {
      for (const line of lines) write(log, line);
    },
    setOutput: (name, value) => {
      outputs[name] = redactor.redact(value);
    },
    // No job summary outside the runner.
    appendSummary: async () => {},
    fail(message) {
      process.exitCode = 1;
      errors.push(redactor.redact(message));
      write(options.stderr, `error: ${message}`);
    },
  };
}
