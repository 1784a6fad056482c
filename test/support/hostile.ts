// What an attacker puts in text the action shows: every way the runner reads a workflow
// command, terminal escapes, and the checks that a run gave none of them a chance.
import { join } from 'node:path';
import { expect } from 'vitest';
import { type ActionRun, FAKE_BIN } from '../../tools/runner.js';
import { foreignCommands, parseWorkflowCommands } from './workflow-commands.js';

export const MARK = 'INJECTED';

/** One string that tries each trick; each attempted command carries MARK. */
export const HOSTILE = [
  `::error title=${MARK}::${MARK} at the start`,
  `x\n::set-output name=${MARK}::1`,
  `x\r::add-mask::${MARK}-after-cr`,
  `x\r\n::save-state name=${MARK}::1`,
  `x\n  ::warning::${MARK} after spaces`,
  `x\n\u00a0::notice::${MARK} after a no-break space`,
  `x\n::stop-commands::${MARK}`,
  `x ##[set-output name=${MARK};]1`,
  `x\u0085::error::${MARK} after NEL`,
  `x\u2028::error::${MARK} after LS`,
  `\u001b[2J\u001b]0;${MARK}\u0007\u009b31m`,
].join(' ');

export const HOSTILE_NLSERVER = join(FAKE_BIN, 'nlserver-hostile');
export const NLSERVER_WRAPPER = join(FAKE_BIN, 'nlserver-wrapper');

/** Control characters other than LF, the line and paragraph separators, as code points. */
export function controlCharacters(text: string): number[] {
  return [...text]
    .map((char) => char.codePointAt(0) ?? 0)
    .filter(
      (n) => (n < 0x20 && n !== 0x0a) || (n >= 0x7f && n <= 0x9f) || n === 0x2028 || n === 0x2029,
    );
}

/** The runner saw only the action's own commands, in every stream of both steps. */
export function expectOwnCommandsOnly(run: ActionRun): void {
  const streams = {
    'main stdout': run.stdout,
    'main stderr': run.stderr,
    'post stdout': run.post.stdout,
    'post stderr': run.post.stderr,
  };
  for (const [name, text] of Object.entries(streams))
    expect(foreignCommands(text), name).toEqual([]);
  // Nothing raw in the places that are not log lines either.
  expect(controlCharacters(run.summary), 'summary').toEqual([]);
  for (const [name, value] of Object.entries(run.outputs))
    expect(controlCharacters(value), `output ${name}`).toEqual([]);
  expect(Object.keys(run.outputs).filter((name) => name.includes(MARK))).toEqual([]);
}

/** A failing run still ends with the action's own error annotation, seen as a command. */
export function expectOwnFailureSeen(run: ActionRun): void {
  expect(run.exitCode).toBe(1);
  const errors = parseWorkflowCommands(run.stdout).commands.filter((c) => c.name === 'error');
  expect(errors.length).toBeGreaterThan(0);
}

/** The checks output, read. */
export function checksOf(run: ActionRun): { id: string; status: string; message: string }[] {
  return JSON.parse(run.outputs.checks ?? 'null') ?? [];
}

/** A failing row saying what was seen, the outputs and summary written, and no crash. */
export function expectFailingRow(run: ActionRun, id: string, seen: RegExp): void {
  expect(run.stdout + run.stderr).not.toMatch(/Unexpected error/);
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const row = checksOf(run).find((check) => check.id === id);
  expect(row, `row ${id} in ${run.outputs.checks}`).toMatchObject({ status: 'fail' });
  expect(row?.message).toMatch(seen);
  // A per-suite row (kind:rsid) is a matrix cell and a note below it; others are table rows.
  const rsid = id.split(':')[1];
  expect(run.summary).toContain(rsid ? `- ❌ **${rsid}**:` : `| ❌ | ${id} |`);
  expectOwnFailureSeen(run);
}
