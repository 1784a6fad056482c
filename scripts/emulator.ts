// A dry-run Adobe for users' own workflows: starts the emulator with a generated
// credential and prints (or writes to --env-file) the ADOBE_* variables that the CLI
// reads, also usable as the action's inputs. Runs until interrupted.
//   npm run emulator -- [--port 8787] [--write-env path]
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateCredential, startEmulator } from '../tools/adobe-emulator/index.js';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'write-env': { type: 'string' } },
});
const emulator = await startEmulator({ port: values.port ? Number(values.port) : 0 });
const { credential, privateKeyPem } = generateCredential();
emulator.addCredential(credential);
const company = credential.analytics?.companies[0];

const variables: Record<string, string> = {
  ADOBE_IMS_ORG_ID: credential.orgId,
  ADOBE_CLIENT_ID: credential.clientId,
  ADOBE_CLIENT_SECRET: credential.clientSecrets[0] ?? '',
  ADOBE_TECHNICAL_ACCOUNT_ID: credential.technicalAccountId,
  // One line, as `base64 -w0 private.key` prints it: set it only to try the legacy JWT path.
  ADOBE_EMULATOR_PRIVATE_KEY_BASE64: Buffer.from(privateKeyPem).toString('base64'),
  ADOBE_IMS_ENDPOINT: emulator.url,
  ADOBE_ANALYTICS_ENDPOINT: emulator.url,
  ADOBE_GLOBAL_COMPANY_ID: company?.globalCompanyId ?? '',
  ADOBE_REPORT_SUITES: Object.keys(company?.profile?.reportSuites ?? {}).join(','),
};
const lines = Object.entries(variables).map(([name, value]) => `${name}=${value}`);
if (values['write-env']) {
  appendFileSync(values['write-env'], `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`Adobe emulator on ${emulator.url}; variables written to ${values['write-env']}`);
} else {
  console.log(
    `Adobe emulator on ${emulator.url} (a dry run: generated credential, nothing real)\n${lines.join('\n')}`,
  );
}
console.log('Press Ctrl-C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    emulator.close().then(() => process.exit(0));
  });
}
