// A dry-run Adobe for users' own workflows: starts the emulator with a generated
// credential and writes (or prints) the ADOBE_* variables that the CLI reads, also usable
// as the action's inputs. Runs until interrupted. `npm run emulator -- --help` says how.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  credentialInputs,
  generateCredential,
  startEmulator,
} from '../tools/adobe-emulator/index.js';

const ROOT = resolve(import.meta.dirname, '..');

export const HELP = `Usage: npm run emulator -- [--port <n>] [--write-env [<path>]] [--local-action-env <path>]

Starts the local Adobe emulator (IMS and the Analytics 2.0 API, as the tests use it) with a
freshly generated credential, so that a run can be rehearsed without an Adobe account.
Nothing real is contacted. It runs until Ctrl-C.

Options:
  --port <n>                 Port on 127.0.0.1 (default 0: any free port).
  --write-env [<path>]       Write the ADOBE_* variables (the client secret included) to a
                             file, mode 0600, and print how to load it. Without a path, a
                             new folder in the system temp folder is used. A path inside
                             this repository must be one git ignores (such as *.env).
  --local-action-env <path>  Append the same values as INPUT_* lines, the .env that
                             npx @github/local-action run . src/main.ts .env reads.
  -h, --help                 Show this help.

Without --write-env the variables are printed.

The legacy JWT path: the emulator also accepts a JWT exchange signed with the generated
key, given as ADOBE_EMULATOR_PRIVATE_KEY_BASE64 (one line, as base64 -w0 prints a key
file). Pass it as the private key to rehearse a JWT run:
  ADOBE_PRIVATE_KEY="$ADOBE_EMULATOR_PRIVATE_KEY_BASE64" node dist/cli/index.js validate`;

class UsageError extends Error {}

function options() {
  const args = process.argv.slice(2);
  // --write-env takes an optional path: bare, or followed by another option.
  const at = args.indexOf('--write-env');
  if (at >= 0 && (args[at + 1] === undefined || args[at + 1]?.startsWith('-')))
    args.splice(at + 1, 0, '');
  try {
    return parseArgs({
      args,
      options: {
        port: { type: 'string' },
        'write-env': { type: 'string' },
        'local-action-env': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function port(value: string | undefined): number {
  if (value === undefined) return 0;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535; got "${value}".`);
  return number;
}

/** Refuses a path in this repository that git would offer to commit. */
function checkOutsideGit(path: string, flag: string): void {
  const inside = relative(ROOT, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return;
  const git = spawnSync('git', ['check-ignore', '-q', '--', inside], { cwd: ROOT });
  const ignored =
    git.error || git.status === 128 ? /(^|\.)env$/.test(basename(path)) : git.status === 0;
  if (!ignored) {
    throw new UsageError(
      `${flag} ${path} is inside the repository and git does not ignore it, but the file holds a secret: name it *.env, or write it outside the repository (--write-env without a path picks a temp folder).`,
    );
  }
}

function envFilePath(given: string): string {
  if (given !== '') return resolve(given);
  return join(mkdtempSync(join(tmpdir(), 'adobe-emulator-')), 'adobe.env');
}

function loadInstructions(path: string): string {
  const quoted = `'${path.replace(/'/g, `'\\''`)}'`;
  return [
    `ADOBE_* variables written to ${path} (mode 0600). Load them:`,
    `  bash, zsh:   set -a; . ${quoted}; set +a`,
    `  PowerShell:  Get-Content ${quoted} | ForEach-Object { $n, $v = $_ -split '=', 2; Set-Item "env:$n" $v }`,
    `  any shell:   node --env-file=${quoted} dist/cli/index.js validate`,
  ].join('\n');
}

async function main(): Promise<void> {
  const values = options();
  if (values.help) {
    console.log(HELP);
    return;
  }
  const listenOn = port(values.port);
  const writeEnv = values['write-env'] === undefined ? undefined : envFilePath(values['write-env']);
  const localActionEnv = values['local-action-env'] && resolve(values['local-action-env']);
  if (writeEnv) checkOutsideGit(writeEnv, '--write-env');
  if (localActionEnv) checkOutsideGit(localActionEnv, '--local-action-env');

  const emulator = await startEmulator({ port: listenOn }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new UsageError(
        `port ${listenOn} is in use: stop what listens there, or give --port 0 for any free port.`,
      );
    throw error;
  });
  const generated = generateCredential();
  const { credential, privateKeyPem } = generated;
  emulator.addCredential(credential);
  const company = credential.analytics?.companies[0];

  const inputs: Record<string, string> = {
    ...credentialInputs(generated, emulator),
    'global-company-id': company?.globalCompanyId ?? '',
    'report-suites': Object.keys(company?.profile?.reportSuites ?? {}).join(','),
  };
  const variables: Record<string, string> = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `ADOBE_${name.replace(/-/g, '_').toUpperCase()}`,
      value,
    ]),
  );
  // One line, as `base64 -w0 private.key` prints it: only for the legacy JWT dry run.
  variables.ADOBE_EMULATOR_PRIVATE_KEY_BASE64 = Buffer.from(privateKeyPem).toString('base64');

  const lines = (entries: Record<string, string>) =>
    `${Object.entries(entries)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n')}\n`;
  console.log(`Adobe emulator on ${emulator.url} (a dry run: generated credential, nothing real)`);
  if (localActionEnv) {
    const asInputs = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    );
    appendFileSync(localActionEnv, lines(asInputs), { mode: 0o600 });
    console.log(`Inputs for @github/local-action appended to ${localActionEnv}.`);
  }
  if (writeEnv) {
    writeFileSync(writeEnv, lines(variables), { mode: 0o600 });
    chmodSync(writeEnv, 0o600);
    console.log(loadInstructions(writeEnv));
  } else if (!localActionEnv) {
    process.stdout.write(lines(variables));
  }
  console.log('Press Ctrl-C to stop.');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      emulator.close().then(() => process.exit(0));
    });
  }
}

// A user's mistake is one line and exit 2; anything else one line and exit 1, never a stack.
main().catch((error: unknown) => {
  const usage = error instanceof UsageError;
  const message = (error as Error).message.replace(/\.?$/, '.');
  console.error(`error: ${message}${usage ? ' See --help.' : ''}`);
  process.exit(usage ? 2 : 1);
});
