// A dry-run Adobe for users' own workflows: starts the emulator with a generated
// credential and prints (or writes to a file) the ADOBE_* variables that the CLI reads,
// also usable as the action's inputs. Runs until interrupted.
//   npm run emulator -- [--port 8787] [--write-env path] [--local-action-env path]
// --local-action-env writes the same values as INPUT_* lines, the .env that
// `npx @github/local-action run . src/main.ts .env` reads.
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCredential, startEmulator } from '../tools/adobe-emulator/index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'write-env': { type: 'string' },
    'local-action-env': { type: 'string' },
  },
});
const emulator = await startEmulator({ port: values.port ? Number(values.port) : 0 });
const { credential, privateKeyPem } = generateCredential();
emulator.addCredential(credential);
const company = credential.analytics?.companies[0];

const inputs: Record<string, string> = {
  'ims-org-id': credential.orgId,
  'client-id': credential.clientId,
  'client-secret': credential.clientSecrets[0] ?? '',
  'technical-account-id': credential.technicalAccountId,
  'ims-endpoint': emulator.url,
  'analytics-endpoint': emulator.url,
  'global-company-id': company?.globalCompanyId ?? '',
  'report-suites': Object.keys(company?.profile?.reportSuites ?? {}).join(','),
};
const variables: Record<string, string> = Object.fromEntries(
  Object.entries(inputs).map(([name, value]) => [
    `ADOBE_${name.replace(/-/g, '_').toUpperCase()}`,
    value,
  ]),
);
// One line, as `base64 -w0 private.key` prints it: set it only to try the legacy JWT path.
variables.ADOBE_EMULATOR_PRIVATE_KEY_BASE64 = Buffer.from(privateKeyPem).toString('base64');

const lines = (entries: Record<string, string>) =>
  `${Object.entries(entries)
    .map(([name, value]) => `${name}=${value}`)
    .join('\n')}\n`;
const written: string[] = [];
if (values['local-action-env']) {
  const asInputs = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  appendFileSync(values['local-action-env'], lines(asInputs), { mode: 0o600 });
  written.push(`inputs for @github/local-action written to ${values['local-action-env']}`);
}
if (values['write-env']) {
  appendFileSync(values['write-env'], lines(variables), { mode: 0o600 });
  written.push(`variables written to ${values['write-env']}`);
}
console.log(
  written.length > 0
    ? `Adobe emulator on ${emulator.url}; ${written.join('; ')}`
    : `Adobe emulator on ${emulator.url} (a dry run: generated credential, nothing real)\n${lines(variables)}`,
);
console.log('Press Ctrl-C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    emulator.close().then(() => process.exit(0));
  });
}
