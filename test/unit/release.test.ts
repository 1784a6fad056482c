// The package as it is released: one version in package.json, the CHANGELOG, the release
// notes and the docs; an MIT licence; no runtime dependencies; the Node versions the
// bundles need; and the Marketplace metadata of action.yml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../tools/runner.js';

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  engines: { node: string };
  devEngines?: unknown;
  dependencies?: Record<string, string>;
  files: string[];
};
const major = pkg.version.split('.')[0];
const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') || file.endsWith('.yml'))
    .map((file) => join('docs', file)),
  ...readdirSync(join(ROOT, '.github/workflows')).map((file) => join('.github/workflows', file)),
];

describe('release', () => {
  it('has one version: package.json, the top CHANGELOG entry and the release notes', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    const top = /^## \[(\d+\.\d+\.\d+)\]/m.exec(read('CHANGELOG.md'))?.[1];
    expect(top).toBe(pkg.version);
    const notes = `docs/release-notes/v${pkg.version}.md`;
    expect(existsSync(join(ROOT, notes))).toBe(true);
    expect(read(notes).split('\n')[0]).toBe(`# campaign-analytics-credentials v${pkg.version}`);
  });

  it('points the docs at the current major version only', () => {
    for (const file of docs) {
      const text = read(file);
      for (const [use] of text.matchAll(/campaign-analytics-credentials@v?\d+/g))
        expect([file, use]).toEqual([file, expect.stringMatching(new RegExp(`@v?${major}$`))]);
    }
  });

  it('is MIT licensed, with the licence text shipped', () => {
    expect(pkg.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
  });

  it('needs nothing at run time: the bundles are self-contained', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['dist/cli', 'CHANGELOG.md']);
  });

  it('asks for the Node versions the README names', () => {
    const readme = read('README.md');
    expect(pkg.engines.node).toBe('>=20.19');
    expect(readme).toContain('Node.js 20.19 or later');
    // The same floor for working on the repository: vitest, vite and local-action need 20.19.
    expect(pkg.devEngines).toBeUndefined();
    expect(read('.node-version').trim()).toBe('24');
  });
});

describe('action.yml Marketplace metadata', () => {
  const action = parse(read('action.yml')) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
  };

  it('has a name, a description of at most 125 characters and branding', () => {
    expect(action.name.trim().length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125);
    // The colours GitHub offers; the icon is one of the Feather icons it supports.
    expect([
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ]).toContain(action.branding.color);
    expect(action.branding.icon).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});
