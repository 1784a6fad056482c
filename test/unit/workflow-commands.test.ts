// The runner model the adversarial tests rely on, and the sanitiser against it: raw
// hostile text gives the model commands, the sanitised text none.
import { describe, expect, it } from 'vitest';
import { sanitise, sanitiseLines } from '../../src/common/sanitise.js';
import { HOSTILE } from '../support/hostile.js';
import { foreignCommands, parseWorkflowCommands } from '../support/workflow-commands.js';

describe('runner model', () => {
  it('reads commands at a line start after whitespace, splitting on CR and LF', () => {
    const { commands } = parseWorkflowCommands(
      'a\n::error title=T%3A1,line=2::one%0Atwo\rb\r\n   ::warning::w\nnot ::notice::x',
    );
    expect(commands).toEqual([
      { name: 'error', properties: { title: 'T:1', line: '2' }, data: 'one\ntwo', legacy: false },
      { name: 'warning', properties: {}, data: 'w', legacy: false },
    ]);
  });

  it('reads the legacy form anywhere in a line', () => {
    expect(parseWorkflowCommands('text ##[set-output name=a;]1').commands).toEqual([
      { name: 'set-output', properties: { name: 'a' }, data: '1', legacy: true },
    ]);
  });

  it('honours stop-commands until its token, and says when it never resumed', () => {
    const resumed = parseWorkflowCommands(
      '::stop-commands::tok\n::error::hidden\n::tok::\n::error::seen',
    );
    expect(resumed.commands.map((c) => c.data)).toEqual(['tok', 'seen']);
    expect(resumed.stopped).toBe(false);
    const swallowed = parseWorkflowCommands('::stop-commands::tok\n::error::our failure');
    expect(swallowed.stopped).toBe(true);
    expect(foreignCommands('::stop-commands::tok\n::error::our failure')).toContain(
      'stop-commands never resumed',
    );
  });

  it('finds each trick of the hostile text when it is written raw', () => {
    const found = foreignCommands(`our text: ${HOSTILE}`);
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.join('\n')).toMatch(/set-output/);
    expect(found.join('\n')).toMatch(/add-mask/);
    expect(found.join('\n')).toMatch(/##\[set-output/);
  });

  it('finds none once the text went through the sanitiser, as one item or as lines', () => {
    expect(foreignCommands(sanitise(HOSTILE))).toEqual([]);
    expect(foreignCommands(`our text: ${sanitise(HOSTILE)}`)).toEqual([]);
    expect(foreignCommands(sanitiseLines(HOSTILE).join('\n'))).toEqual([]);
  });
});
