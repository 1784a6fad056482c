import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/common/redact.js';
import { createActionsHost } from '../../src/github/actions-host.js';

describe('Redactor', () => {
  it('replaces every registered form, longest first', () => {
    const redactor = new Redactor();
    redactor.add('abcd1234');
    redactor.add('abcd1234-extended', '<key>');
    expect(redactor.redact('x abcd1234-extended y abcd1234 z')).toBe('x <key> y *** z');
  });

  it('ignores blank and very short values that would redact ordinary words', () => {
    const redactor = new Redactor();
    redactor.add('  ');
    redactor.add('ab');
    expect(redactor.size).toBe(0);
  });
});

describe('actions host', () => {
  it('masks with the runner and redacts its own writes, escaping workflow-command data', () => {
    const lines: string[] = [];
    const host = createActionsHost(new Redactor(), {}, (text) => lines.push(text));
    host.mask('line-one-secret\nline-two-secret');
    host.mask('s3cr3t-value');
    host.warning('saw s3cr3t-value 100% twice:\ns3cr3t-value');
    host.info('plain s3cr3t-value');
    expect(lines).toEqual([
      '::add-mask::line-one-secret%0Aline-two-secret\n',
      '::add-mask::s3cr3t-value\n',
      '::warning::saw *** 100%25 twice:%0A***\n',
      'plain ***\n',
    ]);
  });
});
