// --help, made from action.yml's descriptions (src/cli/action-inputs.ts) and grouped by
// purpose, each option with its environment variable. Pure.
import { MODES } from '../inputs/catalogue.js';
import { ACTION_DESCRIPTION, ACTION_INPUTS, type ActionInput } from './action-inputs.js';
import { PROGRAM } from './args.js';
import {
  CLI_FLAGS,
  CLI_INPUTS,
  COMMAND_INPUT,
  envName,
  HELP_GROUPS,
  isSecret,
  SHORT_FLAGS,
} from './options.js';

const WIDTH = 80;
const DESCRIPTION_INDENT = '      ';

/** Words wrapped to the width, each line indented. */
export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > WIDTH) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

function inputEntry(input: ActionInput): string {
  const boolean = input.default === 'true' || input.default === 'false';
  const head = isSecret(input.name)
    ? `  ${envName(input.name)}  (environment only${input.required ? ', required' : ''})`
    : `  --${input.name} ${boolean ? '<true|false>' : '<value>'}${input.required ? '  (required)' : ''}`;
  const facts = [
    input.description,
    ...(isSecret(input.name) ? [] : [`Environment: ${envName(input.name)}.`]),
    ...(input.default === undefined ? [] : [`Default: ${input.default}.`]),
  ];
  return `${head}\n${wrap(facts.join(' '), DESCRIPTION_INDENT)}`;
}

function flagEntry(name: keyof typeof CLI_FLAGS): string {
  const { value, description } = CLI_FLAGS[name];
  const short = Object.entries(SHORT_FLAGS).find(([, long]) => long === name)?.[0];
  const head = `  ${short ? `-${short}, ` : ''}--${name}${value ? ` ${value}` : ''}`;
  return `${head}\n${wrap(description, DESCRIPTION_INDENT)}`;
}

export function renderHelp(): string {
  const byName = new Map(CLI_INPUTS.map((input) => [input.name, input]));
  const mode = ACTION_INPUTS.find((input) => input.name === COMMAND_INPUT);
  const sections = [
    `Usage: ${PROGRAM} <${MODES.join('|')}> [options]\n       ${PROGRAM} --help | --version`,
    wrap(ACTION_DESCRIPTION, ''),
    `Commands (mode in the GitHub Action):\n${wrap(mode?.description ?? '', '  ')}\n${wrap(
      'From the CLI, print shows the full command on a terminal; elsewhere it needs --output-file (or --json for the redacted command only).',
      '  ',
    )}`,
    wrap(
      "Every option can also be set as the environment variable named with it; a flag wins over its variable. Secrets are read only from the environment, never from flags, which show in process lists: set ADOBE_CLIENT_SECRET (and for jwt ADOBE_PRIVATE_KEY) from your CI system's secret store.",
      '',
    ),
  ];
  for (const group of HELP_GROUPS) {
    const entries = group.inputs.flatMap((name) => {
      const input = byName.get(name);
      if (!input) return [];
      // The key file sits with the key it replaces.
      return name === 'private-key'
        ? [inputEntry(input), flagEntry('private-key-file')]
        : [inputEntry(input)];
    });
    if (entries.length > 0) sections.push(`${group.title}:\n${entries.join('\n')}`);
  }
  sections.push(
    `Output and help:\n${(['output-file', 'json', 'help', 'version'] as const).map(flagEntry).join('\n')}`,
    wrap(
      'Exit codes: 0 all checks passed, 1 a check or nlserver failed, 2 usage or input error (nothing was sent to Adobe).',
      '',
    ),
  );
  return `${sections.join('\n\n')}\n`;
}
