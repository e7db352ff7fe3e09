import type { OpportunityModel, StatementModel, StepModel, TouchpointModel } from '../model/project.ts';
import { equalValues } from './equal-values.ts';
import { pairItems } from './pair-items.ts';
import { label, show, type ChangeRecorder } from './record-change.ts';

/** A step present in both versions, with its pointer in each file. */
export interface StepPair {
  journey: string;
  before: StepModel;
  after: StepModel;
  at: { before: string; after: string };
  /** Curve keys (personas) of both versions: a persona new to the journey is a metadata change, not one emotion change per step. */
  curves: readonly string[];
}

const STEP_FIELDS = ['description', 'subJourney', 'backstage', 'evidence', 'attachments'] as const;
const OPPORTUNITY_FIELDS = ['title', 'description', 'impact', 'effort', 'owner'] as const;
const TOUCHPOINT_FIELDS = ['name', 'owned', 'description'] as const;

/** Records what changed inside one step: touchpoints, emotion, statements, opportunities, moment of truth, metrics, other fields. */
export function diffStep(recorder: ChangeRecorder, pair: StepPair): void {
  const { before, after, at } = pair;
  const base = { journey: pair.journey, stage: after.stageId, step: after.id };
  const name = label(after.name, after.id);
  const within = (list: string, index?: number) => ({
    before: `${at.before}/${list}${index === undefined ? '' : `/${index}`}`,
    after: `${at.after}/${list}${index === undefined ? '' : `/${index}`}`,
  });

  diffTouchpoints(recorder, pair, base, name, within);

  for (const persona of pair.curves) {
    const was = before.emotion[persona];
    const now = after.emotion[persona];
    if (was === now) continue;
    const both = was !== undefined && now !== undefined;
    const who = persona.startsWith('_') ? 'every persona' : persona;
    recorder.add('emotion-changed', {
      ...base,
      persona,
      before: was,
      after: now,
      ...(both ? { delta: now - was } : {}),
      level: both && now < was ? 'warn' : 'info',
      message: both
        ? `Emotion of ${who} at ${name} ${now < was ? 'dropped' : 'rose'} from ${was} to ${now} (${now > was ? '+' : ''}${now - was}).`
        : `Emotion of ${who} at ${name} went from ${show(was)} to ${show(now)}.`,
      at: { before: `${at.before}/emotion/${persona}`, after: `${at.after}/emotion/${persona}` },
    });
  }

  diffStatements(recorder, 'thought', before.thoughts, after.thoughts, base, name, (index) => within('thoughts', index));
  diffStatements(recorder, 'pain-point', before.painPoints, after.painPoints, base, name, (index) => within('painPoints', index));
  diffOpportunities(recorder, before.opportunities, after.opportunities, base, name, (index) => within('opportunities', index));

  const truth = within('momentOfTruth');
  if (before.momentOfTruth !== after.momentOfTruth) {
    recorder.add(after.momentOfTruth ? 'moment-of-truth-gained' : 'moment-of-truth-lost', {
      ...base,
      before: before.momentOfTruthReason ?? before.momentOfTruth,
      after: after.momentOfTruthReason ?? after.momentOfTruth,
      message: after.momentOfTruth ? `${name} became a moment of truth.` : `${name} is no longer a moment of truth.`,
      at: after.momentOfTruth ? truth : { before: truth.before, after: at.after },
    });
  } else if (before.momentOfTruthReason !== after.momentOfTruthReason) {
    recorder.add('moment-of-truth-changed', {
      ...base, before: before.momentOfTruthReason, after: after.momentOfTruthReason,
      message: `Why ${name} is a moment of truth changed from ${show(before.momentOfTruthReason)} to ${show(after.momentOfTruthReason)}.`,
      at: truth,
    });
  }

  const metrics = new Set([...Object.keys(before.metrics), ...Object.keys(after.metrics)]);
  for (const metric of [...metrics].sort()) {
    const was = before.metrics[metric as keyof StepModel['metrics']];
    const now = after.metrics[metric as keyof StepModel['metrics']];
    if (was === now) continue;
    recorder.add('metric-changed', {
      ...base, field: metric, before: was, after: now,
      ...(was !== undefined && now !== undefined ? { delta: round(now - was) } : {}),
      message: `${metric} of ${name} went from ${show(was)} to ${show(now)}.`,
      at: { before: `${at.before}/metrics/${metric}`, after: `${at.after}/metrics/${metric}` },
    });
  }

  for (const field of STEP_FIELDS) {
    if (equalValues(before[field], after[field])) continue;
    recorder.add('step-changed', {
      ...base, field, before: before[field], after: after[field],
      message: `The ${field} of ${name} changed.`,
      at: within(field),
    });
  }
}

type Base = { journey: string; stage: string; step: string };
type Within = (list: string, index?: number) => { before: string; after: string };

function diffTouchpoints(recorder: ChangeRecorder, pair: StepPair, base: Base, name: string, within: Within): void {
  const describe = (touchpoint: TouchpointModel) => (touchpoint.name ? `${touchpoint.channel} (“${touchpoint.name}”)` : touchpoint.channel);
  const { pairs, removed, added } = pairItems(
    pair.before.touchpoints,
    pair.after.touchpoints,
    (touchpoint) => `${touchpoint.channel}\u0000${touchpoint.name ?? ''}`,
    (a, b) => a.name !== undefined && a.name === b.name,
  );
  for (const { item, index } of removed) {
    recorder.add('touchpoint-removed', {
      ...base, before: item, message: `Touchpoint ${describe(item)} was removed from ${name}.`,
      at: { before: within('touchpoints', index).before, after: pair.after.touchpoints.length > 0 ? within('touchpoints').after : pair.at.after },
    });
  }
  for (const match of pairs) {
    const at = { before: within('touchpoints', match.beforeIndex).before, after: within('touchpoints', match.afterIndex).after };
    if (match.before.channel !== match.after.channel) {
      recorder.add('touchpoint-channel-changed', {
        ...base, field: 'channel', before: match.before.channel, after: match.after.channel,
        message: `Touchpoint ${describe(match.before)} of ${name} moved from ${match.before.channel} to ${match.after.channel}.`, at,
      });
    }
    for (const field of TOUCHPOINT_FIELDS) {
      if (match.before[field] === match.after[field]) continue;
      recorder.add('touchpoint-changed', {
        ...base, field, before: match.before[field], after: match.after[field],
        message: `The ${field} of touchpoint ${describe(match.after)} of ${name} went from ${show(match.before[field])} to ${show(match.after[field])}.`, at,
      });
    }
  }
  for (const { item, index } of added) {
    recorder.add('touchpoint-added', {
      ...base, after: item, message: `Touchpoint ${describe(item)} was added to ${name}.`,
      at: { after: within('touchpoints', index).after },
    });
  }
}

function diffStatements(
  recorder: ChangeRecorder,
  noun: 'thought' | 'pain-point',
  before: readonly StatementModel[],
  after: readonly StatementModel[],
  base: Base,
  name: string,
  within: (index?: number) => { before: string; after: string },
): void {
  const words = noun === 'thought' ? 'Thought' : 'Pain point';
  const { pairs, removed, added } = pairItems(before, after, (statement) => statement.text);
  for (const { item, index } of removed) {
    recorder.add(`${noun}-removed` as const, { ...base, before: item.text, message: `${words} “${item.text}” was removed from ${name}.`, at: { before: within(index).before, after: within().after } });
  }
  for (const match of pairs) {
    if (equalValues(match.before, match.after)) continue;
    const textChanged = match.before.text !== match.after.text;
    recorder.add(`${noun}-changed` as const, {
      ...base,
      field: textChanged ? 'text' : 'evidence',
      before: textChanged ? match.before.text : match.before.evidence,
      after: textChanged ? match.after.text : match.after.evidence,
      message: textChanged ? `${words} of ${name} changed from “${match.before.text}” to “${match.after.text}”.` : `The evidence of ${words.toLowerCase()} “${match.after.text}” of ${name} changed.`,
      at: { before: within(match.beforeIndex).before, after: within(match.afterIndex).after },
    });
  }
  for (const { item, index } of added) {
    recorder.add(`${noun}-added` as const, { ...base, after: item.text, message: `${words} “${item.text}” was added to ${name}.`, at: { after: within(index).after } });
  }
}

function diffOpportunities(
  recorder: ChangeRecorder,
  before: readonly OpportunityModel[],
  after: readonly OpportunityModel[],
  base: Base,
  name: string,
  within: (index?: number) => { before: string; after: string },
): void {
  const { pairs, removed, added } = pairItems(before, after, (opportunity) => opportunity.title);
  for (const { item, index } of removed) {
    recorder.add('opportunity-removed', { ...base, before: item, message: `Opportunity “${item.title}” was removed from ${name}.`, at: { before: within(index).before, after: within().after } });
  }
  for (const match of pairs) {
    const at = { before: within(match.beforeIndex).before, after: within(match.afterIndex).after };
    if (match.before.status !== match.after.status) {
      recorder.add('opportunity-status-changed', {
        ...base, field: 'status', before: match.before.status, after: match.after.status,
        message: `Opportunity “${match.after.title}” of ${name} went from ${match.before.status} to ${match.after.status}.`,
        at: { before: `${at.before}/status`, after: `${at.after}/status` },
      });
    }
    for (const field of OPPORTUNITY_FIELDS) {
      if (match.before[field] === match.after[field]) continue;
      recorder.add('opportunity-changed', {
        ...base, field, before: match.before[field], after: match.after[field],
        message: `The ${field} of opportunity “${match.after.title}” of ${name} went from ${show(match.before[field])} to ${show(match.after[field])}.`, at,
      });
    }
  }
  for (const { item, index } of added) {
    recorder.add('opportunity-added', { ...base, after: item, message: `Opportunity “${item.title}” was added to ${name}.`, at: { after: within(index).after } });
  }
}

// Metrics are decimals (conversion 1.2): keep the delta free of binary noise such as 0.30000000000000004.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
