// What the job needs from its surroundings: the GitHub Actions runner (github/) or a
// terminal (cli/). Everything written through it is redacted first.

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
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** Mark the run failed; the message is shown as an error. */
  fail(message: string, annotation?: Annotation): void;
}
