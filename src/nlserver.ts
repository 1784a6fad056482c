// The `nlserver config` command that stores the credential in a Campaign instance's
// configuration. Building it is pure; running it is in apply.ts.
import type { Credentials } from './inputs.js';

export const PLACEHOLDERS = {
  clientSecret: '<client-secret>',
  privateKey: '<private-key-base64>',
} as const;

interface CommandSecrets {
  clientSecret: string;
  privateKeyBase64: string;
}

/** -setimsoauth (Campaign 7.4.1+) or the legacy -setimsjwtauth, with one colon. */
function authArgument(credentials: Credentials, secrets: CommandSecrets): string {
  const fields = [
    credentials.orgId,
    credentials.clientId,
    credentials.technicalAccountId ?? '',
    secrets.clientSecret,
  ];
  if (credentials.auth === 'oauth') return `-setimsoauth:${fields.join('/')}`;
  return `-setimsjwtauth:${[...fields, secrets.privateKeyBase64].join('/')}`;
}

/** The argv for one instance, secrets included: for execution only. */
export function configArgs(instance: string, credentials: Credentials): string[] {
  return [
    'config',
    `-instance:${instance}`,
    authArgument(credentials, {
      clientSecret: credentials.clientSecret,
      privateKeyBase64: credentials.privateKey?.base64 ?? '',
    }),
  ];
}

/** The same command with every secret replaced by a placeholder: safe to log and output. */
export function redactedCommand(
  nlserver: string,
  instance: string,
  credentials: Credentials,
): string {
  const args = [
    'config',
    `-instance:${instance}`,
    authArgument(credentials, {
      clientSecret: PLACEHOLDERS.clientSecret,
      privateKeyBase64: PLACEHOLDERS.privateKey,
    }),
  ];
  return [nlserver, ...args].join(' ');
}

/** Quotes for a POSIX shell only what needs it. */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function fullCommandLine(
  nlserver: string,
  instance: string,
  credentials: Credentials,
): string {
  return [nlserver, ...configArgs(instance, credentials)].map(shellQuote).join(' ');
}

const CHILD_ENV_DROPPED = /^(INPUT_|ACTIONS_|ADOBE_)|^(GITHUB_TOKEN|GH_TOKEN|STATE_.*)$/i;

/** The runner's environment minus action inputs, runner tokens and our own secrets. */
export function childEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !CHILD_ENV_DROPPED.test(name)) result[name] = value;
  }
  return result;
}
