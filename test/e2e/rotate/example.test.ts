// The README's rotation example is real: its block is docs/examples/rotate.yml, and that
// step, run as written against the emulators, rotates the secret.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, rotateExample } from '../../../scripts/demo-rotate.js';
import { ROOT } from '../../../tools/runner.js';

describe('the README rotation example', () => {
  it('is docs/examples/rotate.yml, word for word', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block =
      /<!-- rotate-example:start -->\n```yaml\n([\s\S]*?)```\n<!-- rotate-example:end -->/.exec(
        readme,
      )?.[1];
    expect(block).toBe(readFileSync(join(ROOT, EXAMPLE), 'utf8'));
  });

  it('rotates against the emulators: one secret left, the new one in the GitHub secret', async () => {
    const { run, stored, secrets } = await rotateExample();
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.rotation ?? '{}')).toMatchObject({
      state: 'completed',
      githubSecret: 'updated',
      instances: [
        { name: 'prod', result: 'new-secret' },
        { name: 'prod_mkt', result: 'new-secret' },
      ],
    });
    expect(secrets).toHaveLength(1);
    expect(stored).toBe(secrets[0]);
    // reload: true ran once, after both instances.
    expect(run.nlserverCalls.map((call) => call.args[1])).toEqual([
      '-instance:prod',
      '-instance:prod_mkt',
      '-reload',
    ]);
  });
});
