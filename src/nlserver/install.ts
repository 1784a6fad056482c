// Where Campaign is installed, as far as the nlserver executable tells: its conf folder
// sits beside its bin folder (/usr/local/neolane/nl6/bin and …/conf on Linux).
import { realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The executable `command` names: a path, or the first match on PATH (with PATHEXT on Windows). */
export function resolveExecutable(
  command: string,
  env: Record<string, string | undefined>,
): string | undefined {
  const extensions =
    process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  const candidates =
    isAbsolute(command) || /[\\/]/.test(command)
      ? extensions.map((extension) => resolve(command + extension))
      : (env.PATH ?? '')
          .split(delimiter)
          .filter(Boolean)
          .flatMap((dir) => extensions.map((extension) => join(dir, command + extension)));
  const found = candidates.find(isFile);
  return found ? realpathSync(found) : undefined;
}

/** Campaign's conf folder beside the bin folder of the nlserver executable. */
export function defaultConfDir(executable: string): string {
  return join(dirname(dirname(executable)), 'conf');
}
