import { relative } from 'node:path';

interface AstroErrorShape {
  message: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
}

/**
 * One clear message for an error thrown by an Astro build: where (file:line:col relative to
 * `cwd` when Astro knows it), what, and Astro's hint; never the stack. ANSI colours that Astro
 * puts in some messages are removed so logs and tests read plain text.
 */
export function describeBuildError(error: unknown, cwd: string): string {
  if (!(error instanceof Error)) return String(error);
  const { message, hint, loc } = error as Error & AstroErrorShape;
  const where = loc?.file ? `${relative(cwd, loc.file)}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''} ` : '';
  const lines = [`${where}${message}`];
  if (hint) lines.push(`hint: ${hint}`);
  return lines.join('\n').replace(/\u001b\[[0-9;]*m/g, '');
}
