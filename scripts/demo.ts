// A dry run of the action's main job on this machine: starts the bundled Adobe emulator
// with a freshly generated credential, then runs dist/main/index.js as the runner would, in
// validate, print and apply modes (apply uses the fake nlserver from tools/fake-nlserver),
// and the README's rotation example against the emulators and a fake Campaign install.

import {
  credentialInputs,
  generateCredential,
  startEmulator,
} from '../tools/adobe-emulator/index.js';
import { type ActionRun, runAction } from '../tools/runner.js';
import { removeTempDirs } from '../tools/temp.js';
import { EXAMPLE, rotateExample } from './demo-rotate.js';

function show(title: string, run: ActionRun): void {
  console.log(`\n=== ${title}: exit code ${run.exitCode} ===`);
  const log = run.stdout.split('\n').filter((line) => line && !line.startsWith('::add-mask::'));
  console.log(log.map((line) => `  | ${line}`).join('\n'));
  console.log('  outputs:');
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`    ${name} = ${value.replace(/\n/g, '\n      ')}`);
  console.log('  job summary:');
  console.log(
    run.summary
      .trim()
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n'),
  );
}

const emulator = await startEmulator();
const generated = generateCredential();
const { credential, privateKeyPem } = generated;
emulator.addCredential(credential);
const inputs = {
  ...credentialInputs(generated, emulator),
  'report-suites': 'rs1prod, rs2dev',
  metrics: 'pageviews, event1',
  dimensions: 'evar1, evar2',
};
console.log(
  `Adobe emulator on ${emulator.url}; generated credential for ${credential.technicalAccountId}`,
);

let failures = 0;
const scenarios: [string, Record<string, string>][] = [
  ['validate (OAuth Server-to-Server)', inputs],
  [
    'print (legacy JWT)',
    { ...inputs, mode: 'print', instances: 'prod', 'private-key': privateKeyPem },
  ],
  [
    'apply on two instances (OAuth, fake nlserver)',
    { ...inputs, mode: 'apply', instances: 'prod, stage' },
  ],
];
for (const [title, scenarioInputs] of scenarios) {
  const run = await runAction(scenarioInputs);
  show(title, run);
  if (run.exitCode !== 0) failures++;
}
await emulator.close();

const rotation = await rotateExample();
show(
  `rotate, as ${EXAMPLE} is written (emulators, fake GitHub, fake Campaign install)`,
  rotation.run,
);
const [current] = rotation.secrets;
const stored = rotation.stored !== undefined && rotation.stored === current;
console.log(
  `  afterwards: the credential has ${rotation.secrets.length} secret(s); the GitHub secret ${stored ? 'holds' : 'does NOT hold'} the new one.`,
);
if (rotation.run.exitCode !== 0 || !stored || rotation.secrets.length !== 1) failures++;
removeTempDirs();
const total = scenarios.length + 1;
console.log(`\n${total - failures} of ${total} demo runs succeeded.`);
process.exitCode = failures === 0 ? 0 : 1;
