import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tools/temp.js';
import { type Scenario, startScenario } from '../support/scenario.js';

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());

function eventFile(head: string, base: string): string {
  const path = join(makeTempDir('event'), 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      pull_request: { head: { repo: { full_name: head } }, base: { repo: { full_name: base } } },
    }),
  );
  return path;
}

describe('workflow events and secrets', () => {
  it('explains an empty secret on a pull request from a fork', async () => {
    const run = await s.run(
      { ...s.inputs, 'client-secret': '' },
      {
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventFile('someone/fork', 'acme/repo'),
        },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::warning title=Secrets unavailable to this run::This run was triggered by a pull request from the fork someone\/fork; GitHub does not pass secrets/,
    );
    expect(run.stdout).toMatch(/::error::client-secret is required/);
  });

  it('says nothing about forks for a pull request from the same repository', async () => {
    const run = await s.run(
      { ...s.inputs, 'client-secret': '' },
      {
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: eventFile('acme/repo', 'acme/repo'),
        },
      },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toMatch(/::warning[^\n]*fork/);
  });

  it('warns on pull_request_target, where secrets meet code from forks', async () => {
    const run = await s.run(s.inputs, { env: { GITHUB_EVENT_NAME: 'pull_request_target' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /::warning title=Workflow event::This workflow runs on pull_request_target/,
    );
  });

  it('explains an empty secret on a Dependabot run', async () => {
    const run = await s.run(
      { ...s.inputs, 'client-secret': '' },
      { env: { GITHUB_ACTOR: 'dependabot[bot]' } },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::warning title=Secrets unavailable to this run::This run was triggered by Dependabot, which only receives Dependabot secrets/,
    );
  });
});
