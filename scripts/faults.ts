// Reliability and security figures: each fault scenario's outcome, attempts and time
// against timeout-seconds; the malformed-input table; and the leak search totals.
import { BAD_INPUT_CASES, isCleanRejection } from '../test/support/bad-inputs.js';
import { FAULT_SCENARIOS, runFaultScenario } from '../test/support/fault-scenarios.js';
import { startScenario } from '../test/support/scenario.js';
import { removeTempDirs } from '../tools/temp.js';

const s = await startScenario();
const faultRows = [];
for (const scenario of FAULT_SCENARIOS) {
  const { run, attempts, seconds } = await runFaultScenario(s, scenario);
  const timeout = Number(scenario.inputs?.['timeout-seconds'] ?? 15);
  faultRows.push({
    scenario: scenario.name,
    outcome: run.exitCode === 0 ? 'survived' : 'failed cleanly',
    'as expected':
      run.exitCode === scenario.expected.exitCode && attempts === scenario.expected.attempts,
    attempts,
    'elapsed s': seconds.toFixed(1),
    'timeout-seconds': timeout,
  });
}
console.log('Fault scenarios (emulator; main and post step as the runner runs them):');
console.table(faultRows);

let rejectedCleanly = 0;
let requestsLeaked = 0;
for (const [, overrides, input] of BAD_INPUT_CASES) {
  s.emulator.reset();
  const run = await s.run({ ...s.inputs, ...overrides });
  if (isCleanRejection(run, input)) rejectedCleanly++;
  requestsLeaked += s.emulator.requests.length;
}
console.log(
  `Bad input: ${BAD_INPUT_CASES.length} cases tried, ${rejectedCleanly} rejected cleanly (exit 1, error names the input, no stack trace), ${requestsLeaked} requests sent to Adobe.`,
);
const { runs, formsSearched, found } = s.leakSearch;
console.log(
  `Leak search: ${runs} runs, ${formsSearched} secret forms searched in logs, outputs, state, summary and leftover temp files, ${found} found.`,
);
await s.close();
removeTempDirs();
process.exitCode =
  rejectedCleanly === BAD_INPUT_CASES.length &&
  found === 0 &&
  faultRows.every((r) => r['as expected'])
    ? 0
    : 1;
