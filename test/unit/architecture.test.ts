// The layout is part of the design: docs/architecture.md's diagram must match the
// imports, no module may import itself back, and no source file grows past its concern.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/runner.js';

const SRC = join(ROOT, 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(SRC, file));

/** The diagram's node for a source file: its top folder; main.ts and post.ts are the action. */
function layerOf(file: string): string {
  const [top, ...rest] = relative(SRC, file).split(/[\\/]/);
  return rest.length === 0 ? 'action' : (top as string);
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'))),
  );
}

function codeEdges(): string[] {
  const edges = new Set<string>();
  for (const file of files) {
    for (const target of importsOf(file)) {
      const [from, to] = [layerOf(file), layerOf(target)];
      if (from !== to) edges.add(`${from} --> ${to}`);
    }
  }
  return [...edges].sort();
}

function diagramEdges(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const block = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return [...block.matchAll(/^\s*(\w+)(?:\[[^\]]*\])?\s*-->\s*(\w+)/gm)]
    .map((m) => `${m[1]} --> ${m[2]}`)
    .sort();
}

describe('architecture', () => {
  it('docs/architecture.md draws exactly the layer imports of src/', () => {
    expect(diagramEdges()).toEqual(codeEdges());
  });

  it('has no import cycle between modules', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...path.slice(path.indexOf(file)), file].map((f) => relative(SRC, f)).join(' → '),
        );
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every TypeScript file (source, tools, tests, scripts) at about 250 lines or fewer', () => {
    const everyFile = ['src', 'tools', 'test', 'scripts'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => join(ROOT, folder, file)),
    );
    expect(everyFile.length).toBeGreaterThan(files.length);
    const long = everyFile
      .map((file) => [relative(ROOT, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 260);
    expect(long).toEqual([]);
  });
});
