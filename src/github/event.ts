// What the workflow event says about secrets: runs that hold secrets next to untrusted
// code, and runs where GitHub withholds them (the usual cause of an empty secret input).
import { readFileSync } from 'node:fs';
import type { AlertSettings } from '../inputs/settings.js';

export type Env = Record<string, string | undefined>;

interface PullRequestEvent {
  pull_request?: {
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

function readEvent(env: Env): PullRequestEvent {
  try {
    return env.GITHUB_EVENT_PATH
      ? (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent)
      : {};
  } catch {
    return {};
  }
}

export function eventWarnings(env: Env): string[] {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target') return [];
  return [
    'This workflow runs on pull_request_target, which gives it your secrets while it may check out code from a fork. Check Adobe credentials on push, schedule or workflow_dispatch, or make sure no code from the pull request runs in this job.',
  ];
}

/** Said after the error for an empty secret input when the event does not explain it. */
export const EMPTY_SECRET_HINT =
  'If it is set from a secret, the secret may be missing in this repository or environment, or unavailable to this event (secrets are not passed to workflows triggered from forks).';

/** Why secret inputs are probably empty in this run, if the event explains it. */
export function secretsUnavailableReason(env: Env): string | undefined {
  if (env.GITHUB_ACTOR === 'dependabot[bot]') {
    return 'This run was triggered by Dependabot, which only receives Dependabot secrets: add the Adobe secrets under Settings > Secrets > Dependabot, or skip this step for Dependabot.';
  }
  if (env.GITHUB_EVENT_NAME !== 'pull_request') return undefined;
  const pr = readEvent(env).pull_request;
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  if (head && base && head !== base) {
    return `This run was triggered by a pull request from the fork ${head}; GitHub does not pass secrets to it, so the secret inputs are empty. Skip this step for forks (if: github.event.pull_request.head.repo.full_name == github.repository).`;
  }
  return undefined;
}

export interface AlertTarget {
  label: string;
  token: string;
  apiUrl: string;
  /** owner/repo */
  repository: string;
  runUrl: string | undefined;
}

const ALERT_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/** Where the alert issue lives, or why this run does not touch it. */
export function alertTarget(env: Env, alert: AlertSettings): AlertTarget | string {
  const event = env.GITHUB_EVENT_NAME ?? '';
  if (!ALERT_EVENTS.has(event) || !env.GITHUB_REPOSITORY) {
    return `alert-issue applies to scheduled and manual (workflow_dispatch) runs in a repository; skipped for ${event ? `the ${event} event` : 'this run'}.`;
  }
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    label: alert.label,
    token: alert.token,
    apiUrl: alert.apiUrl || env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
    runUrl: env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined,
  };
}
