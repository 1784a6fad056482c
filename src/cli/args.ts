// Command-line arguments of the CLI: flags named like the action's inputs, with
// ADOBE_<INPUT_NAME> environment variables as fallbacks and secrets only from the
// environment. Pure apart from reading --private-key-file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ActionError } from '../common/errors.js';
import { INPUT_NAMES, SECRET_INPUTS } from '../inputs/catalogue.js';

export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;
const COMMANDS = ['validate', 'print', 'apply'] as const;
const FLAG_INPUTS = INPUT_NAMES.filter((name) => name !== 'mode' && !SECRET_INPUTS.includes(name));

export const envName = (input: string) => `ADOBE_${input.replace(/-/g, '_').toUpperCase()}`;

export const USAGE = `Usage: campaign-analytics-credentials <validate|print|apply> [options]

Checks Adobe Campaign Classic Analytics connector credentials with Adobe IMS and the
Analytics 2.0 API, then prints or applies the nlserver config command.

Commands:
  validate   check the credential (token, identity, Analytics product profile)
  print      check, then write the full nlserver command(s) to stdout
  apply      check, then run nlserver config on each instance

Options (each also read from ADOBE_<NAME>, e.g. --ims-org-id from ADOBE_IMS_ORG_ID):
${FLAG_INPUTS.map((name) => `  --${name} <value>`).join('\n')}
  --private-key-file <path>   read the JWT private key from a file
  --output-file <path>        print: write the full command(s) to this new file (0600);
                              needed when stdout is not a terminal, so the secret
                              never lands in a CI log
  --json                      print one JSON result on stdout (logs go to stderr);
                              print mode then gives only the redacted command
  --help                      show this help

Secrets are never taken as flags, because flags show in process lists. Set them in the
environment: ADOBE_CLIENT_SECRET, ADOBE_PRIVATE_KEY (PEM or base64 -w0),
ADOBE_PRIVATE_KEY_PASSPHRASE.

Exit codes: 0 all checks passed, 1 a check or nlserver failed, 2 usage or input error.`;

export interface CliArguments {
  command: (typeof COMMANDS)[number];
  values: Record<string, string>;
  json: boolean;
  outputFile: string | undefined;
}

/** Parses argv; throws ActionError for a usage error. */
export function parseCli(argv: string[]): CliArguments | 'help' {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  };
  for (const name of [...FLAG_INPUTS, 'private-key-file', 'output-file', ...SECRET_INPUTS])
    options[name] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ActionError(`${(error as Error).message}. See --help.`);
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags.help) return 'help';
  for (const secret of SECRET_INPUTS) {
    if (flags[secret] !== undefined) {
      throw new ActionError(
        `--${secret} is not accepted: flags show in process lists. Set ${envName(secret)} instead.`,
      );
    }
  }
  const [command, ...extra] = parsed.positionals;
  if (!command || !(COMMANDS as readonly string[]).includes(command) || extra.length > 0) {
    throw new ActionError(
      `expected one command, validate, print or apply; got ${JSON.stringify(parsed.positionals.join(' '))}. See --help.`,
    );
  }
  const values: Record<string, string> = { mode: command };
  for (const name of FLAG_INPUTS) {
    if (typeof flags[name] === 'string') values[name] = flags[name] as string;
  }
  const keyFile = flags['private-key-file'];
  if (typeof keyFile === 'string') {
    try {
      values['private-key'] = readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new ActionError(
        `--private-key-file ${keyFile} cannot be read: ${(error as Error).message}`,
      );
    }
  }
  const outputFile = typeof flags['output-file'] === 'string' ? flags['output-file'] : undefined;
  return {
    command: command as CliArguments['command'],
    values,
    json: flags.json === true,
    outputFile,
  };
}
