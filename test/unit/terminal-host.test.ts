import { describe, expect, it } from 'vitest';
import { CLI_NAMING } from '../../src/cli/options.js';
import { createTerminalHost } from '../../src/cli/terminal-host.js';
import { Redactor } from '../../src/common/redact.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  const fake = {
    isTTY,
    write: (text: string) => written.push(text),
  } as unknown as NodeJS.WriteStream;
  return { fake, written };
}

function reported(isTTY: boolean, noColor: boolean): string {
  const out = stream(isTTY);
  const err = stream(isTTY);
  const host = createTerminalHost(new Redactor(), {
    json: false,
    stdout: out.fake,
    stderr: err.fake,
    debug: false,
    noColor,
    naming: CLI_NAMING,
  });
  host.report([
    { text: 'Report Suites' },
    { status: 'fail', text: 'report-suite:rs9: not visible' },
    { text: '0 passed, 1 failed, 0 warned, 0 skipped' },
  ]);
  return out.written.join('');
}

describe('terminal host', () => {
  it('colours the status only on a terminal', () => {
    expect(reported(true, false)).toContain('\x1b[31mfail\x1b[0m report-suite:rs9: not visible');
    expect(reported(false, false)).toBe(
      'Report Suites\n  fail report-suite:rs9: not visible\n0 passed, 1 failed, 0 warned, 0 skipped\n',
    );
  });

  it('never colours when NO_COLOR is set', () => {
    expect(reported(true, true)).not.toContain('\x1b[');
  });
});
