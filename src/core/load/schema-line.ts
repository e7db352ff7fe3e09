import { dirname, join } from 'node:path';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';
import type { SourceFile } from './read-content.ts';

/** The line editors read (the YAML language server: VS Code's YAML extension and others). */
const SCHEMA_LINE = /^(#\s*yaml-language-server:\s*\$schema=)(\S*)/;
/** Addresses Parcours once wrote that never answered: a file pointing there gets no completion. */
const DEAD_ADDRESS = /^https?:\/\/parcours\.dev\//;

/** The schema line of a file, among the comment lines that open it: its target and where the target starts. */
export function readSchemaLine(text: string): { target: string; line: number; column: number } | undefined {
  // Line by line from the start, not split whole: every check reads every file's first lines, and
  // a journey's text runs to tens of kilobytes past them.
  let start = text.startsWith('\ufeff') ? 1 : 0;
  for (let index = 0; start <= text.length; index++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, newline !== -1 && end > start && text[end - 1] === '\r' ? end - 1 : end);
    if (!line.startsWith('#') && line.trim() !== '') return undefined;
    const match = SCHEMA_LINE.exec(line);
    if (match) return { target: match[2]!, line: index + 1, column: match[1]!.length + 1 };
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}

/** The text with its schema line pointing to `target`: the existing line rewritten, or a new first line. */
export function withSchemaLine(text: string, target: string): string {
  const found = readSchemaLine(text);
  if (!found) return `# yaml-language-server: $schema=${target}\n${text}`;
  const lines = text.split('\n');
  lines[found.line - 1] = lines[found.line - 1]!.replace(SCHEMA_LINE, `$1${target}`);
  return lines.join('\n');
}

/**
 * Whether a schema line leads to a schema: a relative path must name a file (`exists`), an
 * address of parcours.dev never answered; other addresses are trusted, since checking them would
 * need the network.
 */
export function schemaLineResolves(target: string, file: string, exists: (path: string) => boolean): boolean {
  if (DEAD_ADDRESS.test(target)) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return true;
  return exists(join(dirname(file), target));
}

/**
 * `schema-line-unresolved` for each content file whose schema line points nowhere, so a team
 * learns why its editor gives no completion. `exists` answers for absolute paths (cached by the
 * caller: thousands of files share a handful of targets).
 */
export function checkSchemaLines(root: string, sources: readonly SourceFile[], exists: (path: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    const found = readSchemaLine(source.text);
    if (!found || schemaLineResolves(found.target, join(root, source.path), exists)) continue;
    problems.push(
      problem(
        'schema-line-unresolved',
        { file: source.path, line: found.line, column: found.column },
        { target: found.target, dead: DEAD_ADDRESS.test(found.target) ? 'yes' : 'no' },
      ),
    );
  }
  return problems;
}
