// Runs the bundled action exactly as the runner does: `node dist/main/index.js` with
// INPUT_* variables and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, then
// `node dist/post/index.js` with the saved state as STATE_* variables. The CLI is
// `node dist/cli/index.js`. Work folders come from tools/temp.ts and go with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { makeTempDir } from './temp.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const FAKE_BIN = join(ROOT, 'tools/fake-nlserver');
/** The runner uses Node 24; CI points ACTION_NODE at it. */
export const NODE = process.env.ACTION_NODE || process.execPath;

export interface StepResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ActionRun extends StepResult {
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  post: StepResult;
  /** Raw file-command files and the run's RUNNER_TEMP, for leak searches. */
  files: { output: string; state: string; summary: string; runnerTemp: string };
  nlserverCalls: { args: string[]; envNames: string[]; pid: number }[];
  /** Names of files left in RUNNER_TEMP after the post step. */
  leftoverFiles: string[];
}

export interface RunOptions {
  env?: Record<string, string>;
  skipPost?: boolean;
}

/** Parses `name<<delimiter\nvalue\ndelimiter` file commands. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) result[match[1] as string] = match[3] as string;
  return result;
}

/** Runs one of the bundled entry points with Node, capturing its output. */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<StepResult> {
  return capture(NODE, [join(ROOT, script), ...args], { env, cwd: ROOT });
}

/** Runs a command to its end, capturing its output. */
export function capture(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; shell?: boolean },
): Promise<StepResult> {
  return new Promise((resolveStep, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolveStep({ exitCode: code ?? -1, stdout, stderr }));
  });
}

export const ENTRY = {
  main: 'dist/main/index.js',
  post: 'dist/post/index.js',
  cli: 'dist/cli/index.js',
} as const;

/** The run's own temporary folder, when the test setup gave it one. */
const temporaryFolder = (): Record<string, string> =>
  process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {};
// Windows cannot open a socket or find its temp folder without these.
const WINDOWS_ESSENTIALS = ['SystemRoot', 'windir', 'TEMP', 'TMP', 'USERPROFILE', 'PATHEXT'];

/** The CLI with a clean environment (PATH and HOME only, plus `env`). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<StepResult> {
  const windows =
    process.platform === 'win32'
      ? Object.fromEntries(
          WINDOWS_ESSENTIALS.flatMap((name) =>
            process.env[name] ? [[name, process.env[name]]] : [],
          ),
        )
      : {};
  return runNode(ENTRY.cli, args, {
    ...windows,
    PATH: `${FAKE_BIN}${delimiter}${process.env.PATH ?? ''}`,
    HOME: tmpdir(),
    ...temporaryFolder(),
    ...env,
  });
}

export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

export async function runAction(
  inputs: Record<string, string>,
  options: RunOptions = {},
): Promise<ActionRun> {
  const work = makeTempDir('action-run');
  const runnerTemp = mkdtempSync(join(work, 'runner-temp-'));
  const files = {
    output: join(work, 'output'),
    state: join(work, 'state'),
    summary: join(work, 'summary'),
    runnerTemp,
  };
  for (const file of [files.output, files.state, files.summary]) writeFileSync(file, '');
  const nlserverLog = join(work, 'nlserver.log');
  const base: Record<string, string> = {
    PATH: `${FAKE_BIN}${delimiter}${process.env.PATH ?? ''}`,
    HOME: work,
    ...temporaryFolder(),
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    FAKE_NLSERVER_LOG: nlserverLog,
    ...options.env,
  };
  const main = await runNode(ENTRY.main, [], { ...base, ...inputEnv(inputs) });
  const state = parseFileCommands(readFileSync(files.state, 'utf8'));

  let post: StepResult = { exitCode: 0, stdout: '', stderr: '' };
  if (!options.skipPost) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    post = await runNode(ENTRY.post, [], { ...base, ...inputEnv(inputs), ...stateEnv });
  }
  let nlserverCalls: ActionRun['nlserverCalls'] = [];
  try {
    nlserverCalls = readFileSync(nlserverLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } catch {
    // nlserver never ran
  }
  return {
    ...main,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    state,
    summary: readFileSync(files.summary, 'utf8'),
    post,
    files,
    nlserverCalls,
    leftoverFiles: readdirSync(runnerTemp),
  };
}

/** The runner consumes ::add-mask:: lines (they carry the secret by design). */
function withoutMaskCommands(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Every piece of text a run left behind: logs, file commands, leftover temp files. */
export function everythingWritten(run: ActionRun): string {
  const leftovers = run.leftoverFiles.map((name) =>
    readFileSync(join(run.files.runnerTemp, name), 'utf8'),
  );
  return [
    withoutMaskCommands(run.stdout),
    run.stderr,
    withoutMaskCommands(run.post.stdout),
    run.post.stderr,
    readFileSync(run.files.output, 'utf8'),
    readFileSync(run.files.state, 'utf8'),
    run.summary,
    ...leftovers,
  ].join('\n');
}
