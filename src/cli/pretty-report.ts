import { relative, resolve } from 'node:path';
import type { CheckResult } from '../core/validate/check-sources.ts';
import { formatPretty } from '../core/report/format-pretty.ts';
import type { CliIo } from './io.ts';

/**
 * The `pretty` report of a check as `parcours validate` prints it: paths relative to the
 * current directory, code frames from the checked files, colour on a terminal.
 */
export function prettyReport({ problems, files }: Pick<CheckResult, 'problems' | 'files'>, root: string, io: CliIo): string {
  const texts = new Map([...files].map(([path, parsed]) => [path, parsed.source.text]));
  return formatPretty(problems, {
    texts,
    displayPath: (file) => relative(io.cwd, resolve(root, file)),
    color: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined,
  });
}
