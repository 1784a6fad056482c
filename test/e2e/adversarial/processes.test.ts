// Processes that escaped: nlserver behind a wrapper script, one that ignores SIGTERM, one
// that floods its output, one that reaches for the runner's file commands.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tools/temp.js';
import {
  expectOwnCommandsOnly,
  HOSTILE_NLSERVER,
  MARK,
  NLSERVER_WRAPPER,
} from '../../support/hostile.js';
import { type Scenario, startScenario } from '../../support/scenario.js';

let s: Scenario;
let apply: Record<string, string>;
beforeAll(async () => {
  s = await startScenario();
  apply = { ...s.inputs, mode: 'apply', instances: 'prod' };
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset());

/** Live (not zombie) processes, from /proc: [pid, process group]. */
function liveProcesses(): [number, number][] {
  const live: [number, number][] = [];
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // "pid (comm) state ppid pgrp …"; comm may hold spaces, so read after its ")".
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // A zombie has ended; reaping it is its new parent's job (PID 1 in a container may not).
      if (state !== 'Z') live.push([Number(entry), Number(pgrp)]);
    } catch {
      // Gone while reading.
    }
  }
  return live;
}
const processAlive = (pid: number) => liveProcesses().some(([p]) => p === pid);
const groupAlive = (pgid: number) => liveProcesses().some(([, g]) => g === pgid);

function stoppedRun(run: {
  exitCode: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}) {
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toMatch(
    /nlserver was stopped for instance prod: the run reached timeout-seconds/,
  );
  expect(run.stdout).toMatch(
    /::error::nlserver config failed for instance prod \(stopped at timeout-seconds\)/,
  );
  expect(run.summary).toContain('| ❌ stopped at timeout-seconds | `prod` |');
  expect(run.summary.split('\n')[0]).toMatch(/^### ❌ nlserver failed on 1 of 1 instance · /);
  expect(run.outputs.command).toMatch(/-instance:prod/);
  expect(run.outputs.checks).toBeDefined();
}

describe('nlserver processes', () => {
  it('stops the whole process group behind a wrapper script at the deadline', async () => {
    const work = makeTempDir('wrapper');
    const done = join(work, 'done');
    const pids = join(work, 'pids');
    const started = Date.now();
    const run = await s.run(
      { ...apply, nlserver: NLSERVER_WRAPPER, 'timeout-seconds': '5' },
      {
        env: { FAKE_NLSERVER_SLEEP_MS: '12000', FAKE_NLSERVER_DONE: done, FAKE_WRAPPER_PIDS: pids },
      },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expectOwnCommandsOnly(run);
    stoppedRun(run);
    const wrapper = Number(readFileSync(pids, 'utf8').trim());
    const [nlserver] = run.nlserverCalls;
    // The real nlserver was the wrapper's child, not the action's, and it is gone too.
    expect(nlserver?.pid).not.toBe(wrapper);
    expect(processAlive(nlserver?.pid ?? 0)).toBe(false);
    expect(groupAlive(wrapper)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(done)).toBe(false);
  });

  it('kills a group that ignores SIGTERM after the grace period', async () => {
    const pids = join(makeTempDir('wrapper'), 'pids');
    const run = await s.run(
      { ...apply, nlserver: NLSERVER_WRAPPER, 'timeout-seconds': '5' },
      { env: { FAKE_WRAPPER_IGNORE_TERM: '1', FAKE_WRAPPER_PIDS: pids } },
    );
    stoppedRun(run);
    expect(groupAlive(Number(readFileSync(pids, 'utf8').trim()))).toBe(false);
  });

  it('keeps only the last 64 KiB of a flood of output, and finishes normally', async () => {
    const run = await s.run(
      { ...apply, nlserver: HOSTILE_NLSERVER },
      { env: { FAKE_FLOOD_MB: '600' } },
    );
    expect(run.exitCode).toBe(0);
    expectOwnCommandsOnly(run);
    expect(run.stdout).toMatch(/nlserver wrote \d{9} bytes more than the last 64 KiB shown here/);
    expect(run.stdout.length).toBeLessThan(200_000);
    expect(run.summary).toContain('| ✅ configured | `prod` |');
  }, 120_000);

  it("gives nlserver none of the runner's file-command paths or ACTIONS_* variables", async () => {
    const run = await s.run(
      { ...apply, nlserver: HOSTILE_NLSERVER },
      { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-value', ACTIONS_CACHE_URL: 'https://cache' } },
    );
    expect(run.exitCode).toBe(0);
    expectOwnCommandsOnly(run);
    const files =
      readFileSync(run.files.output, 'utf8') + readFileSync(run.files.state, 'utf8') + run.summary;
    expect(files).not.toContain(MARK);
    const wrapped = await s.run(
      { ...apply, nlserver: NLSERVER_WRAPPER },
      { env: { ACTIONS_RUNTIME_TOKEN: 'runtime-token-value' } },
    );
    const names = wrapped.nlserverCalls[0]?.envNames ?? [];
    expect(
      names.filter((name) =>
        /^(ACTIONS_|INPUT_|STATE_)|^GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY|TOKEN)$/.test(name),
      ),
    ).toEqual([]);
    expect(names).toContain('PATH');
  });
});
