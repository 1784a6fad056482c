// Bundled as dist/post/index.js: the runner starts it for the action's post step.
import { run } from '../post.js';

await run();
