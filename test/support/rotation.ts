// A rotation's surroundings for end-to-end tests: the Adobe emulator with a credential on
// a project that has the I/O Management API, a Campaign install whose nlserver writes
// conf/config-<instance>.xml, and the fake GitHub holding the repository's secrets.

import { afterAll, beforeAll } from 'vitest';
import { type EmulatorCredential, rotationInputs } from '../../tools/adobe-emulator/index.js';
import { type CampaignInstall, createCampaignInstall } from '../../tools/campaign-install.js';
import { type FakeGitHub, startFakeGitHub } from '../../tools/github-emulator/index.js';
import type { ActionRun } from '../../tools/runner.js';
import { type Scenario, startScenario } from './scenario.js';

export const GITHUB_TOKEN = 'github_pat_rotation_test_token_0123456789';
export const REPOSITORY = { owner: 'acme', repo: 'campaign' };

export interface RotationSetup {
  s: Scenario;
  github: FakeGitHub;
  close(): Promise<void>;
}

export async function startRotationSetup(): Promise<RotationSetup> {
  const s = await startScenario();
  const github = await startFakeGitHub({
    ...REPOSITORY,
    token: GITHUB_TOKEN,
    environments: ['production'],
  });
  return {
    s,
    github,
    close: async () => {
      await github.close();
      await s.close();
    },
  };
}

/**
 * Starts the surroundings before a test file's tests and closes them after; the returned
 * function gives them to a test.
 */
export function useRotationSetup(): () => RotationSetup {
  let setup: RotationSetup | undefined;
  beforeAll(async () => {
    setup = await startRotationSetup();
  });
  afterAll(() => setup?.close());
  return () => {
    if (!setup) throw new Error('the rotation setup has not started');
    return setup;
  };
}

/** The values of the credential's client secrets at the emulator now. */
export function secretValues(setup: RotationSetup, clientId: string): string[] {
  return setup.s.emulator.secretsOf(clientId).map((secret) => secret.value);
}

export interface RotationCase {
  inputs: Record<string, string>;
  install: CampaignInstall;
  clientId: string;
  /** The secret the credential starts with. */
  oldSecret: string;
}

export interface CaseOptions {
  /** Inputs to add or override. */
  inputs?: Record<string, string>;
  instances?: string[];
  /** Changes the credential before it is registered. */
  change?: (credential: EmulatorCredential) => void;
}

/** A fresh credential (so secrets start over) with the I/O Management API, and its install. */
export function rotationCase(setup: RotationSetup, options: CaseOptions = {}): RotationCase {
  const { s, github } = setup;
  const instances = options.instances ?? ['prod', 'stage'];
  const generated = s.another((credential) => {
    if (credential.console) credential.console.ioManagementApi = true;
    options.change?.(credential);
  });
  const { clientId } = generated.credential;
  const oldSecret = generated.credential.clientSecrets[0] ?? '';
  const install = createCampaignInstall({ instances });
  return {
    clientId,
    oldSecret,
    install,
    inputs: {
      ...rotationInputs(generated, s.emulator),
      mode: 'rotate',
      verify: 'token',
      instances: instances.join(', '),
      nlserver: install.nlserver,
      'github-token': GITHUB_TOKEN,
      'github-api-url': github.url,
      ...options.inputs,
    },
  };
}

/** The runner variables a GitHub-secret step needs. */
export const RUNNER_ENV = {
  GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
  GITHUB_ACTIONS: 'true',
};

export function rotationOf(run: ActionRun): {
  state: string;
  oldSecretUuid: string;
  newSecretUuid: string;
  instances: { name: string; result: string }[];
  githubSecret: string;
} {
  return JSON.parse(run.outputs.rotation ?? 'null');
}
