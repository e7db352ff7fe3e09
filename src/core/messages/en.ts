import type { Catalogue } from './catalogue.ts';
import { enSentences } from './changes/en.ts';
import { enProblems } from './problems/en.ts';
import { enReports } from './reports/en.ts';

/** Everything Parcours says in English. */
export const en: Catalogue = {
  lang: 'en',
  quotes: ['“', '”'],
  problems: enProblems,
  changes: enSentences,
  reports: enReports,
  words: {
    none: 'none',
    yes: 'yes',
    no: 'no',
    allPersonas: 'All customers',
    minutes: (value) => `${value} min`,
    state: { current: 'Current', target: 'Target' },
    levels: { low: 'low', medium: 'medium', high: 'high' },
    statuses: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done' },
    affinities: { high: 'very', medium: 'fairly', low: 'little', none: 'not at all (digitally excluded)' },
    affinityAlone: false,
  },
};
