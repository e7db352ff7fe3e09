import type { JsonValue } from '../../diff/change.ts';
import type { ChangeMessages, SentenceParts } from '../catalogue.ts';
import { delta, position, titleOf } from './values.ts';

const JOURNEY_FIELDS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  personas: 'personas',
  owner: 'owner',
  lastReviewed: 'last review date',
  tags: 'tags',
  state: 'state',
  targetOf: 'current journey it is the target of',
};
const STEP_FIELDS: Record<string, string> = { subJourney: 'sub-journey' };
const METRICS: Record<string, string> = {
  csat: 'CSAT',
  nps: 'NPS',
  ces: 'CES',
  volume: 'monthly volume',
  conversion: 'conversion',
  dropOff: 'drop-off',
  duration: 'duration',
};
const PERSONA_FIELDS: Record<string, string> = { digitalAffinity: 'digital affinity', preferredChannels: 'preferred channels' };
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

/** "The X of Y went from A to B", or "…changed" for long texts. */
function went(parts: SentenceParts, fields: Record<string, string>, of: string): string {
  const field = parts.change.field ?? '';
  const subject = `The ${fields[field] ?? field} of ${of}`;
  if (LONG.has(field)) return `${subject} changed.`;
  return `${subject} went from ${parts.value(parts.change.before)} to ${parts.value(parts.change.after)}.`;
}

/** "Touchpoint “Name” (Channel)" or "A touchpoint on Channel": the subject of a touchpoint sentence. */
function touchpoint(parts: SentenceParts, item: JsonValue | undefined): string {
  const { channel, name } = (item ?? {}) as { channel?: string; name?: string };
  return name ? `Touchpoint ${parts.quote(name)} (${parts.channel(channel)})` : `A touchpoint on ${parts.channel(channel)}`;
}

/** What a hypothesis change is about: a statement of a step or an expectation of a stage. */
function hypothesisSubject(p: SentenceParts): string {
  switch (p.change.field) {
    case 'thoughts':
      return `Thought ${p.value(p.change.after)} of step ${p.step}`;
    case 'expectations':
      return `Expectation ${p.value(p.change.after)} of stage ${p.stage()}`;
    default:
      return `Pain point ${p.value(p.change.after)} of step ${p.step}`;
  }
}

/** Every change kind in English, with the site's names where the CLI's message gives ids. */
export const enSentences: ChangeMessages = {
  'journey-added': (p) => `Journey ${p.journey} was added.`,
  'journey-removed': (p) => `Journey ${p.journey} was removed, with all its steps.`,
  'journey-id-renamed': (p) => `The id of journey ${p.journey} went from ${p.change.before} to ${p.change.after} (file renamed).`,
  'journey-invalid': (p) =>
    p.change.location.after
      ? `${p.file} no longer validates, so journey ${p.journey} could not be compared.`
      : `${p.file} validates again; the older version of journey ${p.journey} could not be compared.`,
  'metadata-changed': (p) => went(p, JOURNEY_FIELDS, 'the journey'),
  'stage-added': (p) => `Stage ${p.stage()} was added.`,
  'stage-removed': (p) => `Stage ${p.quote(String(p.change.before))} was removed.`,
  'stage-renamed': (p) => `Stage ${p.value(p.change.before)} was renamed ${p.value(p.change.after)}.`,
  'stage-id-renamed': (p) => `The id of stage ${p.stage()} went from ${p.change.before} to ${p.change.after}.`,
  'stage-moved': (p) => `Stage ${p.stage()} moved from position ${p.change.before} to ${p.change.after}.`,
  'stage-changed': (p) => went(p, {}, `stage ${p.stage()}`),
  'step-added': (p) => `Step ${p.step} was added to stage ${p.stage()}.`,
  'step-removed': (p) => `Step ${p.quote(String(p.change.before))} was removed from stage ${p.stage()}.`,
  'step-renamed': (p) => `Step ${p.value(p.change.before)} was renamed ${p.value(p.change.after)}.`,
  'step-id-renamed': (p) => `The id of step ${p.step} went from ${p.change.before} to ${p.change.after}.`,
  'step-moved': (p) => {
    const [from, to] = [position(p.change.before), position(p.change.after)];
    return p.change.field === 'stage'
      ? `Step ${p.step} moved from stage ${p.stage(from.stage)} to stage ${p.stage(to.stage)} (position ${to.position}).`
      : `Step ${p.step} moved from position ${from.position} to ${to.position} in stage ${p.stage(to.stage)}.`;
  },
  'step-changed': (p) => went(p, STEP_FIELDS, `step ${p.step}`),
  'touchpoint-added': (p) => `${touchpoint(p, p.change.after)} was added to step ${p.step}.`,
  'touchpoint-removed': (p) => `${touchpoint(p, p.change.before)} was removed from step ${p.step}.`,
  'touchpoint-channel-changed': (p) =>
    `A touchpoint of step ${p.step} moved from channel ${p.value(p.change.before)} to ${p.value(p.change.after)}.`,
  'touchpoint-changed': (p) => {
    if (p.change.field === 'owned')
      return `A touchpoint of step ${p.step} ${p.change.after ? 'is now' : 'is no longer'} owned by the company.`;
    return went(p, {}, `a touchpoint of step ${p.step}`);
  },
  'emotion-changed': (p) => {
    const { before, after } = p.change;
    if (typeof before !== 'number' || typeof after !== 'number')
      return `At step ${p.step}, the emotion of ${p.persona} went from ${p.value(before)} to ${p.value(after)}.`;
    return `At step ${p.step}, the emotion of ${p.persona} ${after < before ? 'dropped' : 'rose'} from ${p.signed(before)} to ${p.signed(after)}${delta(p)}.`;
  },
  'thought-added': (p) => `Thought ${p.value(p.change.after)} was added to step ${p.step}.`,
  'thought-removed': (p) => `Thought ${p.value(p.change.before)} was removed from step ${p.step}.`,
  'thought-changed': (p) =>
    p.change.field === 'evidence'
      ? `The evidence of a thought of step ${p.step} changed.`
      : `A thought of step ${p.step} went from ${p.value(p.change.before)} to ${p.value(p.change.after)}.`,
  'pain-point-added': (p) => `Pain point ${p.value(p.change.after)} was added to step ${p.step}.`,
  'pain-point-removed': (p) => `Pain point ${p.value(p.change.before)} was removed from step ${p.step}.`,
  'pain-point-changed': (p) =>
    p.change.field === 'evidence'
      ? `The evidence of a pain point of step ${p.step} changed.`
      : `A pain point of step ${p.step} went from ${p.value(p.change.before)} to ${p.value(p.change.after)}.`,
  'hypothesis-confirmed': (p) =>
    p.change.field === 'momentOfTruth'
      ? `Step ${p.step} was verified as a moment of truth: it is no longer a hypothesis.`
      : `${hypothesisSubject(p)} was verified: it is no longer a hypothesis.`,
  'hypothesis-raised': (p) =>
    p.change.field === 'momentOfTruth'
      ? `That step ${p.step} is a moment of truth became a hypothesis to verify.`
      : `${hypothesisSubject(p)} became a hypothesis to verify.`,
  'opportunity-added': (p) => `Opportunity ${p.quote(titleOf(p.change.after))} was added to step ${p.step}.`,
  'opportunity-removed': (p) => `Opportunity ${p.quote(titleOf(p.change.before))} was removed from step ${p.step}.`,
  'opportunity-changed': (p) =>
    p.change.field === 'title'
      ? `Opportunity ${p.value(p.change.before)} of step ${p.step} was renamed ${p.value(p.change.after)}.`
      : went(p, {}, `an opportunity of step ${p.step}`),
  'opportunity-status-changed': (p) =>
    `The status of an opportunity of step ${p.step} went from ${p.value(p.change.before)} to ${p.value(p.change.after)}.`,
  'moment-of-truth-gained': (p) => `Step ${p.step} became a moment of truth.`,
  'moment-of-truth-lost': (p) => `Step ${p.step} is no longer a moment of truth.`,
  'moment-of-truth-changed': (p) => `Why step ${p.step} is a moment of truth changed.`,
  'metric-changed': (p) =>
    `The ${METRICS[p.change.field ?? ''] ?? p.change.field} of step ${p.step} went from ${p.metric(p.change.before)} to ${p.metric(p.change.after)}${delta(p)}.`,
  'persona-added': (p) => `Persona ${p.quote(p.persona)} was added.`,
  'persona-removed': (p) => `Persona ${p.quote(p.persona)} was removed.`,
  'persona-id-renamed': (p) => `The id of persona ${p.quote(p.persona)} went from ${p.change.before} to ${p.change.after} (file renamed).`,
  'persona-invalid': (p) =>
    p.change.location.after
      ? `${p.file} no longer validates, so persona ${p.quote(p.persona)} could not be compared.`
      : `${p.file} validates again; the older version of persona ${p.quote(p.persona)} could not be compared.`,
  'persona-changed': (p) => went(p, PERSONA_FIELDS, `persona ${p.quote(p.persona)}`),
};
