/**
 * Text from the content made safe to print on a terminal or in a CI log: line breaks, carriage
 * returns and other control characters are shown escaped (`\n`, `\r`, `\u001b`), so a value
 * cannot start a line of its own nor move the terminal's cursor. GitHub Actions runs any log line
 * that starts with `::` as a workflow command (`::add-mask::`, `::stop-commands::`), and its runner
 * splits lines at CR as well as LF. Tabs stay: they break no line.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g,
    (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r' };
