// The Host for the command-line tool: plain text instead of workflow commands, results
// collected for --json, and a progress line that rewrites itself on a terminal.
import type { CheckStatus } from '../common/checks.js';
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
  /** NO_COLOR is set: never colour, even on a terminal. */
  noColor: boolean;
  /** How messages name inputs: flags and environment variables. */
  naming: InputNaming;
}

// Green, red, yellow and dim: only on a terminal, never with NO_COLOR (no-color.org).
const STATUS_COLOUR: Record<CheckStatus, string> = {
  pass: '\x1b[32m',
  fail: '\x1b[31m',
  warn: '\x1b[33m',
  skip: '\x1b[2m',
};
const RESET = '\x1b[0m';

export function createTerminalHost(redactor: Redactor, options: TerminalOptions): TerminalHost {
  const clean = (text: string) => redactor.redact(renderInputRefs(text, options.naming));
  const log = options.json ? options.stderr : options.stdout;
  const tty = log.isTTY === true;
  const colour = tty && !options.noColor;
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
    report(lines) {
      for (const { status, text } of lines) {
        if (!status) write(log, text);
        else {
          const word = status.padEnd(4);
          write(log, `  ${colour ? `${STATUS_COLOUR[status]}${word}${RESET}` : word} ${text}`);
        }
      }
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
