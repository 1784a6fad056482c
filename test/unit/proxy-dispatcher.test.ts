// undici prints its experimental notice once per process, so each case is its own process.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/runner.js';

function stderrOf(code: string): string {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(child.status, child.stderr).toBe(0);
  return child.stderr;
}

describe('proxyDispatcher', () => {
  it("leaves out undici's experimental notice, and only that, and restores emitWarning", () => {
    const stderr = stderrOf(`
      import { proxyDispatcher } from './src/common/proxy-dispatcher.ts';
      const original = process.emitWarning;
      await proxyDispatcher().close();
      if (process.emitWarning !== original) throw new Error('emitWarning not restored');
      process.emitWarning('a warning of our own', { code: 'OWN-WARNING' });
    `);
    expect(stderr).not.toContain('UNDICI-EHPA');
    expect(stderr).toContain('[OWN-WARNING] Warning: a warning of our own');
  });

  it('the agent made directly does print the notice', () => {
    const stderr = stderrOf(`
      import { EnvHttpProxyAgent } from 'undici';
      await new EnvHttpProxyAgent().close();
    `);
    expect(stderr).toContain('[UNDICI-EHPA] Warning: EnvHttpProxyAgent is experimental');
  });
});
