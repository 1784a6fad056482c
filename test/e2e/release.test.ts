// Release rehearsal: the npm package as a user gets it. `npm pack`, install the tarball into
// an empty project with no registry at all (offline, a dead registry URL, an empty cache:
// the package must need nothing else), then run the installed bin through npx, for its
// version and for a validate against the emulator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, ROOT } from '../../tools/runner.js';
import { makeTempDir } from '../../tools/temp.js';
import { type Scenario, startScenario } from '../support/scenario.js';

const PACKAGE = 'campaign-analytics-credentials';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

let s: Scenario;
beforeAll(async () => {
  s = await startScenario();
});
afterAll(() => s.close());

/** npm or npx, never touching a registry; on Windows they are .cmd files, run by a shell. */
function npm(
  tool: 'npm' | 'npx',
  args: string[],
  cwd: string,
  cache: string,
  env: Record<string, string> = {},
) {
  return capture(tool, args, {
    cwd,
    shell: process.platform === 'win32',
    env: {
      ...process.env,
      npm_config_cache: cache,
      npm_config_offline: 'true',
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      ...env,
    },
  });
}

describe('release rehearsal', () => {
  it('packs, installs offline into an empty project, and runs --version and a validate', async () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const work = makeTempDir('release');
    const packDir = join(work, 'pack');
    mkdirSync(packDir);
    // An empty cache of its own: nothing can come from an earlier install.
    const cache = join(work, 'npm-cache');
    const packed = await npm('npm', ['pack', '--json', '--pack-destination', packDir], ROOT, cache);
    expect(packed.exitCode, packed.stderr).toBe(0);
    const [tarball] = JSON.parse(packed.stdout) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = (tarball?.files ?? []).map((file) => file.path).sort();
    for (const file of [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli/index.js',
      'package.json',
    ])
      expect(files).toContain(file);
    // The CLI only: no action bundles, sources or tests.
    expect(
      files.filter((file) => !/^(dist\/cli\/|[A-Z]+\.md$|LICENSE$|package\.json$)/.test(file)),
    ).toEqual([]);

    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "rehearsal", "private": true }\n');
    const installed = await npm(
      'npm',
      ['install', join(packDir, tarball?.filename ?? '')],
      project,
      cache,
    );
    expect(installed.exitCode, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/EBADENGINE|deprecated/);

    const version = await npm('npx', [PACKAGE, '--version'], project, cache);
    expect(version).toMatchObject({ exitCode: 0, stdout: `${pkg.version}\n` });

    const { credential } = s.generated;
    const validate = await npm('npx', [PACKAGE, 'validate', '--json'], project, cache, {
      ADOBE_IMS_ORG_ID: credential.orgId,
      ADOBE_CLIENT_ID: credential.clientId,
      ADOBE_CLIENT_SECRET: credential.clientSecrets[0] ?? '',
      ADOBE_TECHNICAL_ACCOUNT_ID: credential.technicalAccountId,
      ADOBE_IMS_ENDPOINT: s.emulator.url,
      ADOBE_ANALYTICS_ENDPOINT: s.emulator.url,
    });
    expect(validate.exitCode, validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ command: 'validate', ok: true });
    expect(s.emulator.requests.map((r) => r.path)).toContain('/ims/token/v3');
  }, 120_000);
});
