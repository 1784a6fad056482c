// The CLI's options, made from action.yml's inputs (src/cli/action-inputs.ts): the mode is
// the command, secrets come only from the environment, GitHub-only inputs are left out, and
// every other input is a flag with an ADOBE_<NAME> environment fallback. A new input in
// action.yml becomes a flag once `npm run docs` has run; test/unit/cli-help.test.ts fails
// when it belongs to no help group.
import type { InputNaming } from '../common/input-ref.js';
import { SECRET_INPUTS } from '../inputs/catalogue.js';
import { ACTION_INPUTS, type ActionInput } from './action-inputs.js';

/** Inputs that only make sense on a GitHub runner: no flag, no environment fallback. */
export const GITHUB_ONLY_INPUTS: readonly string[] = [
  'github-token',
  'github-api-url',
  'alert-issue',
  'github-secret-name',
  'github-secret-environment',
];

/** The help's groups, in order. */
export const HELP_GROUPS: readonly { title: string; inputs: readonly string[] }[] = [
  {
    title: 'Credentials',
    inputs: [
      'auth',
      'ims-org-id',
      'client-id',
      'client-secret',
      'technical-account-id',
      'private-key',
      'private-key-passphrase',
      'scopes',
      'metascopes',
      'certificate',
      'expiry-warning-days',
    ],
  },
  {
    title: 'What to check',
    inputs: [
      'verify',
      'report-suites',
      'metrics',
      'dimensions',
      'global-company-id',
      'tool-probes',
      'campaign-evar',
    ],
  },
  {
    title: 'Where to apply',
    inputs: ['instances', 'nlserver', 'continue-on-instance-error', 'campaign-conf-dir', 'reload'],
  },
  { title: 'Rotation', inputs: ['console-org-id', 'credential-id', 'delete-old-secret'] },
  {
    title: 'Network and limits',
    inputs: [
      'ims-endpoint',
      'analytics-endpoint',
      'console-endpoint',
      'timeout-seconds',
      'max-attempts',
    ],
  },
];

/** The input the command stands for. */
export const COMMAND_INPUT = 'mode';

export const envName = (input: string) => `ADOBE_${input.replace(/-/g, '_').toUpperCase()}`;

export const isSecret = (input: string) => (SECRET_INPUTS as readonly string[]).includes(input);

/** What the CLI offers of action.yml's inputs. */
export const CLI_INPUTS: readonly ActionInput[] = ACTION_INPUTS.filter(
  (input) => input.name !== COMMAND_INPUT && !GITHUB_ONLY_INPUTS.includes(input.name),
);

/** Inputs given as --flags; secrets are only read from the environment. */
export const FLAG_INPUTS: readonly string[] = CLI_INPUTS.filter(
  (input) => !isSecret(input.name),
).map((input) => input.name);

/** Flags of the CLI itself, not inputs: what --help says about each, and its value. */
export const CLI_FLAGS = {
  'private-key-file': {
    value: '<path>',
    description: 'jwt only: read the private key from this file instead of ADOBE_PRIVATE_KEY.',
  },
  'output-file': {
    value: '<path>',
    description:
      'print only: write the full command(s) to this new file (mode 0600; refused if it exists or is a link). Needed when stdout is not a terminal, so the secret never lands in a CI log.',
  },
  json: {
    value: undefined,
    description:
      'Print one JSON result on stdout (checks, outputs, warnings, errors); the log goes to stderr. print then gives only the redacted command.',
  },
  help: { value: undefined, description: 'Show this help (the command help does too).' },
  version: { value: undefined, description: 'Show the version.' },
} as const satisfies Record<string, { value: string | undefined; description: string }>;

export const SHORT_FLAGS: Readonly<Record<string, keyof typeof CLI_FLAGS>> = {
  h: 'help',
  V: 'version',
};

/** The CLI's words for an input: a flag, an environment variable, or the command. */
export const CLI_NAMING: InputNaming = (input, value) => {
  if (input === COMMAND_INPUT) return value === undefined ? 'the command' : `the ${value} command`;
  if (isSecret(input)) return value === undefined ? envName(input) : `${envName(input)}=${value}`;
  return value === undefined ? `--${input}` : `--${input} ${value}`;
};
