// The `nlserver config` command that stores the credential in a Campaign instance's
// configuration. Pure: running it is in apply.ts. The -setims* argument belongs to the
// credential kind.
import { type Credentials, kindOf } from '../credentials/kinds.js';

/** The argv for one instance, secrets included: for execution only. */
export function configArgs(instance: string, credentials: Credentials): string[] {
  return ['config', `-instance:${instance}`, kindOf(credentials).setimsArgument(credentials, true)];
}

/** The same command with every secret replaced by a placeholder: safe to log and output. */
export function redactedCommand(
  nlserver: string,
  instance: string,
  credentials: Credentials,
): string {
  const setims = kindOf(credentials).setimsArgument(credentials, false);
  return [nlserver, 'config', `-instance:${instance}`, setims].join(' ');
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
