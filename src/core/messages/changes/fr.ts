import type { JsonValue } from '../../diff/change.ts';
import type { ChangeMessages, SentenceParts } from '../catalogue.ts';
import { delta, position, titleOf } from './values.ts';

// Each field as the subject of a sentence, with whether it takes a plural verb: French verbs agree
// with it, and the present tense ("passe de… à…") spares the past participle's gender.
type Subject = [string, plural?: boolean];
const JOURNEY_FIELDS: Record<string, Subject> = {
  title: ['Le titre du parcours'],
  summary: ['Le résumé du parcours'],
  personas: ['Les personas du parcours', true],
  owner: ['Le responsable du parcours'],
  lastReviewed: ['La date de dernière revue du parcours'],
  tags: ['Les étiquettes du parcours', true],
  state: ['L’état du parcours'],
  targetOf: ['Le parcours actuel dont celui-ci est la cible'],
};
const STAGE_FIELDS: Record<string, Subject> = {
  description: ['La description'],
  expectations: ['Les attentes', true],
  experience: ['L’expérience visée'],
};
const STEP_FIELDS: Record<string, Subject> = {
  description: ['La description'],
  subJourney: ['Le sous-parcours'],
  backstage: ['Les coulisses', true],
  evidence: ['Les sources', true],
  attachments: ['Les pièces jointes', true],
};
const METRICS: Record<string, Subject> = {
  csat: ['Le CSAT'],
  nps: ['Le NPS'],
  ces: ['Le CES'],
  volume: ['Le volume mensuel'],
  conversion: ['La conversion'],
  dropOff: ['L’abandon'],
  duration: ['La durée'],
};
const PERSONA_FIELDS: Record<string, Subject> = {
  name: ['Le nom'],
  role: ['Le rôle'],
  description: ['La description'],
  quote: ['La citation'],
  goals: ['Les objectifs', true],
  frustrations: ['Les frustrations', true],
  digitalAffinity: ['L’aisance avec le numérique'],
  preferredChannels: ['Les canaux préférés', true],
  image: ['L’image'],
  tags: ['Les étiquettes', true],
};
// Fields whose values are long texts: the sentence says that they changed, the page shows them.
const LONG = new Set([
  'summary',
  'description',
  'experience',
  'expectations',
  'backstage',
  'evidence',
  'attachments',
  'quote',
  'goals',
  'frustrations',
  'image',
]);

/** "X passe de A à B", or "X change" for long texts; `of` completes the subject ("de l’étape « … »"). */
function went(parts: SentenceParts, fields: Record<string, Subject>, of: string): string {
  const field = parts.change.field ?? '';
  const [subject, plural] = fields[field] ?? [`Le champ ${field}`];
  if (LONG.has(field)) return `${subject} ${of}${plural ? 'changent' : 'change'}.`;
  return `${subject} ${of}${plural ? 'passent' : 'passe'} de ${parts.value(parts.change.before)} à ${parts.value(parts.change.after)}.`;
}

function touchpoint(parts: SentenceParts, item: JsonValue | undefined): string {
  const { channel, name } = (item ?? {}) as { channel?: string; name?: string };
  return name ? `${parts.quote(name)} (${parts.channel(channel)})` : parts.channel(channel);
}

/** Every change kind in French. */
export const frSentences: ChangeMessages = {
  'journey-added': (p) => `Le parcours ${p.journey} est ajouté.`,
  'journey-removed': (p) => `Le parcours ${p.journey} est supprimé, avec toutes ses étapes.`,
  'journey-id-renamed': (p) => `L’identifiant du parcours ${p.journey} passe de ${p.change.before} à ${p.change.after} (fichier renommé).`,
  'journey-invalid': (p) =>
    p.change.location.after
      ? `Le fichier ${p.file} ne passe plus la validation : le parcours ${p.journey} n’a pas pu être comparé.`
      : `Le fichier ${p.file} passe de nouveau la validation ; l’ancienne version du parcours ${p.journey} n’a pas pu être comparée.`,
  'metadata-changed': (p) => went(p, JOURNEY_FIELDS, ''),
  'stage-added': (p) => `La phase ${p.stage()} est ajoutée.`,
  'stage-removed': (p) => `La phase ${p.quote(String(p.change.before))} est supprimée.`,
  'stage-renamed': (p) => `La phase ${p.value(p.change.before)} est renommée ${p.value(p.change.after)}.`,
  'stage-id-renamed': (p) => `L’identifiant de la phase ${p.stage()} passe de ${p.change.before} à ${p.change.after}.`,
  'stage-moved': (p) => `La phase ${p.stage()} passe de la position ${p.change.before} à la position ${p.change.after}.`,
  'stage-changed': (p) => went(p, STAGE_FIELDS, `de la phase ${p.stage()} `),
  'step-added': (p) => `L’étape ${p.step} est ajoutée à la phase ${p.stage()}.`,
  'step-removed': (p) => `L’étape ${p.quote(String(p.change.before))} est supprimée de la phase ${p.stage()}.`,
  'step-renamed': (p) => `L’étape ${p.value(p.change.before)} est renommée ${p.value(p.change.after)}.`,
  'step-id-renamed': (p) => `L’identifiant de l’étape ${p.step} passe de ${p.change.before} à ${p.change.after}.`,
  'step-moved': (p) => {
    const [from, to] = [position(p.change.before), position(p.change.after)];
    return p.change.field === 'stage'
      ? `L’étape ${p.step} passe de la phase ${p.stage(from.stage)} à la phase ${p.stage(to.stage)} (position ${to.position}).`
      : `L’étape ${p.step} passe de la position ${from.position} à la position ${to.position} dans la phase ${p.stage(to.stage)}.`;
  },
  'step-changed': (p) => went(p, STEP_FIELDS, `de l’étape ${p.step} `),
  'touchpoint-added': (p) => `Le point de contact ${touchpoint(p, p.change.after)} est ajouté à l’étape ${p.step}.`,
  'touchpoint-removed': (p) => `Le point de contact ${touchpoint(p, p.change.before)} est retiré de l’étape ${p.step}.`,
  'touchpoint-channel-changed': (p) =>
    `Un point de contact de l’étape ${p.step} passe du canal ${p.value(p.change.before)} au canal ${p.value(p.change.after)}.`,
  'touchpoint-changed': (p) => {
    if (p.change.field === 'owned')
      return `Un point de contact de l’étape ${p.step} ${p.change.after ? 'devient maîtrisé' : 'n’est plus maîtrisé'} par l’entreprise.`;
    if (p.change.field === 'name')
      return `Le nom d’un point de contact de l’étape ${p.step} passe de ${p.value(p.change.before)} à ${p.value(p.change.after)}.`;
    return `La description d’un point de contact de l’étape ${p.step} change.`;
  },
  'emotion-changed': (p) => {
    const { before, after } = p.change;
    if (typeof before !== 'number' || typeof after !== 'number')
      return `À l’étape ${p.step}, l’émotion passe de ${p.value(before)} à ${p.value(after)} pour ${p.persona}.`;
    return `À l’étape ${p.step}, l’émotion ${after < before ? 'baisse' : 'monte'} de ${p.signed(before)} à ${p.signed(after)}${delta(p)} pour ${p.persona}.`;
  },
  'thought-added': (p) => `La pensée ${p.value(p.change.after)} est ajoutée à l’étape ${p.step}.`,
  'thought-removed': (p) => `La pensée ${p.value(p.change.before)} est retirée de l’étape ${p.step}.`,
  'thought-changed': (p) =>
    p.change.field === 'evidence'
      ? `Les sources d’une pensée de l’étape ${p.step} changent.`
      : `Une pensée de l’étape ${p.step} passe de ${p.value(p.change.before)} à ${p.value(p.change.after)}.`,
  'pain-point-added': (p) => `L’irritant ${p.value(p.change.after)} est ajouté à l’étape ${p.step}.`,
  'pain-point-removed': (p) => `L’irritant ${p.value(p.change.before)} est retiré de l’étape ${p.step}.`,
  'pain-point-changed': (p) =>
    p.change.field === 'evidence'
      ? `Les sources d’un irritant de l’étape ${p.step} changent.`
      : `Un irritant de l’étape ${p.step} passe de ${p.value(p.change.before)} à ${p.value(p.change.after)}.`,
  'hypothesis-confirmed': (p) => {
    switch (p.change.field) {
      case 'thoughts':
        return `La pensée ${p.value(p.change.after)} de l’étape ${p.step} est vérifiée : ce n’est plus une hypothèse.`;
      case 'expectations':
        return `L’attente ${p.value(p.change.after)} de la phase ${p.stage()} est vérifiée : ce n’est plus une hypothèse.`;
      case 'momentOfTruth':
        return `L’étape ${p.step} est bien un moment de vérité : ce n’est plus une hypothèse.`;
      default:
        return `L’irritant ${p.value(p.change.after)} de l’étape ${p.step} est vérifié : ce n’est plus une hypothèse.`;
    }
  },
  'hypothesis-raised': (p) => {
    switch (p.change.field) {
      case 'thoughts':
        return `La pensée ${p.value(p.change.after)} de l’étape ${p.step} devient une hypothèse à vérifier.`;
      case 'expectations':
        return `L’attente ${p.value(p.change.after)} de la phase ${p.stage()} devient une hypothèse à vérifier.`;
      case 'momentOfTruth':
        return `Que l’étape ${p.step} soit un moment de vérité devient une hypothèse à vérifier.`;
      default:
        return `L’irritant ${p.value(p.change.after)} de l’étape ${p.step} devient une hypothèse à vérifier.`;
    }
  },
  'opportunity-added': (p) => `L’opportunité ${p.quote(titleOf(p.change.after))} est ajoutée à l’étape ${p.step}.`,
  'opportunity-removed': (p) => `L’opportunité ${p.quote(titleOf(p.change.before))} est retirée de l’étape ${p.step}.`,
  'opportunity-changed': (p) =>
    p.change.field === 'title'
      ? `L’opportunité ${p.value(p.change.before)} de l’étape ${p.step} est renommée ${p.value(p.change.after)}.`
      : went(
          p,
          { description: ['La description'], impact: ['L’impact'], effort: ['L’effort'], owner: ['Le porteur'] },
          `d’une opportunité de l’étape ${p.step} `,
        ),
  'opportunity-status-changed': (p) =>
    `Le statut d’une opportunité de l’étape ${p.step} passe de ${p.value(p.change.before)} à ${p.value(p.change.after)}.`,
  'moment-of-truth-gained': (p) => `L’étape ${p.step} devient un moment de vérité.`,
  'moment-of-truth-lost': (p) => `L’étape ${p.step} n’est plus un moment de vérité.`,
  'moment-of-truth-changed': (p) => `La raison pour laquelle l’étape ${p.step} est un moment de vérité change.`,
  'metric-changed': (p) => {
    const [subject] = METRICS[p.change.field ?? ''] ?? [`La mesure ${p.change.field}`];
    return `${subject} de l’étape ${p.step} passe de ${p.metric(p.change.before)} à ${p.metric(p.change.after)}${delta(p)}.`;
  },
  'persona-added': (p) => `Le persona ${p.quote(p.persona)} est ajouté.`,
  'persona-removed': (p) => `Le persona ${p.quote(p.persona)} est supprimé.`,
  'persona-id-renamed': (p) =>
    `L’identifiant du persona ${p.quote(p.persona)} passe de ${p.change.before} à ${p.change.after} (fichier renommé).`,
  'persona-invalid': (p) =>
    p.change.location.after
      ? `Le fichier ${p.file} ne passe plus la validation : le persona ${p.quote(p.persona)} n’a pas pu être comparé.`
      : `Le fichier ${p.file} passe de nouveau la validation ; l’ancienne version du persona ${p.quote(p.persona)} n’a pas pu être comparée.`,
  'persona-changed': (p) => went(p, PERSONA_FIELDS, `du persona ${p.quote(p.persona)} `),
};
