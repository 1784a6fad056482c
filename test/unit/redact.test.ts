import { afterEach, describe, expect, it, vi } from 'vitest';
import { Redactor, secretForms } from '../../src/common/redact.js';
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

  it('redacts the encoded forms a secret takes on the way to IMS, in JSON and in URLs', () => {
    const secret = 'p8e-a+b/c=d "e" \\f&g';
    const redactor = new Redactor();
    redactor.add(`  ${secret}\n`, '<client-secret>');
    const echoes = [
      new URLSearchParams({ client_secret: secret }).toString(),
      `https://x/?s=${encodeURIComponent(secret)}`,
      JSON.stringify({ message: secret }),
      secret,
    ];
    for (const echo of echoes) {
      expect(redactor.redact(echo)).toContain('<client-secret>');
      expect(redactor.redact(echo)).not.toContain('a+b');
      expect(redactor.redact(echo)).not.toContain('a%2Bb');
    }
  });
});

describe('secretForms', () => {
  it('gives the trimmed value, each line, and their form-, URI- and JSON-encoded forms', () => {
    expect(secretForms('  a+b "c"\n')).toEqual([
      'a+b "c"',
      'a%2Bb+%22c%22',
      'a%2Bb%20%22c%22',
      'a+b \\"c\\"',
    ]);
    expect(secretForms('one\ntwo')).toEqual(
      expect.arrayContaining(['one\ntwo', 'one%0Atwo', 'one\\ntwo', 'one', 'two']),
    );
    expect(secretForms(' \n ')).toEqual([]);
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
    host.mask('s3cr3t-value');
    host.warning('saw s3cr3t-value 100% twice:\ns3cr3t-value', { title: 'Adobe: said' });
    host.info('plain s3cr3t-value');
    expect(lines).toEqual([
      '::add-mask::s3cr3t-value\n',
      '::warning title=Adobe%3A said::saw *** 100%25 twice:%0A***\n',
      'plain ***\n',
    ]);
  });

  it('asks the runner to mask each line of a multi-line secret, and its one-line encodings', () => {
    const lines = capture();
    createActionsHost(new Redactor()).mask('line-one-secret\nline-two-secret');
    expect(lines).toEqual(
      expect.arrayContaining([
        '::add-mask::line-one-secret\n',
        '::add-mask::line-two-secret\n',
        // The JSON-escaped form, as the checks output would carry it.
        '::add-mask::line-one-secret\\nline-two-secret\n',
      ]),
    );
  });

  it('never asks the runner to mask a form shorter than 8 characters, or one over lines', () => {
    const forms = runnerMaskForms('short\n-----BEGIN PRIVATE KEY-----\nQUJD\n');
    expect(forms).toContain('-----BEGIN PRIVATE KEY-----');
    expect(forms.filter((form) => form.length < 8 || /[\r\n]/.test(form))).toEqual([]);
    expect(forms).not.toContain('short');
    expect(forms).not.toContain('QUJD');
    expect(runnerMaskForms('1234567')).toEqual([]);
    expect(runnerMaskForms('a')).toEqual([]);
  });

  it('shows program output between stop-commands and its resume, with a fresh token', () => {
    const lines = capture();
    const host = createActionsHost(new Redactor());
    host.showOutput([]);
    expect(lines).toEqual([]);
    host.showOutput(['one' as never, 'two' as never]);
    host.showOutput(['three' as never]);
    const token = /^::stop-commands::([0-9a-f]{32})\n$/.exec(lines[0] ?? '')?.[1];
    expect(lines.slice(0, 4)).toEqual([
      `::stop-commands::${token}\n`,
      'one\n',
      'two\n',
      `::${token}::\n`,
    ]);
    expect(lines[4]).not.toBe(lines[0]);
  });
});
