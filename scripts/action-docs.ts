// Everything generated from action.yml, so that nothing can drift from it:
// - the README's input and output tables (test/unit/readme.test.ts);
// - src/cli/action-inputs.ts, the inputs and descriptions the CLI's flags and --help are
//   made from, since the CLI bundle cannot read action.yml at run time, and the package
//   version for --version (test/unit/cli-help.test.ts).
//   npm run docs   rewrites both
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const ROOT = join(import.meta.dirname, '..');
export const CLI_MODULE = 'src/cli/action-inputs.ts';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionYml;
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, input]) =>
        `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${input.default === undefined ? '' : `\`${cell(String(input.default))}\``} | ${cell(input.description)} |`,
    ),
  ].join('\n');
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
    ),
  ].join('\n');
  return { inputs, outputs };
}

export function withTables(readme: string, tables: { inputs: string; outputs: string }): string {
  let result = readme;
  for (const [name, table] of Object.entries(tables)) {
    const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!pattern.test(result))
      throw new Error(`README.md lacks the <!-- ${name}:start/end --> markers`);
    result = result.replace(
      pattern,
      (_match, start: string, end: string) => `${start}\n${table}\n${end}`,
    );
  }
  return result;
}

/** src/cli/action-inputs.ts for this action.yml and package version, formatted by biome. */
export function renderCliModule(actionYml: string, version: string): string {
  const action = parse(actionYml) as ActionYml;
  const inputs = Object.entries(action.inputs).map(([name, input]) => ({
    name,
    description: oneLine(input.description),
    required: input.required === true,
    // A default such as ${{ github.token }} is the runner's to fill in.
    ...(input.default === undefined || String(input.default).startsWith('${{')
      ? {}
      : { default: String(input.default) }),
  }));
  const source = `// Generated from action.yml and package.json by \`npm run docs\`: do not edit.
// The CLI's flags and --help come from here (its bundle cannot read action.yml at run time);
// test/unit/cli-help.test.ts fails when this file differs from a fresh rendering.

export interface ActionInput {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

export const VERSION = ${JSON.stringify(version)};

export const ACTION_DESCRIPTION = ${JSON.stringify(oneLine(action.description))};

export const ACTION_INPUTS: readonly ActionInput[] = ${JSON.stringify(inputs)};
`;
  const biome = join(ROOT, 'node_modules/@biomejs/biome/bin/biome');
  const formatted = spawnSync(
    process.execPath,
    [biome, 'format', `--stdin-file-path=${CLI_MODULE}`],
    {
      cwd: ROOT,
      input: source,
      encoding: 'utf8',
    },
  );
  if (formatted.status !== 0) throw new Error(`biome format failed: ${formatted.stderr}`);
  return formatted.stdout;
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}

if (process.argv[1]?.endsWith('action-docs.ts')) {
  const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const readmePath = join(ROOT, 'README.md');
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), renderTables(actionYml)));
  writeFileSync(join(ROOT, CLI_MODULE), renderCliModule(actionYml, packageVersion()));
  console.log(`README.md tables and ${CLI_MODULE} regenerated from action.yml`);
}
