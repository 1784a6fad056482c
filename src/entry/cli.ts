#!/usr/bin/env node
// Bundled as dist/cli/index.js, the package's bin: the same job for other CI systems.
// It never loads @actions/core.
import { runCli } from '../cli/run.js';

process.exitCode = await runCli(process.argv.slice(2), process.env);
