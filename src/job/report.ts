// What a run reports besides the log: the `checks` output and the data the job summary
// is drawn from. Never a secret (commands carry placeholders).
import { type Check, countByStatus } from '../common/checks.js';
import type { RotationRecord } from './rotation.js';

export type InstanceState = 'done' | 'failed' | 'not-run';

export interface InstanceRow {
  instance: string;
  /** The command with placeholders for the secrets. */
  command: string;
  result: string;
  state: InstanceState;
}

export interface RunReport {
  mode: string;
  credentialLabel: string;
  checks: Check[];
  tokenExpiresAt: Date | undefined;
  instances: InstanceRow[];
  /** rotate: how far the rotation went. */
  rotation?: RotationRecord;
}

// GitHub drops a step output over 1 MB; stay well under it whatever Adobe said.
const CHECKS_OUTPUT_MAX_BYTES = 900_000;
const MESSAGE_MAX_CHARS = 2_000;

/** Text cut to `max` characters, saying so. */
export function bounded(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const entry = ({ id, status, message, capability }: Check, messageMax: number) => ({
  id,
  status,
  message: bounded(message, messageMax),
  capability: capability ?? '',
});

/** The `checks` output: JSON under GitHub's output limit, failures kept first when cut. */
export function checksOutput(checks: Check[]): string {
  for (const messageMax of [MESSAGE_MAX_CHARS, 300, 80]) {
    const json = JSON.stringify(checks.map((check) => entry(check, messageMax)));
    if (Buffer.byteLength(json) <= CHECKS_OUTPUT_MAX_BYTES) return json;
  }
  const order = { fail: 0, warn: 1, pass: 2, skip: 3 } as const;
  const kept = [...checks].sort((a, b) => order[a.status] - order[b.status]);
  while (
    kept.length > 1 &&
    Buffer.byteLength(JSON.stringify(kept.map((c) => entry(c, 80)))) > CHECKS_OUTPUT_MAX_BYTES
  ) {
    kept.pop();
  }
  return JSON.stringify(kept.map((check) => entry(check, 80)));
}

/** The first line of every report: how many checks failed, out of those that ran. */
export function verdict(checks: Check[]): string {
  const count = countByStatus(checks);
  const ran = count.pass + count.fail + count.warn;
  if (ran === 0) return '⏭️ No check ran against Adobe';
  if (count.fail > 0) return `❌ ${count.fail} of ${ran} checks failed`;
  if (count.warn > 0)
    return `✅ ${count.pass} of ${ran} checks passed, ${count.warn} with a warning`;
  return `✅ All ${ran} checks passed`;
}

/** "3 passed, 1 failed, 0 warned, 8 skipped": the CLI's last line. */
export function countLine(checks: Check[]): string {
  const count = countByStatus(checks);
  return `${count.pass} passed, ${count.fail} failed, ${count.warn} warned, ${count.skip} skipped`;
}
