// Campaign's instance configuration file, conf/config-<instance>.xml under the install
// directory: `nlserver config -setimsoauth` stores the credential in its `ims` element,
// with authIMSTAClientId and authIMSTAId in clear and authIMSTAClientSecret encrypted.
// Read with a real XML parser: the file holds comments and many other nodes, and the
// element is documented under serverconf > shared but may sit elsewhere in other builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { SaxesParser } from 'saxes';

// A Campaign configuration file is a few kilobytes; anything far larger is not one.
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** The attributes of the first `ims` element, wherever it sits; undefined without one. */
export function imsAttributes(xml: string): Record<string, string> | undefined {
  const parser = new SaxesParser();
  let found: Record<string, string> | undefined;
  parser.on('opentag', (tag) => {
    if (!found && tag.name === 'ims') found = { ...(tag.attributes as Record<string, string>) };
  });
  parser.write(xml).close();
  return found;
}

export const configFileName = (instance: string) => `config-${instance}.xml`;

/** The file's text, or why it could not be read. */
export function readConfigFile(path: string): { text: string } | { problem: string } {
  if (!existsSync(path)) return { problem: 'does not exist' };
  const size = statSync(path).size;
  if (size > MAX_CONFIG_BYTES) return { problem: `is ${size} bytes, not a configuration file` };
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
