// The README's input and output tables, generated from action.yml so they cannot drift
// (test/unit/readme.test.ts fails when the README differs from this rendering).
//   npm run docs   rewrites the tables between the markers in README.md
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const cell = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

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

if (process.argv[1]?.endsWith('action-docs.ts')) {
  const root = join(import.meta.dirname, '..');
  const readmePath = join(root, 'README.md');
  const tables = renderTables(readFileSync(join(root, 'action.yml'), 'utf8'));
  writeFileSync(readmePath, withTables(readFileSync(readmePath, 'utf8'), tables));
  console.log('README.md tables regenerated from action.yml');
}
