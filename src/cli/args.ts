// Command-line arguments of the CLI, read in one pass that collects every usage problem
// instead of stopping at the first: unknown flags (with a suggestion), missing values,
// secrets given as flags, GitHub-only inputs, and the command. Pure.
import { MODES } from '../inputs/catalogue.js';
import type { Mode } from '../inputs/settings.js';
import {
  CLI_FLAGS,
  COMMAND_INPUT,
  envName,
  FLAG_INPUTS,
  GITHUB_ONLY_INPUTS,
  isSecret,
  SHORT_FLAGS,
} from './options.js';
import { closest } from './suggest.js';

export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;
export const PROGRAM = 'campaign-analytics-credentials';

export interface CliRun {
  kind: 'run';
  /** Undefined when missing or unknown (a problem says so). */
  command: Mode | undefined;
  /** Input values given as flags, by input name. */
  values: Record<string, string>;
  json: boolean;
  privateKeyFile: string | undefined;
  outputFile: string | undefined;
  /** Usage problems, in the CLI's words. */
  problems: string[];
}

export type CliRequest = { kind: 'help' } | { kind: 'version' } | CliRun;

type CliFlag = keyof typeof CLI_FLAGS;
const isCliFlag = (name: string): name is CliFlag => Object.hasOwn(CLI_FLAGS, name);
const takesValue = (name: string) => (isCliFlag(name) ? CLI_FLAGS[name].value !== undefined : true);
const KNOWN_FLAGS = [...FLAG_INPUTS, ...Object.keys(CLI_FLAGS)];
const COMMAND_LIST = `${MODES.slice(0, -1).join(', ')} or ${MODES.at(-1)}`;

/** A positional argument, quoted only when it looks like a word (never a pasted secret). */
function shown(argument: string): string {
  return /^[A-Za-z][\w.-]{0,30}$/.test(argument)
    ? `"${argument}"`
    : `an argument of ${argument.length} characters`;
}

/** Why a flag that names an input is not accepted, or undefined when it is. */
function refusal(name: string): string | undefined {
  if (GITHUB_ONLY_INPUTS.includes(name))
    return `--${name} is an input of the GitHub Action only; the CLI has no such option (see --help).`;
  if (isSecret(name))
    return `--${name} is not accepted: flags show in process lists. Set ${envName(name)} instead.`;
  if (name === COMMAND_INPUT)
    return `--${name} is not a flag: give the mode as the command, such as ${PROGRAM} ${MODES[0]}.`;
  return undefined;
}

function unknownFlag(raw: string): string {
  const name = raw.replace(/^-+/, '');
  const suggestion = raw.startsWith('--') ? closest(name, KNOWN_FLAGS) : undefined;
  return `unknown option ${raw}${suggestion ? `: did you mean --${suggestion}?` : '.'} See --help.`;
}

function commandProblem(positionals: string[]): string | undefined {
  const [command, ...extra] = positionals;
  if (command === undefined) return `expected a command: ${COMMAND_LIST} (see ${PROGRAM} --help).`;
  if (!(MODES as readonly string[]).includes(command)) {
    const suggestion = closest(command, MODES);
    return `unknown command ${shown(command)}${suggestion ? `: did you mean ${suggestion}?` : '.'} The commands are ${COMMAND_LIST}.`;
  }
  if (extra.length > 0)
    return `expected one command, got ${extra.length} more argument${extra.length > 1 ? 's' : ''} after ${command}: ${extra.map(shown).join(', ')}. Give lists as one value, such as --instances prod,prod_mkt.`;
  return undefined;
}

/** Reads argv; never throws. */
export function parseArguments(argv: readonly string[]): CliRequest {
  const problems: string[] = [];
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const switches = new Set<CliFlag>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const equals = arg.indexOf('=');
    const flagName = long
      ? arg.slice(2, equals < 0 ? undefined : equals)
      : SHORT_FLAGS[arg.slice(1)];
    const inline = long && equals >= 0 ? arg.slice(equals + 1) : undefined;
    const next = argv[i + 1];
    // A value never starts with a dash here; `--flag=-value` gives one that does.
    const nextIsValue = next !== undefined && !next.startsWith('-');
    if (flagName === undefined || !(KNOWN_FLAGS.includes(flagName) || refusal(flagName))) {
      problems.push(unknownFlag(long && equals >= 0 ? arg.slice(0, equals) : arg));
      // Its value, if any, is not a command: skip it rather than report it twice.
      if (inline === undefined && nextIsValue && !(MODES as readonly string[]).includes(next)) i++;
      continue;
    }
    if (!takesValue(flagName)) {
      if (inline !== undefined) problems.push(`--${flagName} takes no value.`);
      switches.add(flagName as CliFlag);
      continue;
    }
    let value = inline;
    if (value === undefined && nextIsValue) {
      value = next;
      i++;
    }
    const refused = refusal(flagName);
    if (refused) problems.push(refused);
    else if (value === undefined) problems.push(`--${flagName} needs a value. See --help.`);
    // As with most command lines, the last of a repeated flag wins.
    else values[flagName] = value;
  }
  if (switches.has('help') || positionals[0] === 'help') return { kind: 'help' };
  if (switches.has('version')) return { kind: 'version' };

  const commandIssue = commandProblem(positionals);
  if (commandIssue) problems.push(commandIssue);
  const command = (MODES as readonly string[]).includes(positionals[0] ?? '')
    ? (positionals[0] as Mode)
    : undefined;
  const { 'private-key-file': privateKeyFile, 'output-file': outputFile, ...inputs } = values;
  return {
    kind: 'run',
    command,
    values: inputs,
    json: switches.has('json'),
    privateKeyFile,
    outputFile,
    problems,
  };
}
