// End-to-end scenarios: one emulator per test file, a generated credential, and a leak
// search after every run of the bundled action.
import { appendFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  credentialInputs,
  type Emulator,
  type EmulatorCredential,
  type EmulatorOptions,
  type GeneratedCredential,
  generateCredential,
  startEmulator,
} from '../../tools/adobe-emulator/index.js';
import {
  type ActionRun,
  everythingWritten,
  type RunOptions,
  runAction,
} from '../../tools/runner.js';

export { credentialInputs };

/** A form as it may be written encoded: form-URL-encoded, URI-encoded, JSON-escaped. */
function withEncodings(forms: string[]): string[] {
  const encodings = (form: string) => [
    form,
    new URLSearchParams({ s: form }).toString().slice('s='.length),
    encodeURIComponent(form),
    JSON.stringify(form).slice(1, -1),
  ];
  return [...new Set(forms.flatMap(encodings))];
}

/**
 * Every form of every secret a run could have seen: inputs, secrets the Console API added,
 * key encodings, assertions, tokens, each also form-URL-encoded, URI-encoded and JSON-escaped.
 */
export function secretForms(generated: GeneratedCredential, emulator: Emulator): string[] {
  const pem = generated.privateKeyPem;
  const keyLines = pem.split('\n').filter((line) => line.length >= 8 && !line.startsWith('-----'));
  const assertions = emulator.requests
    .map((request) => new URLSearchParams(request.body).get('jwt_token'))
    .filter((value): value is string => !!value);
  return withEncodings([
    ...generated.credential.clientSecrets,
    ...emulator.issuedSecrets,
    pem.trim(),
    Buffer.from(pem).toString('base64'),
    ...keyLines,
    ...assertions,
    ...emulator.issuedTokens,
  ]);
}

export function findLeaks(run: ActionRun, forms: string[]): string[] {
  const written = everythingWritten(run);
  return forms.filter((form) => written.includes(form));
}

export function expectNoLeak(run: ActionRun, forms: string[]): void {
  expect(findLeaks(run, forms).map((form) => `${form.slice(0, 12)}…`)).toEqual([]);
}

export interface Scenario {
  emulator: Emulator;
  generated: GeneratedCredential;
  /** Inputs for the scenario's credential against the emulator (verify: token). */
  inputs: Record<string, string>;
  /** Registers one more credential, changed by `change`, and returns inputs for it. */
  variant(change: (credential: EmulatorCredential) => void): Record<string, string>;
  /** Registers one more credential, changed by `change`, and returns it. */
  another(change: (credential: EmulatorCredential) => void): GeneratedCredential;
  /** Runs the action (main + post) and asserts that no secret form was written anywhere. */
  run(inputs: Record<string, string>, options?: RunOptions): Promise<ActionRun>;
  /** More secrets a test handed to the action (a token it scripted IMS to answer). */
  extraSecrets: string[];
  /** Totals of the leak searches so far, for the figures script. */
  leakSearch: { runs: number; formsSearched: number; found: number };
  close(): Promise<void>;
}

export async function startScenario(options: EmulatorOptions = {}): Promise<Scenario> {
  const emulator = await startEmulator(options);
  const generated = generateCredential();
  const all: GeneratedCredential[] = [generated];
  const leakSearch = { runs: 0, formsSearched: 0, found: 0 };
  const extraSecrets: string[] = [];
  emulator.addCredential(generated.credential);
  const another = (change: (credential: EmulatorCredential) => void) => {
    const extra = generateCredential();
    change(extra.credential);
    emulator.addCredential(extra.credential);
    all.push(extra);
    return extra;
  };
  return {
    emulator,
    generated,
    inputs: { ...credentialInputs(generated, emulator), verify: 'token' },
    variant: (change) => credentialInputs(another(change), emulator),
    another,
    extraSecrets,
    leakSearch,
    async run(inputs, options) {
      const result = await runAction(inputs, options);
      const forms = [
        ...all.flatMap((credential) => secretForms(credential, emulator)),
        ...withEncodings(extraSecrets),
      ];
      leakSearch.runs++;
      leakSearch.formsSearched += forms.length;
      leakSearch.found += findLeaks(result, forms).length;
      expectNoLeak(result, forms);
      return result;
    },
    async close() {
      // LEAK_SEARCH_REPORT=<file>: each scenario appends its totals, for the figures.
      const report = process.env.LEAK_SEARCH_REPORT;
      if (report) appendFileSync(report, `${JSON.stringify(leakSearch)}\n`);
      await emulator.close();
    },
  };
}
