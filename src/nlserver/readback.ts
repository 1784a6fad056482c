// Proof that an instance holds the credential: after `nlserver config` exits 0, its
// configuration file's ims element must name the client and the technical account of the
// inputs and carry a secret. The secret is encrypted there, so which secret it is cannot
// be told from the file: the rotation keeps both secrets until every instance reads back.
import { join } from 'node:path';
import { inputRef } from '../common/input-ref.js';
import { sanitise } from '../common/sanitise.js';
import { configFileName, imsAttributes, readConfigFile } from './config-file.js';

export interface ReadbackExpectation {
  clientId: string;
  technicalAccountId: string;
}

/** undefined: the instance holds the credential; otherwise why it does not. */
export function readBack(
  confDir: string,
  instance: string,
  expected: ReadbackExpectation,
): string | undefined {
  const file = configFileName(instance);
  const read = readConfigFile(join(confDir, file));
  if ('problem' in read) {
    return `${file} ${read.problem} in ${confDir}, so the credential cannot be read back: check the instance name and ${inputRef('campaign-conf-dir')}`;
  }
  let ims: Record<string, string> | undefined;
  try {
    ims = imsAttributes(read.text);
  } catch (error) {
    return `${file} is not well-formed XML (${sanitise((error as Error).message, 200)})`;
  }
  if (!ims) return `${file} has no ims element: nlserver did not store the credential`;
  const mismatch = (attribute: string, input: string, wanted: string) => {
    const held = ims?.[attribute];
    if (held === wanted) return undefined;
    const seen = held === undefined ? 'none' : `"${sanitise(held, 100)}"`;
    return `${file} holds ${attribute} ${seen}, not the ${inputRef(input)} ${wanted}`;
  };
  return (
    mismatch('authIMSTAClientId', 'client-id', expected.clientId) ??
    // Technical account ids are case-insensitive in Adobe's answers; compare them so.
    (ims.authIMSTAId?.toLowerCase() === expected.technicalAccountId.toLowerCase()
      ? undefined
      : mismatch('authIMSTAId', 'technical-account-id', expected.technicalAccountId)) ??
    (ims.authIMSTAClientSecret
      ? undefined
      : `${file} has no authIMSTAClientSecret: nlserver did not store the client secret`)
  );
}
