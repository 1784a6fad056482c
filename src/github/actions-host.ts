// The GitHub Actions runner protocol (workflow commands on stdout, file commands for
// outputs/state/summary), implemented directly rather than through @actions/core:
// core's import graph pulls in undici, which triples start-up time for a run that
// only has to reject a bad input. Everything written goes through the redactor, so no
// secret depends on the runner's masking alone.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { Annotation, Host } from '../common/host.js';
import type { Redactor } from '../common/redact.js';

type Env = Record<string, string | undefined>;

export function readActionInput(env: Env, name: string): string {
  return env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function saveState(env: Env, name: string, value: string): void {
  const file = env.GITHUB_STATE;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

export function createActionsHost(
  redactor: Redactor,
  env: Env = process.env,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Host {
  const command = (name: string, message: string, annotation?: Annotation) => {
    const title = annotation?.title
      ? ` title=${escapeData(redactor.redact(annotation.title)).replace(/:/g, '%3A').replace(/,/g, '%2C')}`
      : '';
    write(`::${name}${title}::${escapeData(redactor.redact(message))}${EOL}`);
  };

  const appendFileCommand = (variable: string, key: string, value: string) => {
    const file = env[variable];
    const safe = redactor.redact(value);
    if (!file) {
      // Outside a runner (or an old one) there is nowhere to write: show it instead.
      write(`${key}=${safe}${EOL}`);
      return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${key}<<${delimiter}${EOL}${safe}${EOL}${delimiter}${EOL}`, 'utf8');
  };

  const isDebug = env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true';
  return {
    isDebug,
    mask(value, label) {
      if (value.trim() === '') return;
      redactor.add(value, label ? `<${label}>` : undefined);
      // The runner masks a multi-line secret as a whole and line by line.
      write(`::add-mask::${escapeData(value)}${EOL}`);
    },
    redact: (text) => redactor.redact(text),
    debug: (message) => command('debug', message),
    info: (message) => write(`${redactor.redact(message)}${EOL}`),
    step: (message) => write(`${redactor.redact(message)}…${EOL}`),
    notice: (message, annotation) => command('notice', message, annotation),
    warning: (message, annotation) => command('warning', message, annotation),
    error: (message, annotation) => command('error', message, annotation),
    async group(title, body) {
      write(`::group::${escapeData(redactor.redact(title))}${EOL}`);
      try {
        return await body();
      } finally {
        write(`::endgroup::${EOL}`);
      }
    },
    setOutput: (name, value) => appendFileCommand('GITHUB_OUTPUT', name, value),
    async appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (file) appendFileSync(file, `${redactor.redact(markdown)}${EOL}`, 'utf8');
    },
    fail(message, annotation) {
      process.exitCode = 1;
      command('error', message, annotation);
    },
  };
}
