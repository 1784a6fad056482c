// The usage checks that look at this machine: the key file can be read, the output file
// can be created (new, not a link, in a folder that exists), and print has somewhere safe
// for the secret. All run before anything is sent, so every problem is reported at once.
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorMessage } from '../common/errors.js';
import { SECRET_FILE_PROTECTION } from '../nlserver/command-file.js';
import type { CliRun } from './args.js';

export interface Preflight {
  /** The private key read from --private-key-file. */
  privateKey: string | undefined;
  problems: string[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Why --output-file cannot be created, or undefined when it can. */
export function outputFileProblem(path: string): string | undefined {
  try {
    const existing = lstatSync(path);
    return existing.isSymbolicLink()
      ? `--output-file ${path} is a symbolic link: give the path of a new file (the secret is never written through a link).`
      : `--output-file ${path} already exists: give the path of a new file (an existing file is never overwritten).`;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return `--output-file ${path}: ${errorMessage(error)}.`;
  }
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) return `--output-file ${path}: ${folder} is not a folder.`;
  } catch (error) {
    return errorCode(error) === 'ENOENT'
      ? `--output-file ${path}: the folder ${folder} does not exist; create it first.`
      : `--output-file ${path}: ${errorMessage(error)}.`;
  }
  return undefined;
}

export function preflight(request: CliRun, stdoutIsTerminal: boolean): Preflight {
  const problems: string[] = [];
  let privateKey: string | undefined;
  if (request.privateKeyFile !== undefined) {
    try {
      privateKey = readFileSync(request.privateKeyFile, 'utf8');
    } catch (error) {
      problems.push(
        `--private-key-file ${request.privateKeyFile} cannot be read: ${errorMessage(error)}.`,
      );
    }
  }
  const { command, outputFile, json } = request;
  if (outputFile !== undefined && command !== undefined && command !== 'print') {
    problems.push(`--output-file is only used by print, not by ${command}.`);
  } else if (outputFile !== undefined) {
    const problem = outputFileProblem(outputFile);
    if (problem) problems.push(problem);
  } else if (command === 'print' && !json && !stdoutIsTerminal) {
    problems.push(
      `print would write the secret into a log: stdout is not a terminal. Give --output-file <path> (a new file, ${SECRET_FILE_PROTECTION}), or --json for the redacted command only.`,
    );
  }
  return { privateKey, problems };
}
