// The job summary and the step outputs: what was checked and what was configured,
// never a secret (commands carry placeholders).
import type { Check, CheckStatus } from '../common/checks.js';
import { markdownCell } from '../common/markdown.js';

const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warn: '⚠️ warn',
  skip: '⏭️ skip',
};

const cell = (text: string) => markdownCell(text);

export interface RunReport {
  mode: string;
  credentialLabel: string;
  checks: Check[];
  tokenExpiresAt: Date | undefined;
  instances: { instance: string; command: string; result: string }[];
}

export function summaryMarkdown(report: RunReport): string {
  const lines = [
    '### Adobe Analytics connector credentials',
    '',
    `Mode: **${report.mode}** · credential: **${report.credentialLabel}**` +
      (report.tokenExpiresAt ? ` · token valid until ${report.tokenExpiresAt.toISOString()}` : ''),
    '',
    '| Check | Status | Details |',
    '| --- | --- | --- |',
    ...report.checks.map(
      (c) => `| ${cell(c.id)} | ${STATUS_LABEL[c.status]} | ${cell(c.message)} |`,
    ),
  ];
  if (report.instances.length > 0) {
    lines.push('', '| Instance | Command (secrets redacted) | Result |', '| --- | --- | --- |');
    for (const row of report.instances) {
      lines.push(`| ${cell(row.instance)} | \`${cell(row.command)}\` | ${cell(row.result)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function checksOutput(checks: Check[]): string {
  return JSON.stringify(checks.map(({ id, status, message }) => ({ id, status, message })));
}
