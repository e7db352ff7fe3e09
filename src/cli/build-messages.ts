import { LOCALES } from '../core/messages/plural.ts';
import type { Lang } from '../core/model/resolve-config.ts';
import type { PdfsLeftOut } from '../publish/draw-pdfs.ts';

/** The sentences `parcours build` ends with, in the config's language, besides its progress lines. */
export interface BuildMessages {
  /** The summary: "Built 45 pages into dist in 12.3 s." */
  built(pages: number, out: string, ms: number): string;
  /** Warnings do not stop a build; they are counted, and the command that lists them named. */
  warnings(count: number, root: string): string;
  /** Content errors: nothing built, the output as it was. */
  contentErrors(out: string): string;
  /** A failed build (Astro, a page, the index): the output as it was. */
  failed(out: string): string;
  /** The PDF downloads were not drawn, and why. */
  pdfsLeftOut(why: PdfsLeftOut): string;
}

export function buildMessages(lang: Lang): BuildMessages {
  const locale = LOCALES[lang];
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const one = (count: number) => new Intl.PluralRules(locale).select(count) === 'one';
  const seconds = (ms: number) => `${tenths.format(ms / 1000)} s`;
  if (lang === 'fr')
    return {
      built: (pages, out, ms) =>
        `${integer.format(pages)} ${one(pages) ? 'page construite' : 'pages construites'} dans ${out} en ${seconds(ms)}.`,
      warnings: (count, root) =>
        `${integer.format(count)} ${one(count) ? 'avertissement' : 'avertissements'} dans le contenu ; \`parcours validate --root ${root}\` les liste.`,
      contentErrors: (out) => `parcours build : le contenu a des erreurs ; rien n’a été construit et ${out} n’a pas changé.`,
      failed: (out) => `parcours build : le site n’a pas pu être construit ; ${out} n’a pas changé.`,
      pdfsLeftOut: (why) =>
        `Téléchargements journey.pdf et persona.pdf non produits (${
          why.kind === 'disabled'
            ? 'PARCOURS_PDF=0'
            : why.kind === 'dev-server'
              ? 'parcours dev ne dessine pas de PDF'
              : why.kind === 'too-many'
                ? `${integer.format(why.journeys)} parcours, plus que pdfMaxJourneys (${integer.format(why.limit)}) dans parcours.config.yaml`
                : `aucun Chromium : ${why.detail}`
        }) ; les pages d’affiche sont construites et s’impriment sur une page.`,
    };
  return {
    built: (pages, out, ms) => `Built ${integer.format(pages)} ${one(pages) ? 'page' : 'pages'} into ${out} in ${seconds(ms)}.`,
    warnings: (count, root) =>
      `${integer.format(count)} ${one(count) ? 'warning' : 'warnings'} in the content; \`parcours validate --root ${root}\` lists them.`,
    contentErrors: (out) => `parcours build: the content has errors; nothing was built and ${out} is unchanged.`,
    failed: (out) => `parcours build: the site could not be built; ${out} is unchanged.`,
    pdfsLeftOut: (why) =>
      `Left out the journey.pdf and persona.pdf downloads (${
        why.kind === 'disabled'
          ? 'PARCOURS_PDF=0'
          : why.kind === 'dev-server'
            ? 'parcours dev draws no PDF'
            : why.kind === 'too-many'
              ? `${integer.format(why.journeys)} journeys is more than pdfMaxJourneys (${integer.format(why.limit)}) in parcours.config.yaml`
              : why.detail
      }); the poster pages are built and print on one page.`,
  };
}
