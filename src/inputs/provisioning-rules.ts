// Where print, apply and rotate put the credential: the instances, nlserver, and the
// Campaign configuration folder the credential is read back from.
import { statSync } from 'node:fs';
import type { InputReader } from '../common/input-reader.js';
import { inputRef } from '../common/input-ref.js';
import type { Mode } from './settings.js';

const INSTANCE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function readInstances(r: InputReader, mode: Mode): string[] {
  const instances = r.list(
    'instances',
    INSTANCE,
    'plain Campaign instance names (letters, digits, "_" or "-"; no spaces, slashes or shell characters)',
  );
  const duplicates = instances.filter((name, index) => instances.indexOf(name) !== index);
  if (duplicates.length > 0)
    r.problem(
      'instances',
      'conflict',
      `lists ${[...new Set(duplicates)].join(', ')} more than once`,
    );
  if (mode !== 'validate' && instances.length === 0 && !r.hasProblem('instances')) {
    r.problem(
      'instances',
      'missing',
      `is required for ${inputRef('mode', mode)}: the Campaign instance name(s) to configure`,
    );
  }
  return instances;
}

export function readNlserver(r: InputReader): string {
  const nlserver = r.text('nlserver');
  if (/[\r\n\0]/.test(nlserver))
    r.problem('nlserver', 'invalid', 'must be a single path to the nlserver executable');
  return nlserver;
}

/** A folder given explicitly must exist; empty means "beside nlserver's bin folder". */
export function readConfDir(r: InputReader): string | undefined {
  const dir = r.text('campaign-conf-dir');
  if (dir === '') return undefined;
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // Missing: said below.
  }
  if (/[\r\n\0]/.test(dir) || !isDirectory) {
    r.problem(
      'campaign-conf-dir',
      'invalid',
      "must be the Campaign instance configuration folder (the conf folder beside nlserver's bin folder, such as /usr/local/neolane/nl6/conf), an existing folder",
    );
    return undefined;
  }
  return dir;
}
