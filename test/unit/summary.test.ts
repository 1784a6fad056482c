import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/common/checks.js';
import { checkLines } from '../../src/job/check-groups.js';
import { checksOutput, countLine, type RunReport, verdict } from '../../src/job/report.js';
import { summaryMarkdown } from '../../src/job/summary.js';

const now = new Date('2026-11-25T12:00:00Z');
const rows: Check[] = [
  { id: 'ims-token', status: 'pass', message: 'token ok', capability: '' },
  { id: 'report-suite:rs1', status: 'pass', message: 'rs1 visible', capability: 'Report Suites' },
  {
    id: 'report-suite:rs9',
    status: 'fail',
    message: 'rs9 not visible',
    capability: 'Report Suites',
    fix: { place: 'Report Suites', items: ['rs9'] },
  },
  {
    id: 'metrics:rs1',
    status: 'fail',
    message: 'no event9',
    capability: 'Metrics',
    fix: { place: 'Metrics', items: ['metrics/event9'] },
  },
  {
    id: 'data-sources:rs1',
    status: 'fail',
    message: 'denied',
    capability: 'Report Suite Tools > Data sources manager',
    fix: { place: 'Report Suite Tools', items: ['Data sources manager'] },
  },
  { id: 'campaign-evar:rs1', status: 'warn', message: 'no set', capability: '' },
  {
    id: 'segment-creation',
    status: 'skip',
    message: 'verify it',
    capability: 'Analytics Tools > Segment creation',
  },
];
const report = (checks: Check[], extra: Partial<RunReport> = {}): RunReport => ({
  mode: 'apply',
  credentialLabel: 'OAuth Server-to-Server',
  checks,
  tokenExpiresAt: new Date(now.getTime() + 24 * 3_600_000),
  instances: [],
  ...extra,
});

describe('job summary', () => {
  const markdown = summaryMarkdown(
    report(rows, {
      instances: [
        {
          instance: 'prod',
          command: 'nlserver config -instance:prod ...',
          result: 'configured',
          state: 'done',
        },
      ],
    }),
    now,
  );

  it('opens with the verdict, the mode, the credential type and the token lifetime', () => {
    expect(markdown.split('\n')[0]).toBe(
      '### ❌ 3 of 6 checks failed · apply · OAuth Server-to-Server · token lifetime 24.0 h',
    );
  });

  it('has its parts in order, with what to change grouped by Admin Console place', () => {
    const order = [
      'What to change in Admin Console',
      'Report suites',
      'Credential and access',
      '<details>',
      'Instances',
    ];
    const positions = order.map((part) => markdown.indexOf(part));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(markdown).toContain('- **Report Suites**: add `rs9`');
    expect(markdown).toContain('- **Metrics**: add `metrics/event9`');
    expect(markdown).toContain('- **Report Suite Tools**: add `Data sources manager`');
  });

  it('draws one matrix row per report suite, with a dash where nothing was checked', () => {
    expect(markdown).toContain(
      '| Report suite | Visible | Metrics | Data sources | Campaign eVar |',
    );
    expect(markdown).toContain('| `rs1` | ✅ | ❌ | ❌ | ⚠️ |');
    expect(markdown).toContain('| `rs9` | ❌ | – | – | – |');
  });

  it('names the unprovable items only inside the collapsed block', () => {
    const [outside, inside] = markdown.split('<details>');
    expect(outside).not.toContain('Segment creation');
    expect(inside).toContain('Analytics Tools > Segment creation');
  });

  it('puts the instance result first and the command in a collapsed block', () => {
    expect(markdown).toContain('| Result | Instance |');
    expect(markdown).toContain('| ✅ configured | `prod` |');
    expect(markdown.indexOf('nlserver config -instance:prod')).toBeGreaterThan(
      markdown.lastIndexOf('<details>'),
    );
  });

  it('stays under 1 MiB, and the checks output under 1 MB, whatever Adobe says', () => {
    const huge = 'x'.repeat(200_000);
    const many: Check[] = Array.from({ length: 600 }, (_, i) => ({
      id: `metrics:rs${i}`,
      status: 'fail',
      message: huge,
      capability: 'Metrics',
      fix: { place: 'Metrics', items: [huge] },
    }));
    expect(Buffer.byteLength(summaryMarkdown(report(many), now))).toBeLessThan(1_048_576);
    const output = checksOutput(many);
    expect(Buffer.byteLength(output)).toBeLessThan(1_000_000);
    expect(JSON.parse(output)).toHaveLength(600);
  });
});

describe('verdict and counts', () => {
  it('counts failures among the checks that ran', () => {
    expect(verdict(rows)).toBe('❌ 3 of 6 checks failed');
    expect(verdict(rows.filter((c) => c.status === 'pass'))).toBe('✅ All 2 checks passed');
    expect(
      verdict([
        { id: 'a', status: 'warn', message: '' },
        { id: 'b', status: 'pass', message: '' },
      ]),
    ).toBe('✅ 1 of 2 checks passed, 1 with a warning');
    expect(verdict([{ id: 'ims-token', status: 'skip', message: '' }])).toBe(
      '⏭️ No check ran against Adobe',
    );
    expect(countLine(rows)).toBe('2 passed, 3 failed, 1 warned, 1 skipped');
  });

  it('groups the log lines by product-profile group and ends with the counts', () => {
    const lines = checkLines(rows);
    expect(lines.filter((line) => !line.status).map((line) => line.text)).toEqual([
      'Credential and access',
      'Report Suites',
      'Metrics',
      'Report Suite Tools',
      'Classification sets (Campaign 7.4.4+)',
      '2 passed, 3 failed, 1 warned, 1 skipped',
    ]);
    expect(lines.at(-2)).toEqual({
      status: 'skip',
      text: '1 item no read-only call can prove; verify them in Admin Console: Segment creation.',
    });
  });

  it('writes capability as a string on every entry of the checks output', () => {
    const entries = JSON.parse(checksOutput([{ id: 'a', status: 'pass', message: 'm' }, ...rows]));
    for (const entry of entries)
      expect(Object.keys(entry)).toEqual(['id', 'status', 'message', 'capability']);
    expect(entries[0].capability).toBe('');
  });
});
