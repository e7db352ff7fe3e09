import { LANGS, type Lang } from '../core/model/lang.ts';
import { oneOf } from './parse-command-args.ts';

/** The `--lang` option of the commands whose human-facing output follows the team's language. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

export const LANG_HELP = `  --lang LANG      language of the human-facing output: ${LANGS.join(' or ')}
                   (default: lang in parcours.config.yaml; json stays English)`;

/** `--lang` checked before any work is done: the language asked for, or undefined for the content's own. */
export function parseLang(command: string, value: string | undefined): Lang | undefined {
  return value === undefined ? undefined : oneOf(command, 'lang', value, LANGS, 'en');
}
