// Builds one ncc bundle per entry (ncc takes one entry per run), each into its own
// folder of dist/, and prints their sizes.
//   npm run bundle
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ENTRIES = {
  main: 'src/entry/action-main.ts',
  post: 'src/entry/action-post.ts',
  cli: 'src/entry/cli.ts',
} as const;

const root = join(import.meta.dirname, '..');
// ncc's own script run by this Node: node_modules/.bin/ncc is a shell script, which Windows
// cannot start without a shell.
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

rmSync(join(root, 'dist'), { recursive: true, force: true });
for (const [name, entry] of Object.entries(ENTRIES)) {
  const out = join('dist', name);
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', entry, '-o', out, '--target', 'es2022', '--no-source-map-register', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
  const files = readdirSync(join(root, out)).filter((file) => file.endsWith('.js'));
  const bytes = files.reduce((sum, file) => sum + statSync(join(root, out, file)).size, 0);
  const start = statSync(join(root, out, 'index.js')).size;
  console.log(`dist/${name}: start file ${start} bytes, ${files.length} files, ${bytes} bytes`);
}
