// What a run is given by its entry point (the action or the CLI): the host it writes
// through, how it reads inputs, and the few things only its surroundings know.

import type { BoundedFetch } from '../common/bounded-fetch.js';
import type { Check } from '../common/checks.js';
import type { Host } from '../common/host.js';
import type { AlertSettings, GitHubSecretSettings } from '../inputs/settings.js';

export type Env = Record<string, string | undefined>;

export interface RunContext {
  host: Host;
  readInput: (name: string) => string;
  /** The process environment: nlserver inherits a scrubbed copy of it. */
  env: Env;
  /**
   * Print mode: puts the full commands (secrets included) somewhere safe, and says where
   * for the log, or returns undefined when there is nothing to say.
   */
  deliverFullCommands: (text: string) => string | undefined;
  /** Warnings about the run's surroundings, said before anything else. */
  surroundingWarnings?: string[];
  /** Why secret inputs may be empty in this run, when the surroundings can tell. */
  missingSecretReason?: () => string | undefined;
  /** Said after the error for an empty secret input: where secrets come from here. */
  emptySecretHint?: string;
  /**
   * Problems the entry found in its own arguments (the CLI's flags and files), reported
   * together with the input problems, before anything is sent.
   */
  usageProblems?: string[];
  /**
   * Keeps an alert issue in line with the checks, where the surroundings offer one;
   * `http` reaches the network the way every other call does (proxy, deadline).
   */
  syncAlert?: (alert: AlertSettings, checks: Check[], http: BoundedFetch) => Promise<void>;
  /**
   * Stores a rotated client secret as a GitHub Actions secret, where the surroundings
   * offer one: `check` fails early, before anything changes at Adobe.
   */
  githubSecrets?: {
    check(secret: GitHubSecretSettings, http: BoundedFetch): Promise<void>;
    store(secret: GitHubSecretSettings, value: string, http: BoundedFetch): Promise<void>;
  };
}
