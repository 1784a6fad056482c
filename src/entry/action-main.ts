// Bundled as dist/main/index.js: the runner starts it for the action's main step.
import { run } from '../main.js';

await run();
