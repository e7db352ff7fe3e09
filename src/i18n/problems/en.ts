import { join } from '../join.ts';
import { counter } from '../plural.ts';
import type { ProblemSentences } from '../problem-sentences.ts';

const count = counter('en');

/** The problems of the rules in English, with names (the insights are worded by `insights.texts`). */
export const enProblems: ProblemSentences = {
  'step-without-touchpoints': (p) =>
    `Step ${p.step} has no touchpoint, so the map cannot say on which channel it happens or what it costs.`,
  'emotion-out-of-scale': (p) =>
    `The emotion ${p.number('value')} of step ${p.step} lies outside the scale, which goes from ${p.number('min')} to ${p.number('max')}.`,
  'emotion-missing-persona': (p) =>
    `Step ${p.step} gives no emotion for ${join(p.personas, 'and')}, so ${p.personas.length > 1 ? 'their curves have' : 'their curve has'} a gap here.`,
  'emotion-unknown-persona': (p) => `Step ${p.step} gives an emotion for ${p.persona}, who is not among the journey's personas.`,
  'emotion-scale-invalid': (p) =>
    p.params.value === undefined
      ? `The emotion scale goes from ${p.number('min')} to ${p.number('max')}: its minimum must be below its maximum.`
      : `The label for ${p.number('value')} lies outside the emotion scale (${p.number('min')} to ${p.number('max')}).`,
  'duplicate-id': (p) => {
    switch (p.params.what) {
      case 'stage':
        return `Stage ${p.quote(p.text('name'))} (stage ${p.number('position')}) has the id ${p.quote(p.text('id'))} of stage ${p.number('earlier')}.`;
      case 'step':
        return `Step ${p.step} has the id ${p.quote(p.text('id'))} of another step of the journey; the site anchors each step by its id.`;
      default:
        return `The ${p.text('what')} id ${p.quote(p.text('id'))} is already used by ${p.text('file')}.`;
    }
  },
  'id-mismatch': (p) =>
    `The ${p.text('what')} id ${p.quote(p.text('id'))} differs from its file name ${p.quote(p.text('stem'))}; URLs and references use the id, so both must agree.`,
  'owner-missing': () => 'The journey names no owner, so nobody is answerable for keeping it true.',
  'review-date-missing': () => 'The journey has no last review date, so nobody can tell whether it still matches reality.',
  'review-overdue': (p) =>
    `The journey was last reviewed ${count(Number(p.params.days), p.t.nouns.day)} ago (${p.date('date')}), more than the ${count(Number(p.params.limit), p.t.nouns.day)} a map may go unreviewed.`,
  'unsafe-link': (p) => `The link ${p.quote(p.text('href'))} is refused: links may only be http(s), mailto or a path in the project.`,
  'media-file-missing': (p) =>
    `The ${p.text('kind')} ${p.quote(p.text('href'))} of step ${p.step} is not under public/, so the map would show a broken ${p.params.kind === 'image' ? 'picture' : 'player'}.`,
  'media-without-transcript': (p) =>
    `The ${p.text('kind')} ${p.quote(p.text('title'))} of step ${p.step} has no transcript: readers who cannot play it, and search, miss what it says.`,
  'media-file-too-large': (p) =>
    `The ${p.text('kind')} ${p.quote(p.text('href'))} of step ${p.step} weighs ${p.number('megabytes')} MB, more than the ${p.number('limit')} MB set by mediaMaxMegabytes: readers on a phone download it to see or play it.`,
  'unknown-channel': (p) => `The channel ${p.quote(p.channel)} is neither built in nor added in parcours.config.yaml.`,
  'theme-contrast': (p) =>
    `The theme's ${p.text('name') === 'persona' ? 'persona colour' : p.text('name')} ${p.text('color')} has a contrast of ${p.number('ratio')}:1 on its ${p.text('on')} ${p.text('background')}, below the ${p.number('needed')}:1 ${p.params.use === 'text' ? 'text' : 'lines and icons'} need to be read${p.params.suggestion ? `; ${p.text('suggestion')} is the nearest colour that reaches it` : ''}.`,
};
