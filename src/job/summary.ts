// The job summary, for the person who opens the run page: the verdict first, then what
// to change in Admin Console, a matrix of the report suites, the other checks, what no
// read-only call can prove (collapsed), and the instances with the result first.

import { type Check, type CheckStatus, suiteOf } from '../common/checks.js';
import { inputRef } from '../common/input-ref.js';
import { markdownCell } from '../common/markdown.js';
import { isUnprovable } from './check-groups.js';
import { bounded, type InstanceState, type RunReport, verdict } from './report.js';
import { rotationHeadline, rotationSection } from './rotation-summary.js';

const ICON: Record<CheckStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
const INSTANCE_ICON: Record<InstanceState, string> = { done: '✅', failed: '❌', 'not-run': '–' };

// GitHub drops a job summary over 1 MiB; cells and the whole stay well under it.
const CELL_MAX_CHARS = 1_000;
const SUMMARY_MAX_BYTES = 1_000_000;

/** Matrix columns: the per-suite row kinds, in reading order. */
const COLUMNS: readonly [kind: string, header: string][] = [
  ['report-suite', 'Visible'],
  ['metrics', 'Metrics'],
  ['dimensions', 'Dimensions'],
  ['data-warehouse', 'Data Warehouse'],
  ['data-sources', 'Data sources'],
  ['classifications', 'Classifications'],
  ['campaign-evar', 'Campaign eVar'],
];

const cell = (text: string) => markdownCell(bounded(text, CELL_MAX_CHARS));

function heading(report: RunReport, now: Date): string {
  const hours = report.tokenExpiresAt
    ? (report.tokenExpiresAt.getTime() - now.getTime()) / 3_600_000
    : undefined;
  const lifetime = hours === undefined ? '' : ` · token lifetime ${hours.toFixed(1)} h`;
  // An nlserver failure is the run's outcome too: it leads when the checks passed.
  const failedInstances = report.instances.filter((row) => row.state === 'failed').length;
  const count = report.instances.length;
  const instances =
    failedInstances > 0
      ? `❌ nlserver failed on ${failedInstances} of ${count} instance${count === 1 ? '' : 's'} · `
      : '';
  const rotation = report.rotation ? `${rotationHeadline(report.rotation)} · ` : '';
  return `### ${rotation}${instances}${verdict(report.checks)} · ${report.mode} · ${report.credentialLabel}${lifetime}`;
}

// Where to look first: access to the profile, then suites, then what lives in them.
const PLACE_ORDER = [
  'API credentials',
  'Report Suites',
  'Metrics',
  'Dimensions',
  'Report Suite Tools',
  'Analytics Tools',
];
const placeRank = (place: string) =>
  PLACE_ORDER.includes(place) ? PLACE_ORDER.indexOf(place) : PLACE_ORDER.length;

function whatToChange(checks: Check[]): string[] {
  const places = new Map<string, Set<string>>();
  for (const check of checks) {
    if (check.status !== 'fail' || !check.fix) continue;
    const items = places.get(check.fix.place) ?? new Set<string>();
    for (const item of check.fix.items) items.add(item);
    places.set(check.fix.place, items);
  }
  if (places.size === 0) return [];
  const sorted = [...places].sort(([a], [b]) => placeRank(a) - placeRank(b));
  const bullets = sorted.map(([place, items]) => {
    const list = [...items].map((item) => `\`${cell(item)}\``).join(', ');
    return `- **${place}**: ${list ? `add ${list}` : 'grant the item named in the failing row below'}`;
  });
  return [
    '#### What to change in Admin Console',
    '',
    'Admin Console > Adobe Analytics > (the technical account’s product profile):',
    '',
    ...bullets,
  ];
}

function matrix(checks: Check[]): string[] {
  const cells = new Map<string, Map<string, CheckStatus>>();
  const notes: string[] = [];
  for (const check of checks) {
    const at = suiteOf(check);
    if (!at) continue;
    const row = cells.get(at.rsid) ?? new Map<string, CheckStatus>();
    row.set(at.kind, check.status);
    cells.set(at.rsid, row);
    if (check.status === 'fail' || check.status === 'warn')
      notes.push(`- ${ICON[check.status]} **${cell(at.rsid)}**: ${cell(check.message)}`);
  }
  if (cells.size === 0) return [];
  const columns = COLUMNS.filter(([kind]) => [...cells.values()].some((row) => row.has(kind)));
  const lines = [
    '#### Report suites',
    '',
    `| Report suite | ${columns.map(([, header]) => header).join(' | ')} |`,
    `| --- |${' :-: |'.repeat(columns.length)}`,
    ...[...cells].map(([rsid, row]) => {
      const marks = columns.map(([kind]) => {
        const status = row.get(kind);
        return status ? ICON[status] : '–';
      });
      return `| \`${cell(rsid)}\` | ${marks.join(' | ')} |`;
    }),
  ];
  const legend = lines.some((line) => line.includes('| – |'))
    ? [
        '',
        `_–: not checked for this suite (see ${inputRef('tool-probes')}), or folded into its failing Visible cell._`,
      ]
    : [];
  return [...lines, ...legend, ...(notes.length > 0 ? ['', ...notes] : [])];
}

function otherChecks(checks: Check[]): string[] {
  const rows = checks.filter((check) => !suiteOf(check) && !isUnprovable(check));
  if (rows.length === 0) return [];
  return [
    '#### Credential and access',
    '',
    '| | Check | Details |',
    '| :-: | --- | --- |',
    ...rows.map((c) => `| ${ICON[c.status]} | ${cell(c.id)} | ${cell(c.message)} |`),
  ];
}

function unprovable(checks: Check[]): string[] {
  const rows = checks.filter(isUnprovable);
  if (rows.length === 0) return [];
  return [
    '<details>',
    `<summary>${rows.length} item${rows.length === 1 ? '' : 's'} no read-only call can prove: verify them in Admin Console</summary>`,
    '',
    ...rows.map((c) => `- **${cell(c.capability ?? c.id)}**: ${cell(c.message)}`),
    '',
    '</details>',
  ];
}

function instances(report: RunReport): string[] {
  if (report.instances.length === 0) return [];
  return [
    '#### Instances',
    '',
    '| Result | Instance |',
    '| --- | --- |',
    ...report.instances.map(
      (row) => `| ${INSTANCE_ICON[row.state]} ${cell(row.result)} | \`${cell(row.instance)}\` |`,
    ),
    '',
    '<details>',
    '<summary>Commands (secrets replaced by placeholders)</summary>',
    '',
    '```',
    ...report.instances.map((row) => bounded(row.command.replace(/`/g, "'"), CELL_MAX_CHARS)),
    '```',
    '',
    '</details>',
  ];
}

export function summaryMarkdown(report: RunReport, now = new Date()): string {
  const parts = [
    [heading(report, now)],
    report.rotation ? rotationSection(report.rotation) : [],
    whatToChange(report.checks),
    matrix(report.checks),
    otherChecks(report.checks),
    unprovable(report.checks),
    instances(report),
  ].filter((part) => part.length > 0);
  const markdown = `${parts.map((part) => part.join('\n')).join('\n\n')}\n`;
  if (Buffer.byteLength(markdown) <= SUMMARY_MAX_BYTES) return markdown;
  const cut = Buffer.from(markdown).subarray(0, SUMMARY_MAX_BYTES).toString('utf8');
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n_The summary was cut to stay under GitHub's 1 MiB limit; the log has every row._\n`;
}
