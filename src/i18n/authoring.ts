import type { Lang } from '../core/index.ts';
import type { InsightCode } from '../core/insights/insight.ts';

/** Names joined as people write them: "a, b et c". */
function join(names: readonly string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** What an insight says on the site, from its code, its step's name and its personas' names. */
type InsightText = (step: string, personas: readonly string[], steps: number) => string;

const fr = {
  nav: { insights: 'Enseignements', review: 'À relire' },
  insights: {
    title: 'Enseignements',
    intro: (count: number, journeys: number) => `${count} enseignement${count > 1 ? 's' : ''} sur ${journeys} parcours : ce qu'une carte seule ne montre pas. La commande « parcours validate » les signale aussi.`,
    none: 'Aucun enseignement : les parcours ne montrent ni exclusion, ni chute, ni impasse.',
    journeyTitle: 'Enseignements de ce parcours',
    steps: 'Étapes concernées',
    seeStep: "Voir l'étape",
    codes: {
      'inclusion-gap-digital': 'Exclusion numérique',
      'inclusion-gap-channels': 'Canaux non préférés',
      'moment-of-truth-without-human': 'Moment de vérité sans humain',
      'emotion-cliff': "Chute d'émotion",
      'dead-end': 'Impasse',
      'claims-without-evidence': 'Affirmations sans source',
    } satisfies Record<InsightCode, string>,
    texts: {
      'inclusion-gap-digital': (step, personas) => `« ${step} » ne passe que par des canaux numériques, alors que ${join(personas, 'et')} ${personas.length > 1 ? 'en sont éloignés' : 'en est éloigné·e'}.`,
      'inclusion-gap-channels': (_step, personas, steps) => `${steps} étape${steps > 1 ? 's' : ''} vécue${steps > 1 ? 's' : ''} par ${join(personas, 'et')} sans aucun de ses canaux préférés.`,
      'moment-of-truth-without-human': (step) => `« ${step} » est un moment de vérité, mais aucun point de contact n'y permet de parler à quelqu'un.`,
      'emotion-cliff': (step, personas) => `L'émotion chute brutalement à « ${step} »${personas.length > 0 ? ` pour ${join(personas, 'et')}` : ''}.`,
      'dead-end': (step) => `Le parcours se termine sur une émotion négative à « ${step} », sans opportunité pour en sortir.`,
      'claims-without-evidence': (_step, _personas, steps) => `${steps} étape${steps > 1 ? 's' : ''} affirme${steps > 1 ? 'nt' : ''} des émotions ou des irritants sans citer de source.`,
    } satisfies Record<InsightCode, InsightText>,
  },
  review: {
    title: 'À relire',
    intro: (count: number, days: number) => `${count} parcours à relire : relus il y a plus de ${days} jours, ou sans responsable ni date de relecture.`,
    none: 'Tous les parcours ont un responsable et ont été relus récemment.',
    caption: 'Parcours à relire, du plus ancien au plus récent',
    journey: 'Parcours',
    owner: 'Responsable',
    lastReviewed: 'Dernière relecture',
    reason: 'Pourquoi',
    noOwner: 'Aucun responsable',
    never: 'Jamais',
    overdue: (days: number) => `relu il y a ${days} jours`,
    missingOwner: 'aucun responsable',
    missingDate: 'aucune date de relecture',
  },
  evidence: {
    title: 'Preuves et mesures',
    coverage: 'Part de la carte appuyée par une source',
    steps: 'Étapes',
    painPoints: 'Irritants',
    emotions: 'Émotions',
    of: (backed: number, total: number) => `${backed} sur ${total}`,
    nothing: 'rien à mesurer',
    unbacked: 'Affirmations sans source',
    emotion: 'émotion',
    allBacked: 'Chaque émotion et chaque irritant cite une source.',
    measured: 'Chiffres mesurés (fichiers data/)',
    measuredCaption: 'Dernier chiffre mesuré de chaque étape et son évolution',
    step: 'Étape',
    metric: 'Mesure',
    latest: 'Dernier chiffre',
    trend: 'Évolution',
    directions: { up: 'en hausse', down: 'en baisse', flat: 'stable' },
    trendLabel: (metric: string, from: string, to: string, count: number) => `${metric} : de ${from} à ${to} sur ${count} périodes`,
  },
};

export type AuthoringStrings = typeof fr;

const en: AuthoringStrings = {
  nav: { insights: 'Insights', review: 'Needs review' },
  insights: {
    title: 'Insights',
    intro: (count, journeys) => `${count} insight${count === 1 ? '' : 's'} across ${journeys} journeys: what no single map shows. The “parcours validate” command reports them too.`,
    none: 'No insight: the journeys show no exclusion, no cliff and no dead end.',
    journeyTitle: 'Insights of this journey',
    steps: 'Steps concerned',
    seeStep: 'See the step',
    codes: {
      'inclusion-gap-digital': 'Digital exclusion',
      'inclusion-gap-channels': 'Channels not preferred',
      'moment-of-truth-without-human': 'Moment of truth without a human',
      'emotion-cliff': 'Emotion cliff',
      'dead-end': 'Dead end',
      'claims-without-evidence': 'Claims without a source',
    },
    texts: {
      'inclusion-gap-digital': (step, personas) => `“${step}” happens only on digital channels, while ${join(personas, 'and')} ${personas.length > 1 ? 'are' : 'is'} far from digital.`,
      'inclusion-gap-channels': (_step, personas, steps) => `${steps} step${steps === 1 ? '' : 's'} ${join(personas, 'and')} lives offer none of their preferred channels.`,
      'moment-of-truth-without-human': (step) => `“${step}” is a moment of truth, yet no touchpoint lets the customer talk to someone.`,
      'emotion-cliff': (step, personas) => `The emotion falls sharply at “${step}”${personas.length > 0 ? ` for ${join(personas, 'and')}` : ''}.`,
      'dead-end': (step) => `The journey ends on a negative emotion at “${step}”, with no opportunity to get out of it.`,
      'claims-without-evidence': (_step, _personas, steps) => `${steps} step${steps === 1 ? '' : 's'} state${steps === 1 ? 's' : ''} emotions or pain points without citing a source.`,
    },
  },
  review: {
    title: 'Needs review',
    intro: (count, days) => `${count} journey${count === 1 ? '' : 's'} to review: last reviewed more than ${days} days ago, or with no owner or review date.`,
    none: 'Every journey has an owner and a recent review.',
    caption: 'Journeys to review, oldest first',
    journey: 'Journey',
    owner: 'Owner',
    lastReviewed: 'Last reviewed',
    reason: 'Why',
    noOwner: 'No owner',
    never: 'Never',
    overdue: (days) => `reviewed ${days} days ago`,
    missingOwner: 'no owner',
    missingDate: 'no review date',
  },
  evidence: {
    title: 'Evidence and measures',
    coverage: 'Share of the map backed by a source',
    steps: 'Steps',
    painPoints: 'Pain points',
    emotions: 'Emotions',
    of: (backed, total) => `${backed} of ${total}`,
    nothing: 'nothing to measure',
    unbacked: 'Claims without a source',
    emotion: 'emotion',
    allBacked: 'Every emotion and pain point cites a source.',
    measured: 'Measured figures (data/ files)',
    measuredCaption: "Each step's latest measured figure and its trend",
    step: 'Step',
    metric: 'Metric',
    latest: 'Latest figure',
    trend: 'Trend',
    directions: { up: 'rising', down: 'falling', flat: 'steady' },
    trendLabel: (metric, from, to, count) => `${metric}: from ${from} to ${to} over ${count} periods`,
  },
};

/** The strings of the insights, review and evidence views, in the site's language. */
export function authoringStrings(lang: Lang): AuthoringStrings {
  return lang === 'fr' ? fr : en;
}
