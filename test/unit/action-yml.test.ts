import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUTH_KINDS } from '../../src/credentials/kinds.js';
import { INPUT_DEFAULTS, INPUT_NAMES, SECRET_INPUTS } from '../../src/inputs/catalogue.js';
import { parseInputs } from '../../src/inputs/rules.js';
import { ENTRY, ROOT } from '../../tools/runner.js';

interface ActionYml {
  runs: { using: string; main: string; post: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(ROOT, 'src', file), 'utf8'))
  .join('\n');

describe('action.yml', () => {
  it('runs on node24 with the committed bundles: main and post each their own entry', () => {
    expect(action.runs).toEqual({ using: 'node24', main: ENTRY.main, post: ENTRY.post });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'campaign-analytics-credentials': ENTRY.cli });
  });

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries({ ...action.inputs, ...action.outputs })) {
      expect(input.description, name).toMatch(/\w{3}/);
    }
  });

  it('has the same defaults as the code', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        // Expressions such as ${{ github.token }} are the runner's to fill in.
        .filter(
          ([, input]) => input.default !== undefined && !String(input.default).startsWith('${{'),
        )
        .map(([name, input]) => [name, String(input.default)]),
    );
    expect(declared).toEqual(INPUT_DEFAULTS);
  });

  it('declares exactly the inputs the code reads and the outputs it sets', () => {
    // The job reads every secret input to mask it, whatever parseInputs needs; each
    // credential kind reads its own inputs.
    const read = new Set<string>(SECRET_INPUTS);
    for (const auth of AUTH_KINDS) {
      parseInputs((name) => {
        read.add(name);
        return name === 'auth' ? auth : '';
      });
    }
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
    expect([...INPUT_NAMES]).toEqual(Object.keys(action.inputs));
    const set = new Set([...sources.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]));
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
