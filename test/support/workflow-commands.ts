// A small model of how the runner reads workflow commands from a step's output (actions/
// runner, ActionCommandManager and ActionCommand), so a test can list every command a run
// issued, and prove that text from outside issued none:
// - output is split into lines on CR, LF and CRLF;
// - `::name props::data` is a command when the line starts with it after leading whitespace;
// - the legacy `##[name props]data` is a command anywhere in a line;
// - after `::stop-commands::TOKEN`, no line is a command until one that is `::TOKEN::`.
// Unlike the runner it records names it does not know too: stricter, never laxer.

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  legacy: boolean;
}

export interface ParsedOutput {
  commands: WorkflowCommand[];
  /** Still inside stop-commands at the end: everything after was swallowed. */
  stopped: boolean;
}

const unescapeData = (text: string) =>
  text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string) =>
  unescapeData(text).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

function properties(text: string, separator: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at > 0) result[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
  }
  return result;
}

function split(info: string): [string, string] {
  const space = info.indexOf(' ');
  return space < 0 ? [info, ''] : [info.slice(0, space), info.slice(space + 1).trim()];
}

function parseV2(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const [name, props] = split(text.slice(2, end));
  if (name === '') return undefined;
  return {
    name,
    properties: properties(props, ','),
    data: unescapeData(text.slice(end + 2)),
    legacy: false,
  };
}

function parseLegacy(line: string): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const [name, props] = split(line.slice(start + 3, end));
  if (name === '') return undefined;
  return {
    name,
    properties: properties(props, ';'),
    data: unescapeData(line.slice(end + 1)),
    legacy: true,
  };
}

export function parseWorkflowCommands(output: string): ParsedOutput {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const command = parseV2(line) ?? parseLegacy(line);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name === stopToken) stopToken = undefined;
      continue;
    }
    commands.push(command);
    if (command.name === 'stop-commands') stopToken = command.data;
  }
  return { commands, stopped: stopToken !== undefined };
}

/** What the action itself issues; the resume of a stop-commands is its token. */
const OWN = new Set(['add-mask', 'debug', 'notice', 'warning', 'error', 'group', 'endgroup']);
const OWN_STOP_TOKEN = /^[0-9a-f]{32}$/;

/**
 * Every command in the output that the action did not issue itself: unknown names,
 * anything carrying `marker` where a command puts its name, properties or the start of
 * its data, a mask shorter than 8 characters, and a stop-commands left open.
 */
export function foreignCommands(output: string, marker = 'INJECTED'): string[] {
  const { commands, stopped } = parseWorkflowCommands(output);
  const tokens = new Set(commands.filter((c) => c.name === 'stop-commands').map((c) => c.data));
  const foreign = commands.filter((command) => {
    if (command.name === 'stop-commands') return !OWN_STOP_TOKEN.test(command.data);
    if (!OWN.has(command.name) && !tokens.has(command.name)) return true;
    if (command.legacy) return true;
    if (command.data.startsWith(marker) || command.name.includes(marker)) return true;
    if (Object.values(command.properties).some((value) => value.includes(marker))) return true;
    return (
      command.name === 'add-mask' && (command.data.length < 8 || command.data.includes(marker))
    );
  });
  const said = foreign.map(
    (c) =>
      `${c.legacy ? '##[' : '::'}${c.name} ${JSON.stringify(c.properties)} ${c.data.slice(0, 80)}`,
  );
  return stopped ? [...said, 'stop-commands never resumed'] : said;
}
