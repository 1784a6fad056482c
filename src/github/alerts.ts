// Scheduled credential health: one GitHub issue carrying the alert label is opened (or
// updated) while checks fail, and commented on and closed once they pass again.
import type { BoundedFetch } from '../common/bounded-fetch.js';
import type { Check } from '../common/checks.js';
import type { Host } from '../common/host.js';
import { markdownCell } from '../common/markdown.js';
import { sanitise } from '../common/sanitise.js';
import type { AlertSettings } from '../inputs/settings.js';
import { CREATED_ISSUE, describeAlertFailure, ISSUE_LIST, readGitHub } from './answers.js';
import { type AlertTarget, alertTarget, type Env } from './event.js';
import { createOctokit, splitRepository } from './octokit.js';

export interface AlertRequest extends AlertTarget {
  checks: Check[];
  /** GitHub is reached through it: the proxy variables and the run's deadline apply. */
  fetch: typeof globalThis.fetch;
  /** Everything sent to GitHub goes through it: an issue must never carry a secret. */
  redact: (text: string) => string;
  warn: (message: string) => void;
}

export const ALERT_TITLE = 'Adobe Analytics connector credentials need attention';
/** Marks the issues this action writes, so it never edits or closes anyone else's. */
export const ALERT_MARKER = '<!-- campaign-analytics-credentials: alert issue -->';
const MAX_PAGES = 10;

/** Failures, and a certificate about to expire: what a scheduled check exists to catch. */
export function alertRows(checks: Check[]): Check[] {
  return checks.filter(
    (c) => c.status === 'fail' || (c.status === 'warn' && c.id === 'certificate-expiry'),
  );
}

// GitHub issue bodies are Markdown too, but keep each row on one line.
const cell = (text: string) => markdownCell(text, ' ');

/** The issue body (pure, for tests). */
export function alertBody(checks: Check[], runUrl: string | undefined, now: Date): string {
  const rows = alertRows(checks);
  const warnings = checks.filter((c) => c.status === 'warn' && !rows.includes(c));
  const lines = [
    `The scheduled check of the Adobe Campaign Analytics connector credentials found ${rows.length} problem${rows.length === 1 ? '' : 's'} on ${now.toISOString()}${runUrl ? ` in [this run](${runUrl})` : ''}.`,
    '',
    '| Check | Status | What was found and what to change |',
    '| --- | --- | --- |',
    ...rows.map((c) => `| ${cell(c.id)} | ${c.status} | ${cell(c.message)} |`),
  ];
  if (warnings.length > 0) {
    lines.push(
      '',
      'Warnings:',
      '',
      ...warnings.map((c) => `- **${cell(c.id)}**: ${cell(c.message)}`),
    );
  }
  lines.push(
    '',
    'This issue is updated by each failing run and closed when the checks pass again.',
    ALERT_MARKER,
  );
  return lines.join('\n');
}

/** Brings the alert issue in line with this run's checks; returns what it did. */
export async function syncAlertIssue(request: AlertRequest): Promise<string> {
  const { owner, repo } = splitRepository(request.repository);
  // Octokit's warnings are shown, redacted; nothing else of its log.
  const octokit = createOctokit({
    token: request.token,
    apiUrl: request.apiUrl,
    fetch: request.fetch,
    warn: (m) => request.warn(request.redact(sanitise(m))),
  });
  // Ours only: the label alone could also sit on an issue people wrote. GitHub drops
  // labels silently when the token may not set them, so the search without the label
  // still finds an issue this action opened.
  const findOpen = async (labels?: string) => {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels,
      state: 'open',
      per_page: 100,
    });
    let pagesRead = 0;
    for await (const { data } of pages) {
      const issues = readGitHub(ISSUE_LIST, data, 'the issue list');
      const ours = issues.find(
        (issue) => !issue.pull_request && issue.body?.includes(ALERT_MARKER),
      );
      if (ours || ++pagesRead >= MAX_PAGES) return ours;
    }
    return undefined;
  };
  const open = (await findOpen(request.label)) ?? (await findOpen());
  const failing = alertRows(request.checks).length > 0;

  if (failing) {
    const body = request.redact(alertBody(request.checks, request.runUrl, new Date()));
    if (open) {
      await octokit.rest.issues.update({ owner, repo, issue_number: open.number, body });
      return `updated alert issue #${open.number}`;
    }
    const { data } = await octokit.rest.issues.create({
      owner,
      repo,
      title: ALERT_TITLE,
      body,
      labels: [request.label],
    });
    const created = readGitHub(CREATED_ISSUE, data, 'the new issue');
    const labelled = created.labels.includes(request.label);
    if (!labelled) {
      request.warn(
        `GitHub did not set the label ${request.label} on the alert issue (the token may not set labels); the issue is found by its marker instead.`,
      );
    }
    return `opened alert issue #${created.number}`;
  }
  if (!open) return 'no open alert issue; nothing to do';
  const passed = request.redact(
    `All checks pass again${request.runUrl ? ` in [this run](${request.runUrl})` : ''}; closing.`,
  );
  await octokit.rest.issues.createComment({ owner, repo, issue_number: open.number, body: passed });
  await octokit.rest.issues.update({
    owner,
    repo,
    issue_number: open.number,
    state: 'closed',
    state_reason: 'completed',
  });
  return `closed alert issue #${open.number}`;
}

/**
 * Syncs the issue on scheduled and manual runs and logs the result; a GitHub failure
 * warns but never fails the run.
 */
export async function updateAlertIssue(
  host: Host,
  env: Env,
  alert: AlertSettings,
  checks: Check[],
  http: BoundedFetch,
): Promise<void> {
  const target = alertTarget(env, alert);
  if (typeof target === 'string') {
    host.notice(target, { title: 'Alert issue' });
    return;
  }
  try {
    const done = await syncAlertIssue({
      ...target,
      checks,
      fetch: http.fetch,
      redact: (text) => host.redact(text),
      warn: (message) => host.warning(message, { title: 'Alert issue' }),
    });
    host.info(`Alert: ${done}.`);
  } catch (error) {
    host.warning(
      `Could not update the alert issue labelled ${target.label}: ${describeAlertFailure(error)}`,
      { title: 'Alert issue' },
    );
  }
}
