// What the job needs from its surroundings: the GitHub Actions runner (github/) or a
// terminal (cli/). Everything written through it is redacted first.
import type { CheckStatus } from './checks.js';
import type { Sanitised } from './sanitise.js';

/** One line of the check results: a group heading, or a row with its status. */
export interface ReportLine {
  text: string;
  status?: CheckStatus;
}

/** A short heading shown with an annotation. */
export interface Annotation {
  title?: string;
}

export interface Host {
  readonly isDebug: boolean;
  /**
   * Register a secret before it is used anywhere; our own writes show it as `<label>`
   * (or *** without one).
   */
  mask(value: string, label?: string): void;
  /**
   * Our own redaction, and this host's names for inputs, for text that leaves through other
   * channels (an issue body).
   */
  redact(text: string): string;
  debug(message: string): void;
  info(message: string): void;
  /** Says which check is running (a progress line on a terminal). */
  step(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  group<T>(title: string, body: () => Promise<T>): Promise<T>;
  /** The check results, grouped; a terminal may colour the statuses. */
  report(lines: ReportLine[]): void;
  /**
   * Shows a program's output (nlserver's), already sanitised where it was captured, so
   * that nothing in it can act as a workflow command.
   */
  showOutput(lines: readonly Sanitised[]): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Mark the run failed; the message is shown as an error. */
  fail(message: string, annotation?: Annotation): void;
}
