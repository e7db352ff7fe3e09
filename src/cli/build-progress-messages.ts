import type { Lang } from '../core/model/resolve-config.ts';
import { LOCALES } from '../core/messages/plural.ts';
import type { BuildPhase, PhaseCounts } from '../publish/build-progress.ts';

/** What a phase did, with the cache's share: the counts the progress lines are worded from. */
export interface PhaseReport extends PhaseCounts {
  /** For the check: results the content cache held, of those looked up. */
  cacheHits?: number;
  cacheLookups?: number;
}

/** The sentences of `parcours build`'s progress, in the config's language (English and French). */
export interface ProgressMessages {
  /** The phase under way, before its counter and bar ("Rendering pages"). */
  running(phase: BuildPhase): string;
  /** The phase done, with its counts and what the cache saved, without its time. */
  done(phase: BuildPhase, report: PhaseReport): string;
  /** A time: "2.5 s", "2,5 s". */
  seconds(ms: number): string;
}

export function progressMessages(lang: Lang): ProgressMessages {
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rules = new Intl.PluralRules(locale);
  const n = (count: number, one: string, other: string) => `${integer.format(count)} ${rules.select(count) === 'one' ? one : other}`;
  return lang === 'fr' ? french(n, integer, tenths) : english(n, integer, tenths);
}

type Count = (count: number, one: string, other: string) => string;

function english(n: Count, integer: Intl.NumberFormat, tenths: Intl.NumberFormat): ProgressMessages {
  const running: Record<BuildPhase, string> = {
    check: 'Checking the content',
    render: 'Rendering pages',
    index: 'Indexing pages for search',
    pdf: 'Drawing PDFs',
  };
  return {
    running: (phase) => running[phase],
    done(phase, r) {
      switch (phase) {
        case 'check':
          return `Checked ${n(r.done, 'file', 'files')}${r.cacheLookups ? `; the cache held ${n(r.cacheHits ?? 0, 'result', 'results')} of ${integer.format(r.cacheLookups)}` : ''}`;
        case 'render':
          return `Rendered ${n(r.done - r.reused, 'page', 'pages')}${r.reused > 0 ? `; ${n(r.reused, 'page', 'pages')} reused from the last build` : ''}`;
        case 'index':
          return `Indexed ${n(r.indexed, 'page', 'pages')} for search`;
        case 'pdf':
          return `Drew ${n(r.done, 'PDF', 'PDFs')}`;
      }
    },
    seconds: (ms) => `${tenths.format(ms / 1000)} s`,
  };
}

function french(n: Count, integer: Intl.NumberFormat, tenths: Intl.NumberFormat): ProgressMessages {
  const running: Record<BuildPhase, string> = {
    check: 'Vérification du contenu',
    render: 'Rendu des pages',
    index: 'Indexation des pages pour la recherche',
    pdf: 'Dessin des PDF',
  };
  return {
    running: (phase) => running[phase],
    done(phase, r) {
      switch (phase) {
        case 'check':
          return `${n(r.done, 'fichier vérifié', 'fichiers vérifiés')}${r.cacheLookups ? ` ; le cache avait ${n(r.cacheHits ?? 0, 'résultat', 'résultats')} sur ${integer.format(r.cacheLookups)}` : ''}`;
        case 'render':
          return `${n(r.done - r.reused, 'page rendue', 'pages rendues')}${r.reused > 0 ? ` ; ${n(r.reused, 'page reprise', 'pages reprises')} de la construction précédente` : ''}`;
        case 'index':
          return `${n(r.indexed, 'page indexée', 'pages indexées')} pour la recherche`;
        case 'pdf':
          return `${n(r.done, 'PDF dessiné', 'PDF dessinés')}`;
      }
    },
    seconds: (ms) => `${tenths.format(ms / 1000)} s`,
  };
}
