// The README's rotation example (docs/examples/rotate.yml), run as written against the
// local stand-ins: its vars and secrets become the emulator's generated values, and the
// endpoints and nlserver point at the Adobe emulator, the fake GitHub and a temporary
// Campaign install whose fake nlserver writes conf/config-<instance>.xml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  generateCredential,
  rotationInputs,
  startEmulator,
} from '../tools/adobe-emulator/index.js';
import { createCampaignInstall } from '../tools/campaign-install.js';
import { startFakeGitHub } from '../tools/github-emulator/index.js';
import { type ActionRun, ROOT, runAction } from '../tools/runner.js';

interface Step {
  uses?: string;
  with?: Record<string, string | boolean>;
}

export const EXAMPLE = 'docs/examples/rotate.yml';
const WRITER_TOKEN = 'github_pat_demo_secrets_writer_0123456789';

function exampleInputs(): Record<string, string> {
  const workflow = parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const step = Object.values(workflow.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses?.includes('campaign-analytics-credentials@'));
  if (!step?.with) throw new Error(`${EXAMPLE} has no step using the action`);
  return Object.fromEntries(
    Object.entries(step.with).map(([name, value]) => [name, String(value)]),
  );
}

/** Runs the example; its result, and what the fake GitHub holds afterwards. */
export async function rotateExample(): Promise<{
  run: ActionRun;
  stored: string | undefined;
  secrets: string[];
}> {
  const emulator = await startEmulator();
  const generated = generateCredential();
  if (generated.credential.console) generated.credential.console.ioManagementApi = true;
  emulator.addCredential(generated.credential);
  const inputs = exampleInputs();
  const environment = inputs['github-secret-environment'] ?? '';
  const github = await startFakeGitHub({
    owner: 'your-org',
    repo: 'campaign',
    token: WRITER_TOKEN,
    environments: environment ? [environment] : [],
  });
  try {
    const adobe = rotationInputs(generated, emulator);
    const company = generated.credential.analytics?.companies[0];
    const values: Record<string, string> = {
      'vars.ADOBE_IMS_ORG_ID': adobe['ims-org-id'] ?? '',
      'vars.ADOBE_CLIENT_ID': adobe['client-id'] ?? '',
      'secrets.ADOBE_CLIENT_SECRET': adobe['client-secret'] ?? '',
      'vars.ADOBE_TECHNICAL_ACCOUNT_ID': adobe['technical-account-id'] ?? '',
      'vars.ADOBE_CONSOLE_ORG_ID': adobe['console-org-id'] ?? '',
      'vars.ADOBE_CREDENTIAL_ID': adobe['credential-id'] ?? '',
      'vars.ADOBE_REPORT_SUITES': Object.keys(company?.profile?.reportSuites ?? {}).join(','),
      'secrets.SECRETS_WRITER_TOKEN': WRITER_TOKEN,
    };
    const resolved = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [
        name,
        value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_match, expression: string) => {
          const known = values[expression];
          if (known === undefined) throw new Error(`${EXAMPLE}: no demo value for ${expression}`);
          return known;
        }),
      ]),
    );
    const instances = (resolved.instances ?? '').split(',').map((name) => name.trim());
    const install = createCampaignInstall({ instances });
    const run = await runAction(
      {
        ...resolved,
        'ims-endpoint': emulator.url,
        'analytics-endpoint': emulator.url,
        'console-endpoint': emulator.url,
        'github-api-url': github.url,
        nlserver: install.nlserver,
      },
      { env: { GITHUB_REPOSITORY: 'your-org/campaign', GITHUB_ACTIONS: 'true' } },
    );
    return {
      run,
      stored: await github.openSecret(
        resolved['github-secret-name'] ?? '',
        environment || undefined,
      ),
      secrets: emulator.secretsOf(generated.credential.clientId).map((s) => s.value),
    };
  } finally {
    await github.close();
    await emulator.close();
  }
}
