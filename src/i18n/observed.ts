import type { Lang } from '../core/model/resolve-config.ts';

/** A duration in seconds, in the largest two units, in the language's abbreviations. */
function duration(units: [string, number][]) {
  return (seconds: number) => {
    const parts: string[] = [];
    let rest = Math.round(seconds);
    for (const [unit, size] of units) {
      if (rest >= size || (size === 1 && parts.length === 0)) {
        parts.push(`${Math.floor(rest / size)}\u00a0${unit}`);
        rest %= size;
      }
      if (parts.length === 2) break;
    }
    return parts.join(' ');
  };
}

const fr = {
  title: 'Parcours observé',
  lane: 'Observé',
  intro: (cases: string, from: string, to: string) =>
    `${cases} cas ont suivi ce parcours du ${from} au ${to}, d’après les journaux d’événements : voici où ils sont vraiment passés, sous les colonnes de la carte.`,
  noLog: 'Les étapes nomment des événements, mais aucun journal de data/events/ n’en contient.',
  tooFew: (min: string) => `Moins de ${min} cas ont suivi ce parcours : rien n’est publié, pour qu’aucun client ne soit reconnaissable.`,
  withheld: (count: string, min: string) =>
    `${count} chiffres portant sur moins de ${min} cas ne sont pas publiés, pour qu’aucun client ne soit reconnaissable : ils sont laissés de côté, ou marqués « non publié ».`,
  notPublished: 'non publié',
  notMapped: 'aucun événement associé',
  reach: 'atteignent l’étape',
  dropOff: 'ne vont pas plus loin',
  enter: 'commencent ici',
  leave: 'finissent ici',
  toNext: 'vers l’étape suivante',
  median: 'médiane',
  p90: '9 sur 10 en moins de',
  channels: 'Canaux',
  switchesTitle: 'Changements de canal',
  switchesIntro:
    'Entre deux visites, des clients quittent un canal pour un autre : à gauche le canal quitté, à droite celui qui prend le relais.',
  noSwitch: 'Aucun changement de canal publié.',
  from: 'Canal quitté',
  to: 'Canal suivant',
  between: 'Entre les étapes',
  cases: 'Cas',
  switches: 'Changements',
  switchesTable: 'Les changements de canal en tableau',
  variantsTitle: 'Les chemins les plus fréquents',
  variant: 'Chemin',
  other: (variants: string) => `Autres chemins (${variants})`,
  conformanceTitle: 'Conformité à la carte',
  inOrder: 'suivent l’ordre de la carte (étapes sautées permises)',
  reachedLast: (step: string) => `atteignent la dernière étape, ${step}`,
  costTitle: 'Coût de service par mois',
  costObserved: (months: string) => `d’après les contacts observés (moyenne sur ${months} mois)`,
  costVolumes: 'd’après les volumes de la carte (metrics.volume)',
  insightsTitle: 'Ce que montrent les parcours observés',
  download: 'Les chiffres en JSON (observed.json)',
  duration: duration([
    ['j', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ]),
  insights: {
    'drop-off': (share: string, step: string) => `${share} des cas qui atteignent ${step} ne vont pas plus loin.`,
    'costly-switch': (count: string, from: string, to: string, fromStep: string, toStep: string, cost: string) =>
      `${count} passages de ${from} à ${to} entre ${fromStep} et ${toStep} : ${cost} par mois sur le canal le plus cher.`,
    'costly-switch-others': (pairs: number, pairsText: string, count: string, cost: string) =>
      `Et ${count} passages vers un canal plus cher, ${pairs === 1 ? 'entre deux autres étapes ou canaux' : `sur ${pairsText} autres couples d’étapes et de canaux`} : ${cost} par mois.`,
    'rarely-reached': (step: string, share: string | undefined) =>
      share === undefined ? `Trop peu de cas atteignent ${step} pour être publiés.` : `Seuls ${share} des cas atteignent ${step}.`,
    'loop-back': (count: string, share: string, from: string, to: string) =>
      `${count} cas (${share}) reviennent de ${from} à ${to}, un retour que la carte ne montre pas.`,
    skip: (count: string, share: string, from: string, to: string) =>
      `${count} cas (${share}) passent de ${from} directement à ${to}, en sautant des étapes de la carte.`,
  },
  siteInsightsTitle: 'Parcours observés',
  siteInsightsIntro: 'Ce que les journaux d’événements montrent des parcours réels, à côté des cartes.',
};

export type ObservedStrings = typeof fr;

const en: ObservedStrings = {
  title: 'Observed journey',
  lane: 'Observed',
  intro: (cases, from, to) =>
    `${cases} cases went through this journey from ${from} to ${to}, according to the event logs: this is where they really went, under the map's columns.`,
  noLog: 'The steps name events, but no log under data/events/ holds any.',
  tooFew: (min) => `Fewer than ${min} cases went through this journey: nothing is published, so that no customer can be singled out.`,
  withheld: (count, min) =>
    `${count} figures made over fewer than ${min} cases are not published, so that no customer can be singled out: they are left out, or read “not published”.`,
  notPublished: 'not published',
  notMapped: 'no events mapped',
  reach: 'reach the step',
  dropOff: 'go no further',
  enter: 'start here',
  leave: 'end here',
  toNext: 'to the next step',
  median: 'median',
  p90: '9 in 10 within',
  channels: 'Channels',
  switchesTitle: 'Channel switches',
  switchesIntro:
    'Between two visits, customers leave a channel for another: on the left the channel left, on the right the one taking over.',
  noSwitch: 'No channel switch is published.',
  from: 'Channel left',
  to: 'Next channel',
  between: 'Between the steps',
  cases: 'Cases',
  switches: 'Switches',
  switchesTable: 'The channel switches as a table',
  variantsTitle: 'The most frequent paths',
  variant: 'Path',
  other: (variants) => `Other paths (${variants})`,
  conformanceTitle: 'Conformance to the map',
  inOrder: "follow the map's order (skipped steps allowed)",
  reachedLast: (step) => `reach the last step, ${step}`,
  costTitle: 'Cost to serve per month',
  costObserved: (months) => `from the observed contacts (average over ${months} months)`,
  costVolumes: "from the map's volumes (metrics.volume)",
  insightsTitle: 'What the observed journeys show',
  download: 'The figures as JSON (observed.json)',
  duration: duration([
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ]),
  insights: {
    'drop-off': (share, step) => `${share} of the cases reaching ${step} go no further.`,
    'costly-switch': (count, from, to, fromStep, toStep, cost) =>
      `${count} switches from ${from} to ${to} between ${fromStep} and ${toStep}: ${cost} a month on the costlier channel.`,
    'costly-switch-others': (pairs, pairsText, count, cost) =>
      `And ${count} switches to a costlier channel ${pairs === 1 ? 'between two other steps or channels' : `over ${pairsText} other pairs of steps and channels`}: ${cost} a month.`,
    'rarely-reached': (step, share) =>
      share === undefined ? `Too few cases reach ${step} to be published.` : `Only ${share} of the cases reach ${step}.`,
    'loop-back': (count, share, from, to) => `${count} cases (${share}) go back from ${from} to ${to}, a return the map does not show.`,
    skip: (count, share, from, to) => `${count} cases (${share}) go from ${from} straight to ${to}, skipping steps of the map.`,
  },
  siteInsightsTitle: 'Observed journeys',
  siteInsightsIntro: 'What the event logs show of the real journeys, beside the maps.',
};

const STRINGS: Record<Lang, ObservedStrings> = { fr, en };

/** The observed lane's sentences in the site's language. */
export function observedStrings(lang: Lang): ObservedStrings {
  return STRINGS[lang];
}
