import type { Lang } from '../model/resolve-config.ts';

/** The measured figures of a step, in the schema's order. */
export const METRIC_KEYS = ['csat', 'nps', 'ces', 'volume', 'conversion', 'dropOff', 'duration'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export type JourneyColumn =
  | 'stage'
  | 'stageId'
  | 'stepId'
  | 'step'
  | 'description'
  | 'channels'
  | 'emotion'
  | 'thoughts'
  | 'painPoints'
  | 'opportunities'
  | 'momentOfTruth'
  | MetricKey
  | DetailColumn;

/** Columns added after the first ones (so spreadsheets built on those keep their places): every other field a cell can hold. */
export const DETAIL_COLUMNS = [
  'stageDescription',
  'expectations',
  'experience',
  'touchpointNames',
  'touchpointOwned',
  'touchpointDescriptions',
  'thoughtEvidence',
  'painPointEvidence',
  'opportunityDescriptions',
  'opportunityImpact',
  'opportunityEffort',
  'opportunityStatus',
  'opportunityOwner',
  'backstage',
  'backstageTeams',
  'backstageSystems',
  'evidence',
  'attachments',
  'subJourney',
  // Last, so that spreadsheets built on the columns before keep their places.
  'opportunityLinks',
] as const;
export type DetailColumn = (typeof DETAIL_COLUMNS)[number];

/**
 * The columns of a journey as a spreadsheet, in export order. The first two names are the
 * headers written in French and English; all names are recognised on import, compared by
 * `headerKey` so case, accents, spaces and punctuation do not matter ("Canal(aux)", "CHANNELS").
 */
export const JOURNEY_COLUMNS: Readonly<Record<JourneyColumn, { fr: string; en: string; aliases: readonly string[] }>> = {
  stage: { fr: 'Phase', en: 'Stage', aliases: ['Phases', 'Stages', 'Étape du parcours', 'Étapes du parcours', 'Journey stage'] },
  stageId: { fr: 'Id de la phase', en: 'Stage id', aliases: ['Id phase', 'Phase id'] },
  stepId: { fr: "Id de l'étape", en: 'Step id', aliases: ['Id étape'] },
  step: { fr: 'Étape', en: 'Step', aliases: ['Étapes', 'Steps', 'Action', 'Actions', 'Action du client', 'Customer action'] },
  description: { fr: 'Description', en: 'Description', aliases: ['Détail', 'Détails', 'Details'] },
  channels: {
    fr: 'Canaux',
    en: 'Channels',
    aliases: ['Canal', 'Canal(aux)', 'Channel', 'Channel(s)', 'Touchpoints', 'Touchpoint', 'Points de contact', 'Point de contact'],
  },
  emotion: { fr: 'Émotion', en: 'Emotion', aliases: ['Émotions', 'Emotions', 'Ressenti', 'Feeling', 'Feelings'] },
  thoughts: { fr: 'Pensées', en: 'Thoughts', aliases: ['Pensée', 'Thought', 'Verbatims', 'Verbatim'] },
  painPoints: {
    fr: 'Irritants',
    en: 'Pain points',
    aliases: ['Irritant', 'Points de douleur', 'Point de douleur', 'Pain point', 'Points de friction', 'Frictions'],
  },
  opportunities: {
    fr: 'Opportunités',
    en: 'Opportunities',
    aliases: ['Opportunité', 'Opportunity', "Pistes d'amélioration", 'Améliorations', 'Improvements'],
  },
  momentOfTruth: { fr: 'Moment de vérité', en: 'Moment of truth', aliases: ['Moments de vérité', 'Moments of truth', 'MOT'] },
  csat: { fr: 'CSAT', en: 'CSAT', aliases: ['CSAT (%)', 'Satisfaction'] },
  nps: { fr: 'NPS', en: 'NPS', aliases: [] },
  ces: { fr: 'CES', en: 'CES', aliases: ['Effort'] },
  volume: {
    fr: 'Volume',
    en: 'Volume',
    aliases: ['Volumes', 'Volume mensuel', 'Monthly volume', 'Contacts par mois', 'Contacts per month'],
  },
  conversion: { fr: 'Conversion (%)', en: 'Conversion (%)', aliases: ['Conversion', 'Taux de conversion', 'Conversion rate'] },
  dropOff: { fr: 'Abandon (%)', en: 'Drop-off (%)', aliases: ['Abandon', "Taux d'abandon", 'Drop-off', 'Drop off rate', 'Dropoff'] },
  duration: { fr: 'Durée (min)', en: 'Duration (min)', aliases: ['Durée', 'Duration'] },
  // Stage fields, on the first row of each stage.
  stageDescription: { fr: 'Description de la phase', en: 'Stage description', aliases: [] },
  expectations: { fr: 'Attentes', en: 'Expectations', aliases: ['Attentes du client', 'Customer expectations'] },
  experience: { fr: 'Expérience visée', en: 'Desired experience', aliases: ['Expérience souhaitée'] },
  // Aligned with Channels: line N describes the touchpoint on line N.
  touchpointNames: { fr: 'Noms des points de contact', en: 'Touchpoint names', aliases: [] },
  touchpointOwned: { fr: 'Points de contact maîtrisés', en: 'Touchpoints owned', aliases: [] },
  touchpointDescriptions: { fr: 'Descriptions des points de contact', en: 'Touchpoint descriptions', aliases: [] },
  // Aligned with Thoughts and Pain points: `Source (kind, date, link)`, several joined by " | ".
  thoughtEvidence: { fr: 'Sources des pensées', en: 'Thought evidence', aliases: [] },
  painPointEvidence: { fr: 'Sources des irritants', en: 'Pain point evidence', aliases: [] },
  // Aligned with Opportunities.
  opportunityDescriptions: { fr: 'Descriptions des opportunités', en: 'Opportunity descriptions', aliases: [] },
  opportunityImpact: { fr: 'Impact des opportunités', en: 'Opportunity impact', aliases: [] },
  opportunityEffort: { fr: 'Effort des opportunités', en: 'Opportunity effort', aliases: [] },
  opportunityStatus: { fr: 'Statut des opportunités', en: 'Opportunity status', aliases: [] },
  opportunityOwner: { fr: 'Porteurs des opportunités', en: 'Opportunity owners', aliases: [] },
  // Backstage one action a line; teams and systems aligned with it.
  backstage: { fr: 'Coulisses', en: 'Backstage', aliases: ['Back-office', 'Back office'] },
  backstageTeams: { fr: 'Équipes des coulisses', en: 'Backstage teams', aliases: [] },
  backstageSystems: { fr: 'Systèmes des coulisses', en: 'Backstage systems', aliases: [] },
  // One a line: `Source (kind, date, link)` and `Title (kind, link)`.
  evidence: { fr: 'Sources', en: 'Evidence', aliases: ['Source', 'Preuves'] },
  attachments: { fr: 'Pièces jointes', en: 'Attachments', aliases: ['Pièce jointe', 'Attachment'] },
  subJourney: { fr: 'Sous-parcours', en: 'Sub-journey', aliases: [] },
  // Aligned with Opportunities: the issue or ticket carrying each one's work.
  opportunityLinks: {
    fr: 'Liens de livraison',
    en: 'Delivery links',
    aliases: ['Lien de livraison', 'Delivery link', 'Tickets', 'Ticket'],
  },
};

/** A header reduced to what identifies it: lowercase ASCII letters and digits. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, JourneyColumn>();
for (const [column, names] of Object.entries(JOURNEY_COLUMNS) as [JourneyColumn, (typeof JOURNEY_COLUMNS)[JourneyColumn]][]) {
  for (const name of [names.fr, names.en, ...names.aliases, column]) BY_KEY.set(headerKey(name), column);
}

/** The column a header names, in French or English, or undefined. */
export function columnOf(header: string): JourneyColumn | undefined {
  return BY_KEY.get(headerKey(header));
}

/** The header of a column in the site's language; an emotion column may name its persona. */
export function columnHeader(column: JourneyColumn, lang: Lang, persona?: string): string {
  const name = JOURNEY_COLUMNS[column][lang];
  return persona === undefined ? name : `${name} (${persona})`;
}

/**
 * The persona of a per-persona emotion header such as "Émotion (claire-connectee)" or
 * "Emotion [Claire]", or undefined when the header is not one.
 */
export function emotionColumnPersona(header: string): string | undefined {
  const match = /^(.*?)\s*[([]\s*(.+?)\s*[)\]]\s*$/.exec(header.trim());
  if (!match || columnOf(match[1]!) !== 'emotion') return undefined;
  return match[2]!;
}
