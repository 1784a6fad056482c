import type { Host } from '../common/host.js';
import { commandFileDirectory, removeCommandFile } from '../nlserver/command-file.js';

/** Runs after the job, even when the main step failed: removes the command file. */
export function removeSavedCommandFile(
  host: Host,
  file: string,
  env: Record<string, string | undefined>,
): void {
  if (!file) return;
  const outcome = removeCommandFile(file, commandFileDirectory(env));
  if (outcome === 'removed') host.info(`Removed the command file ${file}.`);
  if (outcome === 'refused')
    host.warning(`Left ${file} alone: it is not a command file this action wrote.`, {
      title: 'Command file',
    });
}
