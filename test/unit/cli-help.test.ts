// --help is generated from action.yml: the module it is made from must match a fresh
// rendering, and every input must have a place in it (a help group, the command, or
// GitHub-only) so that a new input of action.yml cannot slip past the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CLI_MODULE, packageVersion, renderCliModule } from '../../scripts/action-docs.js';
import { renderHelp } from '../../src/cli/help.js';
import {
  CLI_INPUTS,
  COMMAND_INPUT,
  envName,
  GITHUB_ONLY_INPUTS,
  HELP_GROUPS,
  isSecret,
} from '../../src/cli/options.js';
import { ROOT } from '../../tools/runner.js';

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const action = parse(actionYml) as { inputs: Record<string, { description: string }> };

describe('CLI help', () => {
  it(`${CLI_MODULE} is generated from action.yml and package.json (run npm run docs)`, () => {
    expect(readFileSync(join(ROOT, CLI_MODULE), 'utf8')).toBe(
      renderCliModule(actionYml, packageVersion()),
    );
  });

  it('gives every input of action.yml a help group, unless it is the command or GitHub-only', () => {
    const grouped = HELP_GROUPS.flatMap((group) => group.inputs);
    expect(grouped.length).toBe(new Set(grouped).size);
    const homeless = Object.keys(action.inputs).filter(
      (name) =>
        name !== COMMAND_INPUT && !GITHUB_ONLY_INPUTS.includes(name) && !grouped.includes(name),
    );
    expect(homeless).toEqual([]);
    expect(GITHUB_ONLY_INPUTS.filter((name) => grouped.includes(name))).toEqual([]);
    // and names no input that action.yml does not declare
    expect(grouped.filter((name) => !(name in action.inputs))).toEqual([]);
  });

  it('shows each input with its description from action.yml and its environment variable', () => {
    const help = renderHelp();
    const flat = help.replace(/\s+/g, ' ');
    for (const input of CLI_INPUTS) {
      expect(help).toContain(
        isSecret(input.name)
          ? `\n  ${envName(input.name)}  (environment only`
          : `\n  --${input.name} <`,
      );
      expect(flat).toContain(input.description.replace(/\s+/g, ' '));
      if (!isSecret(input.name)) expect(flat).toContain(`Environment: ${envName(input.name)}.`);
    }
    for (const name of GITHUB_ONLY_INPUTS) expect(help).not.toContain(`--${name}`);
    expect(help).toContain('ADOBE_CLIENT_SECRET');
    expect(help).toContain('ADOBE_PRIVATE_KEY');
  });

  it('keeps every line within 80 columns, except a default that cannot be broken', () => {
    const long = renderHelp()
      .split('\n')
      .filter((line) => line.length > 80 && !/^ {6}\S{75,}$/.test(line));
    expect(long).toEqual([]);
  });
});
