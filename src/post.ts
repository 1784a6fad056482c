import { commandFileDirectory, removeCommandFile } from './command-file.js';
import type { Host } from './host.js';

/** Runs after the job, even when the main step failed: removes the command file. */
export function post(host: Host, env: Record<string, string | undefined>): void {
  const file = env.STATE_commandFile;
  if (!file) return;
  const outcome = removeCommandFile(file, commandFileDirectory(env));
  if (outcome === 'removed') host.info(`Removed the command file ${file}.`);
  if (outcome === 'refused')
    host.warning(`Left ${file} alone: it is not a command file this action wrote.`);
}
