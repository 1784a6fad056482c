/** Text made safe for one Markdown table cell. */
export function markdownCell(text: string, lineBreak = '<br>'): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, lineBreak);
}
