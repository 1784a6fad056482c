import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/common/checks.js';
import { alertBody, alertRows } from '../../src/github/alerts.js';

const checks: Check[] = [
  { id: 'ims-token', status: 'pass', message: 'ok' },
  { id: 'report-suites', status: 'fail', message: 'Report suite a|b is not visible: add it' },
  { id: 'certificate-expiry', status: 'warn', message: 'expires in 9 days' },
  { id: 'credential-type', status: 'warn', message: 'JWT reached end of life' },
];

describe('alert issue content', () => {
  it('alerts on failures and on a certificate about to expire, not on other warnings', () => {
    expect(alertRows(checks).map((c) => c.id)).toEqual(['report-suites', 'certificate-expiry']);
    expect(alertRows([{ id: 'credential-type', status: 'warn', message: 'x' }])).toEqual([]);
  });

  it('lists the rows with what to change, the other warnings, and links the run', () => {
    const body = alertBody(
      checks,
      'https://github.com/acme/repo/actions/runs/1',
      new Date('2026-11-24T00:00:00Z'),
    );
    expect(body).toContain(
      'found 2 problems on 2026-11-24T00:00:00.000Z in [this run](https://github.com/acme/repo/actions/runs/1)',
    );
    expect(body).toContain('| report-suites | fail | Report suite a\\|b is not visible: add it |');
    expect(body).toContain('- **credential-type**: JWT reached end of life');
  });
});
