// Messages name inputs by reference, and each front door renders the reference in its
// own words: the action as the input's name (`client-id`, `verify: none`), the CLI as a
// flag or an environment variable (`--client-id`, `--verify none`, `ADOBE_CLIENT_SECRET`).
// Check rows and errors stay strings that travel through outputs, summaries and JSON;
// a reference rides inside them as a token of private-use characters, never as wording.

const OPEN = '\uE000';
const VALUE = '\uE001';
const CLOSE = '\uE002';

// Only names and values of the shapes inputs have: untrusted text that happens to carry
// these characters cannot turn into anything but an input-like word.
const NAME = '[a-z][a-z0-9-]{0,39}';
const SETTING = '[A-Za-z0-9_.-]{1,40}';
const REFERENCE = new RegExp(`${OPEN}(${NAME})(?:${VALUE}(${SETTING}))?${CLOSE}`, 'g');

/** How a front door names an input, optionally with the value to set it to. */
export type InputNaming = (input: string, value: string | undefined) => string;

/** A reference to an input (`inputRef('auth', 'oauth')`: set auth to oauth). */
export function inputRef(input: string, value?: string): string {
  return `${OPEN}${input}${value === undefined ? '' : `${VALUE}${value}`}${CLOSE}`;
}

/** Replaces each reference with the front door's words for it. */
export function renderInputRefs(text: string, naming: InputNaming): string {
  if (!text.includes(OPEN)) return text;
  return text.replace(REFERENCE, (_match, input: string, value: string | undefined) =>
    naming(input, value),
  );
}

/** action.yml's words: the input's name, and `name: value` as a workflow sets it. */
export const INPUT_NAMING: InputNaming = (input, value) =>
  value === undefined ? input : `${input}: ${value}`;
