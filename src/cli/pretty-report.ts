import { relative, resolve } from 'node:path';
import type { CheckResult, Lang } from '../core/index.ts';
import { formatPretty } from '../core/report/format-pretty.ts';
import { terminalWording } from '../core/report/wording.ts';
import type { CliIo } from './io.ts';

/**
 * The `pretty` report of a check as `parcours validate` prints it: paths relative to the
 * current directory, code frames from the checked files, colour on a terminal, in `lang`.
 */
export function prettyReport(
  { problems, files }: Pick<CheckResult, 'problems' | 'files'>,
  root: string,
  io: CliIo,
  lang: Lang = 'en',
): string {
  const texts = new Map([...files].map(([path, parsed]) => [path, parsed.source.text]));
  return formatPretty(problems, {
    texts,
    displayPath: (file) => relative(io.cwd, resolve(root, file)),
    color: Boolean(io.stdout.isTTY) && io.env.NO_COLOR === undefined,
    wording: terminalWording(lang),
  });
}
