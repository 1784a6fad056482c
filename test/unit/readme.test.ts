import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTables, withTables } from '../../scripts/action-docs.js';
import { ROOT } from '../../tools/runner.js';

describe('README', () => {
  it('has the input and output tables of action.yml (run npm run docs after changing action.yml)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const tables = renderTables(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(readme).toBe(withTables(readme, tables));
  });

  it('links only to troubleshooting entries that exist, each with its own anchor', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const anchors = [...readme.matchAll(/<a id="(t-[a-z-]+)"><\/a>/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(20);
    expect(new Set(anchors).size).toBe(anchors.length);
    const docs = [
      'README.md',
      'docs/ci/gitlab-ci.md',
      'docs/ci/azure-pipelines.md',
      'docs/fleet.md',
    ];
    for (const file of docs) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, anchor] of text.matchAll(/\]\((?:\.\.\/\.\.\/README\.md)?#(t-[a-z-]+)\)/g))
        expect([file, anchors.includes(anchor)]).toEqual([file, true]);
    }
  });

  it('keeps both commands of the quick start', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toContain('\nnpm ci && npm test\n');
  });
});
