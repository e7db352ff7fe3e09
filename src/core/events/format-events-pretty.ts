import type { EventsWords } from '../messages/catalogue.ts';
import { catalogue } from '../messages/index.ts';
import type { JourneyModel } from '../model/project.ts';
import type { ObservedInsight } from './observed-insights.ts';
import type { ObservedJourney } from './observed-journey.ts';

const ENGLISH = catalogue('en').reports.events;

/** A duration in seconds as the largest two units (2d 3h, 4h 10m, 35s), in the words' units. */
export function formatDuration(seconds: number | undefined, words: EventsWords = ENGLISH): string {
  if (seconds === undefined) return '-';
  const sizes = [86_400, 3_600, 60, 1];
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [index, size] of sizes.entries()) {
    if (rest >= size || (size === 1 && parts.length === 0)) {
      parts.push(`${Math.floor(rest / size)}${words.units[index]}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** The observed journey as `parcours events` prints it on a terminal, one block per journey, in the words' language. */
export function formatObservedPretty(
  journey: JourneyModel,
  observed: ObservedJourney,
  insights: readonly ObservedInsight[],
  words: EventsWords = ENGLISH,
): string {
  const w = words;
  const percent = (share: number | undefined) => (share === undefined ? w.withheld : w.percent(share));
  const count = (value: number | undefined) => (value === undefined ? w.withheld : String(value));
  const duration = (seconds: number | undefined) => formatDuration(seconds, w);
  const lines = [`${journey.title} (${journey.id})`];
  if (observed.cases === undefined) {
    lines.push(`  ${w.tooFew(observed.minCases)}`, '');
    return lines.join('\n');
  }
  lines.push(`  ${w.cases(observed.cases, observed.period?.from ?? '-', observed.period?.to ?? '-')}`);
  const name = new Map(journey.steps.map((step) => [step.id, step.name]));
  const { columns } = w;
  lines.push(
    '',
    `  ${columns.step.padEnd(32)}  ${columns.reached.padStart(7)}  ${columns.reach.padStart(7)}  ${columns.dropOff.padStart(8)}  ${columns.channels}`,
  );
  for (const step of observed.steps) {
    if (!step.mapped) {
      lines.push(`  ${step.id.padEnd(32)}  ${w.notMapped}`);
      continue;
    }
    const channels = step.channels.map((channel) => `${channel.channel} ${percent(channel.share)}`).join(', ');
    lines.push(
      `  ${step.id.padEnd(32)}  ${count(step.reached).padStart(7)}  ${percent(step.reach).padStart(7)}  ${percent(step.dropOff).padStart(8)}  ${channels}`,
    );
  }
  const between = (from: string, to: string) => `${from} -> ${to}`;
  const colon = w.colon;
  lines.push('', `  ${w.enterAt}${colon}${observed.starts.map((start) => `${start.step} ${start.count}`).join(', ') || '-'}`);
  lines.push(`  ${w.leaveAt}${colon}${observed.ends.map((end) => `${end.step} ${end.count}`).join(', ') || '-'}`);
  const follows = w.directlyFollows;
  lines.push('', `  ${follows.title.padEnd(48)}  ${follows.count.padStart(7)}  ${follows.median.padStart(7)}  ${follows.p90.padStart(7)}`);
  for (const pair of observed.directlyFollows)
    lines.push(
      `  ${between(pair.from, pair.to).padEnd(48)}  ${String(pair.count).padStart(7)}  ${duration(pair.medianSeconds).padStart(7)}  ${duration(pair.p90Seconds).padStart(7)}`,
    );
  if (observed.channelSwitches.length > 0) {
    lines.push('', `  ${w.switches}`);
    for (const change of observed.channelSwitches)
      lines.push(
        `  ${w.switchAt(`${change.fromChannel} -> ${change.toChannel}`, between(change.from, change.to)).padEnd(56)}  ${String(change.count).padStart(7)}`,
      );
  }
  lines.push('', `  ${w.variants}`);
  for (const variant of observed.variants) lines.push(`  ${String(variant.count).padStart(7)}  ${variant.steps.join(' > ')}`);
  if (observed.otherVariants)
    lines.push(`  ${String(observed.otherVariants.count).padStart(7)}  ${w.otherVariants(observed.otherVariants.variants)}`);
  if (observed.conformance) {
    const { inOrder, reachedLast, lastStep } = observed.conformance;
    lines.push(
      '',
      `  ${w.inOrder}${colon}${count(inOrder)} (${percent(inOrder === undefined ? undefined : inOrder / observed.cases)})`,
      `  ${w.reachLast(lastStep)}${colon}${count(reachedLast)} (${percent(reachedLast === undefined ? undefined : reachedLast / observed.cases)})`,
    );
  }
  const cost = observed.costToServe;
  if (cost?.observedMonthly !== undefined)
    lines.push(
      `  ${w.cost(
        `${w.amount(cost.observedMonthly)} ${cost.currency}`,
        cost.months,
        cost.fromVolumes === undefined ? undefined : `${w.amount(cost.fromVolumes)} ${cost.currency}`,
      )}`,
    );
  if (insights.length > 0) {
    lines.push('', `  ${w.insights}`);
    for (const insight of insights) lines.push(`  - ${insightSentence(insight, name, w)}`);
  }
  if (observed.withheld > 0) lines.push('', `  ${w.withheldFigures(observed.withheld, observed.minCases)}`);
  lines.push('');
  return lines.join('\n');
}

/** An insight as a sentence in the words' language, steps by their names. */
export function insightSentence(insight: ObservedInsight, names: ReadonlyMap<string, string>, words: EventsWords = ENGLISH): string {
  const [open, close] = words.quotes;
  const step = (id: string) => `${open}${names.get(id) ?? id}${close}`;
  const percent = (share: number | undefined) => (share === undefined ? words.withheld : words.percent(share));
  const sentences = words.insight;
  switch (insight.kind) {
    case 'drop-off':
      return sentences['drop-off'](percent(insight.dropOff), step(insight.step), insight.dropped);
    case 'costly-switch':
      return sentences['costly-switch'](
        insight.count,
        insight.fromChannel,
        insight.toChannel,
        step(insight.from),
        step(insight.to),
        words.amount(insight.monthlyCost),
      );
    case 'costly-switch-others':
      return sentences['costly-switch-others'](insight.pairs, insight.count, words.amount(insight.monthlyCost));
    case 'rarely-reached':
      return sentences['rarely-reached'](step(insight.step), insight.reach === undefined ? undefined : percent(insight.reach));
    case 'loop-back':
    case 'skip':
      return sentences[insight.kind](insight.count, percent(insight.share), step(insight.from), step(insight.to));
  }
}
