// Speed and size figures (never a timed test), all in one run on the runner's Node
// (ACTION_NODE, as .ci/run sets it):
//   ACTION_NODE=/path/to/node24 npm run bench

import { removeTempDirs } from '../tools/temp.js';
import { bundleFigures } from './bench/bundle-sizes.js';
import { LATENCY_MS, permissionFigures, requestTable } from './bench/permissions.js';
import { startupFigures } from './bench/startup.js';

try {
  console.log(
    `Permission check against the emulator: ${LATENCY_MS} ms latency per request, Adobe's limit of 12 requests per 6 s enforced:`,
  );
  console.table(await permissionFigures());
  console.log(
    'Analytics requests of a full check (discovery included), and the 6-s windows they need:',
  );
  console.table(requestTable());

  const startup = startupFigures();
  console.log(`Start-up on node ${startup.node}, median of ${startup.runs} interleaved runs:`);
  console.table([
    {
      figure: 'action main, bad input vs minimal @actions/core bundle',
      'subject ms': startup.action.subjectMs.toFixed(1),
      'yardstick ms': startup.action.yardstickMs.toFixed(1),
      ratio: `${startup.action.ratio.toFixed(2)}x`,
      goal: 'at most 1.25x',
    },
    {
      figure: 'CLI, usage error vs bare node -e 0',
      'subject ms': startup.cli.subjectMs.toFixed(1),
      'yardstick ms': startup.cli.yardstickMs.toFixed(1),
      ratio: `${startup.cli.ratio.toFixed(2)}x`,
      goal: 'at most 2x',
    },
  ]);
  console.log('Bundles (one ncc build per entry):');
  console.table(bundleFigures());
} finally {
  removeTempDirs();
}
