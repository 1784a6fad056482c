// One message, two front doors: the action names inputs as action.yml does, the CLI as
// flags and environment variables, from the same reference.
import { describe, expect, it } from 'vitest';
import { CLI_NAMING } from '../../src/cli/options.js';
import { INPUT_NAMING, inputRef, renderInputRefs } from '../../src/common/input-ref.js';
import { parseInputs } from '../../src/inputs/rules.js';
import { reader } from '../support/inputs.js';

const message = `${inputRef('client-secret')} is not valid for ${inputRef('client-id')}; set ${inputRef('continue-on-instance-error', 'true')} or use ${inputRef('mode', 'print')}.`;

describe('input references', () => {
  it('render as action.yml names them in the action', () => {
    expect(renderInputRefs(message, INPUT_NAMING)).toBe(
      'client-secret is not valid for client-id; set continue-on-instance-error: true or use mode: print.',
    );
  });

  it('render as flags, environment variables and commands in the CLI', () => {
    expect(renderInputRefs(message, CLI_NAMING)).toBe(
      'ADOBE_CLIENT_SECRET is not valid for --client-id; set --continue-on-instance-error true or use the print command.',
    );
  });

  it('leave text without references alone, and never turn untrusted text into anything but a name', () => {
    expect(renderInputRefs('Adobe said: no', CLI_NAMING)).toBe('Adobe said: no');
    const forged = '\uE000::error::pwned\uE002 and \uE000ok\uE001a b\uE002';
    expect(renderInputRefs(forged, CLI_NAMING)).toBe(forged);
  });

  it('leave no reference unrendered in any input problem', () => {
    const { problems, warnings } = parseInputs(
      reader({ mode: 'apply', auth: 'oauth', 'private-key': 'x', certificate: 'y', metrics: 'm' }),
    );
    expect(problems.length).toBeGreaterThan(3);
    for (const text of [...problems.map((p) => p.message), ...warnings]) {
      expect(text).toContain('\uE000');
      expect(renderInputRefs(text, CLI_NAMING)).not.toMatch(/[\uE000-\uE002]/);
    }
  });
});
