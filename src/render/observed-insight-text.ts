import type { ObservedInsight } from '../core/events/observed-insights.ts';
import type { Formatters } from '../core/messages/format.ts';
import type { ObservedStrings } from '../i18n/observed.ts';

/** An observed insight as a sentence of the site's language, steps and channels by name. */
export function observedInsightText(
  insight: ObservedInsight,
  o: ObservedStrings,
  fmt: Formatters,
  stepName: (id: string) => string,
  channelName: (id: string) => string,
): string {
  const share = (value: number) => fmt.percent(value * 100);
  switch (insight.kind) {
    case 'drop-off':
      return o.insights['drop-off'](share(insight.dropOff), stepName(insight.step));
    case 'costly-switch':
      return o.insights['costly-switch'](
        fmt.number(insight.count),
        channelName(insight.fromChannel),
        channelName(insight.toChannel),
        stepName(insight.from),
        stepName(insight.to),
        fmt.money(insight.monthlyCost),
      );
    case 'costly-switch-others':
      return o.insights['costly-switch-others'](
        insight.pairs,
        fmt.number(insight.pairs),
        fmt.number(insight.count),
        fmt.money(insight.monthlyCost),
      );
    case 'rarely-reached':
      return o.insights['rarely-reached'](stepName(insight.step), insight.reach === undefined ? undefined : share(insight.reach));
    case 'loop-back':
    case 'skip':
      return o.insights[insight.kind](fmt.number(insight.count), share(insight.share), stepName(insight.from), stepName(insight.to));
  }
}
