import type { JourneyModel } from '../model/project.ts';
import type { ObservedInsight } from './observed-insights.ts';
import type { ObservedJourney } from './observed-journey.ts';

const percent = (share: number | undefined) => (share === undefined ? 'withheld' : `${(share * 100).toFixed(1)}%`);
const count = (value: number | undefined) => (value === undefined ? 'withheld' : String(value));

/** A duration in seconds as the largest two units (2d 3h, 4h 10m, 35s). */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '-';
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [unit, size] of units) {
    if (rest >= size || (unit === 's' && parts.length === 0)) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** The observed journey as `parcours events` prints it on a terminal: English, one block per journey. */
export function formatObservedPretty(journey: JourneyModel, observed: ObservedJourney, insights: readonly ObservedInsight[]): string {
  const lines = [`${journey.title} (${journey.id})`];
  if (observed.cases === undefined) {
    lines.push(`  fewer than ${observed.minCases} cases: every figure is withheld.`, '');
    return lines.join('\n');
  }
  lines.push(`  ${observed.cases} cases, ${observed.period?.from} to ${observed.period?.to}`);
  const name = new Map(journey.steps.map((step) => [step.id, step.name]));
  lines.push('', '  step                              reached   reach  drop-off  channels');
  for (const step of observed.steps) {
    if (!step.mapped) {
      lines.push(`  ${step.id.padEnd(32)}  (no events mapped)`);
      continue;
    }
    const channels = step.channels.map((channel) => `${channel.channel} ${percent(channel.share)}`).join(', ');
    lines.push(
      `  ${step.id.padEnd(32)}  ${count(step.reached).padStart(7)}  ${percent(step.reach).padStart(6)}  ${percent(step.dropOff).padStart(8)}  ${channels}`,
    );
  }
  const between = (from: string, to: string) => `${from} -> ${to}`;
  lines.push('', `  enter at: ${observed.starts.map((start) => `${start.step} ${start.count}`).join(', ') || '-'}`);
  lines.push(`  leave at: ${observed.ends.map((end) => `${end.step} ${end.count}`).join(', ') || '-'}`);
  lines.push('', '  directly follows                                    count   median      p90');
  for (const pair of observed.directlyFollows)
    lines.push(
      `  ${between(pair.from, pair.to).padEnd(48)}  ${String(pair.count).padStart(7)}  ${formatDuration(pair.medianSeconds).padStart(7)}  ${formatDuration(pair.p90Seconds).padStart(7)}`,
    );
  if (observed.channelSwitches.length > 0) {
    lines.push('', '  channel switches');
    for (const change of observed.channelSwitches)
      lines.push(
        `  ${`${change.fromChannel} -> ${change.toChannel} at ${between(change.from, change.to)}`.padEnd(56)}  ${String(change.count).padStart(7)}`,
      );
  }
  lines.push('', '  variants');
  for (const variant of observed.variants) lines.push(`  ${String(variant.count).padStart(7)}  ${variant.steps.join(' > ')}`);
  if (observed.otherVariants)
    lines.push(`  ${String(observed.otherVariants.count).padStart(7)}  other (${observed.otherVariants.variants} variants)`);
  if (observed.conformance) {
    const { inOrder, reachedLast, lastStep } = observed.conformance;
    lines.push(
      '',
      `  in the map's order: ${count(inOrder)} (${percent(inOrder === undefined ? undefined : inOrder / observed.cases)})`,
      `  reach the last step (${lastStep}): ${count(reachedLast)} (${percent(reachedLast === undefined ? undefined : reachedLast / observed.cases)})`,
    );
  }
  const cost = observed.costToServe;
  if (cost?.observedMonthly !== undefined)
    lines.push(
      `  cost to serve per month: ${cost.observedMonthly.toFixed(2)} ${cost.currency} observed over ${cost.months} months${cost.fromVolumes !== undefined ? `, ${cost.fromVolumes.toFixed(2)} ${cost.currency} from metrics.volume` : ''}`,
    );
  if (insights.length > 0) {
    lines.push('', '  insights');
    for (const insight of insights) lines.push(`  - ${insightSentence(insight, name)}`);
  }
  if (observed.withheld > 0) lines.push('', `  ${observed.withheld} figures made over fewer than ${observed.minCases} cases are withheld.`);
  lines.push('');
  return lines.join('\n');
}

/** An insight as an English sentence. */
export function insightSentence(insight: ObservedInsight, names: ReadonlyMap<string, string>): string {
  const step = (id: string) => `"${names.get(id) ?? id}"`;
  switch (insight.kind) {
    case 'drop-off':
      return `${percent(insight.dropOff)} of the cases reaching ${step(insight.step)} go no further (${insight.dropped} cases).`;
    case 'costly-switch':
      return `${insight.count} cases switch from ${insight.fromChannel} to ${insight.toChannel} between ${step(insight.from)} and ${step(insight.to)}: ${insight.monthlyCost.toFixed(2)} a month on ${insight.toChannel}.`;
    case 'rarely-reached':
      return `Few cases reach ${step(insight.step)}${insight.reach === undefined ? ' (too few to publish)' : ` (${percent(insight.reach)})`}.`;
    case 'loop-back':
      return `${insight.count} cases (${percent(insight.share)}) go back from ${step(insight.from)} to ${step(insight.to)}, which the map does not show.`;
    case 'skip':
      return `${insight.count} cases (${percent(insight.share)}) go from ${step(insight.from)} straight to ${step(insight.to)}, skipping mapped steps.`;
  }
}
