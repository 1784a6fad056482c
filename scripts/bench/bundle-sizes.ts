// Each entry's bundle: its start file (what every run parses) and everything it may load,
// and how many copies of undici dist/ holds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tools/runner.js';

const ENTRIES = ['main', 'post', 'cli'] as const;
// Defined once in undici's sources: one occurrence per bundled copy.
const UNDICI_MARKER = 'class EnvHttpProxyAgent';

export function bundleFigures() {
  return ENTRIES.map((entry) => {
    const dir = join(ROOT, 'dist', entry);
    const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
    const texts = files.map((file) => readFileSync(join(dir, file), 'utf8'));
    return {
      entry: `dist/${entry}`,
      'start file bytes': statSync(join(dir, 'index.js')).size,
      'lazy chunks': files.length - 1,
      'total bytes': files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0),
      'undici copies': texts.reduce((sum, text) => sum + text.split(UNDICI_MARKER).length - 1, 0),
    };
  });
}
