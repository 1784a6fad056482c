// The CLI's rotate command: the same rotation as the action's, without a GitHub secret to
// store the new one in, so it says where to copy it from.
import { describe, expect, it } from 'vitest';
import { encryptedStandIn } from '../../../tools/campaign-install.js';
import { runCli } from '../../../tools/runner.js';
import { rotationCase, useRotationSetup } from '../../support/rotation.js';

const setup = useRotationSetup();

/** The action's inputs as CLI flags; the secret only from the environment. */
function cliArguments(inputs: Record<string, string>): { args: string[]; secret: string } {
  const { mode, 'client-secret': secret, ...rest } = inputs;
  const githubOnly = ['github-token', 'github-api-url'];
  const flags = Object.entries(rest)
    .filter(([name]) => !githubOnly.includes(name))
    .flatMap(([name, value]) => [`--${name}`, value]);
  return { args: [mode ?? '', ...flags, '--json'], secret: secret ?? '' };
}

describe('CLI rotate', () => {
  it('rotates, applies and reads back, deletes the old secret, and says the new one was stored nowhere', async () => {
    const rotation = rotationCase(setup());
    const { s } = setup();
    const [old] = s.emulator.secretsOf(rotation.clientId);
    const { args, secret } = cliArguments(rotation.inputs);
    const cli = await runCli(args, { ADOBE_CLIENT_SECRET: secret });
    expect(cli.exitCode, cli.stderr).toBe(0);

    const remaining = s.emulator.secretsOf(rotation.clientId);
    expect(remaining).toHaveLength(1);
    const [current] = remaining;
    expect(current?.uuid).not.toBe(old?.uuid);
    for (const instance of ['prod', 'stage']) {
      expect(rotation.install.readIms(instance)?.authIMSTAClientSecret).toBe(
        encryptedStandIn(current?.value ?? ''),
      );
    }
    const result = JSON.parse(cli.stdout) as { ok: boolean; outputs: Record<string, string> };
    expect(result.ok).toBe(true);
    expect(JSON.parse(result.outputs.rotation ?? 'null')).toMatchObject({
      state: 'completed',
      githubSecret: 'not-configured',
    });
    expect(result.outputs['deleted-secret-uuid']).toBe(old?.uuid);
    // The warning says where the new secret is, and names no GitHub-only input.
    expect(cli.stderr).toContain(
      'The new client secret was stored nowhere, and the old one is deleted',
    );
    expect(cli.stderr).toContain(current?.uuid);
    expect(cli.stderr).not.toContain('github-secret-name');
    // Node prints no warning of its own (undici's experimental notice).
    expect(cli.stderr).not.toMatch(/\(node:\d+\)/);
    // No secret and no token reaches the terminal.
    const shown = cli.stdout + cli.stderr;
    const secrets = [secret, ...s.emulator.issuedSecrets, ...s.emulator.issuedTokens];
    expect(secrets.length).toBeGreaterThan(2);
    expect(secrets.filter((value) => shown.includes(value))).toEqual([]);
  });

  it('refuses GitHub-only inputs as flags', async () => {
    const rotation = rotationCase(setup());
    const { args, secret } = cliArguments(rotation.inputs);
    const cli = await runCli([...args, '--github-secret-name', 'ADOBE_CLIENT_SECRET'], {
      ADOBE_CLIENT_SECRET: secret,
    });
    expect(cli.exitCode).toBe(2);
    expect(cli.stderr).toContain('--github-secret-name');
    expect(setup().s.emulator.secretsOf(rotation.clientId)).toHaveLength(1);
  });
});
