import { afterEach, describe, expect, it, vi } from 'vitest';
import { Redactor } from '../../src/common/redact.js';
import { createActionsHost, runnerMaskForms } from '../../src/github/actions-host.js';

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
  afterEach(() => vi.restoreAllMocks());

  function capture(): string[] {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it('masks through @actions/core and redacts its own writes, escaping workflow-command data', () => {
    const lines = capture();
    const host = createActionsHost(new Redactor());
    host.mask('line-one-secret\nline-two-secret');
    host.mask('s3cr3t-value');
    host.warning('saw s3cr3t-value 100% twice:\ns3cr3t-value', { title: 'Adobe: said' });
    host.info('plain s3cr3t-value');
    expect(lines).toEqual([
      '::add-mask::line-one-secret\n',
      '::add-mask::line-two-secret\n',
      '::add-mask::s3cr3t-value\n',
      '::warning title=Adobe%3A said::saw *** 100%25 twice:%0A***\n',
      'plain ***\n',
    ]);
  });

  it('never asks the runner to mask a form shorter than 8 characters', () => {
    expect(runnerMaskForms('short\n-----BEGIN PRIVATE KEY-----\nQUJD\n')).toEqual([
      '-----BEGIN PRIVATE KEY-----',
    ]);
    expect(runnerMaskForms('1234567')).toEqual([]);
  });
});
