import { oneLine } from './one-line.ts';

/**
 * The lines around a position, numbered, with a caret line under the span
 * (as Astro and Babel print them). Positions are 1-based.
 */
export function codeFrame(text: string, line: number, column: number, endLine?: number, endColumn?: number, context = 2): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let number = first; number <= last; number++) {
    // A lone CR or an escape sequence in the file must not break or repaint the printed line.
    const content = oneLine((lines[number - 1] ?? '').replace(/\t/g, '→'));
    out.push(`${number === line ? '>' : ' '} ${String(number).padStart(width)} | ${content}`);
    if (number === line) {
      const sameLine = endLine === line && endColumn !== undefined && endColumn > column;
      const length = sameLine ? endColumn - column : 1;
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}${'^'.repeat(Math.min(length, 80))}`);
    }
  }
  return out.join('\n');
}
