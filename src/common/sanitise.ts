// Text from outside (Adobe, GitHub, nlserver, an input value quoted back) made safe to show
// anywhere the action writes: a log line, an annotation, a summary cell, an output, a
// terminal. It is applied once, where the text enters (when an answer is read or output is
// captured), not at each log call.
//
// The runner splits its input on CR as well as LF, reads a workflow command from a line
// that starts with "::" once leading whitespace is trimmed, and reads the legacy "##[" form
// anywhere in a line. So the sanitiser:
// - shows control characters (C0, DEL, C1), the Unicode line and paragraph separators and
//   the bidirectional overrides as visible escapes (\n, \r, \t, \u001b …), so the text stays
//   on one line and a terminal gets no escape sequence;
// - puts a backslash before "::" at the start ("\::") and inside "##[" ("##\["), so the
//   words stay readable but are no command;
// - caps each item at ITEM_LIMIT characters and says how much was cut, so one answer cannot
//   fill a log, an output or the 1 MiB job summary.

/** Text that went through `sanitise`: the type keeps raw text out of places that need it safe. */
export type Sanitised = string & { readonly __sanitised: true };

export const ITEM_LIMIT = 500;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0, DEL, C1, U+2028/U+2029 (line breaks to some viewers), bidi embeddings and isolates. */
function unsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function visible(char: string): string {
  return NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Untrusted text as it may be shown: one line, no command, at most about `limit` characters. */
export function sanitise(text: string, limit = ITEM_LIMIT): Sanitised {
  let shown = '';
  let index = 0;
  // Walk only as far as the cap allows: an answer may be hundreds of megabytes.
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const char = text.slice(index, index + (pair ? 2 : 1));
    const piece = unsafe(code) ? visible(char) : char;
    if (shown.length + piece.length > limit) break;
    shown += piece;
    index += char.length;
  }
  if (index < text.length) shown += `… (${text.length - index} more characters)`;
  shown = shown.replace(/##\[/g, '##\\[').replace(/^(\s*)::/, '$1\\::');
  return shown as Sanitised;
}

/** A value from outside: the raw text to compare with inputs, and the form to show. */
export interface Quoted {
  readonly raw: string;
  readonly shown: Sanitised;
}

export function quoted(raw: string): Quoted {
  return { raw, shown: sanitise(raw) };
}

/** A list of shown items for a message, naming at most `max` of them. */
export function shownList(items: readonly Sanitised[], max = 20): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** nlserver's (or any program's) output as lines that are safe to show. */
export function sanitiseLines(text: string): Sanitised[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => sanitise(line));
}
