import type { Catalogue } from './catalogue.ts';
import { frSentences } from './changes/fr.ts';
import { frProblems } from './problems/fr.ts';
import { frReports } from './reports/fr.ts';

/** Tout ce que Parcours dit en français. */
export const fr: Catalogue = {
  lang: 'fr',
  quotes: ['«\u00a0', '\u00a0»'],
  problems: frProblems,
  changes: frSentences,
  reports: frReports,
  words: {
    none: 'non renseigné',
    yes: 'oui',
    no: 'non',
    allPersonas: 'Tous les clients',
    minutes: (value) => `${value} min`,
    state: { current: 'Actuel', target: 'Cible' },
    levels: { low: 'faible', medium: 'moyen', high: 'fort' },
    statuses: { idea: 'Idée', planned: 'Planifiée', 'in-progress': 'En cours', done: 'Réalisée' },
    affinities: { high: 'grande', medium: 'moyenne', low: 'faible', none: 'aucune (exclusion numérique)' },
    affinityAlone: true,
  },
};
