import type { Insight, InsightFinder } from './insight.ts';
import { participants, stepPointer } from './insight.ts';

const FAR_FROM_DIGITAL = new Set(['low', 'none']);

/**
 * Steps that leave a persona by the roadside.
 *
 * `inclusion-gap-digital`, one per step: every touchpoint is on a digital channel, and a persona
 * who lives the step has a low or no digital affinity and prefers none of its channels (a
 * persona who prefers SMS is not shut out by an SMS).
 *
 * `inclusion-gap-channels`, one per persona and journey, to stay readable: the steps that persona
 * lives where none of the channels is among their preferred ones (steps already named by the
 * first gap for that persona are left out).
 *
 * Steps without touchpoints are left to `step-without-touchpoints`.
 */
export const findInclusionGaps: InsightFinder = (journey, { config, personas }) => {
  const insights: Insight[] = [];
  const unserved = new Map<string, { lived: number; steps: string[]; first?: string }>();
  for (const step of journey.steps) {
    const channels = [...new Set(step.touchpoints.map((touchpoint) => touchpoint.channel))];
    if (channels.length === 0) continue;
    const allDigital = channels.every((channel) => config.channels.get(channel)?.kind === 'digital');
    const excluded: string[] = [];
    for (const id of participants(journey, step)) {
      const persona = personas.get(id);
      if (!persona) continue;
      const preferred = persona.preferredChannels ?? [];
      const served = channels.some((channel) => preferred.includes(channel));
      if (allDigital && !served && FAR_FROM_DIGITAL.has(persona.digitalAffinity ?? '')) excluded.push(id);
      if (preferred.length === 0) continue;
      const tally = unserved.get(id) ?? { lived: 0, steps: [] };
      unserved.set(id, tally);
      tally.lived++;
      if (!served && !excluded.includes(id)) {
        tally.steps.push(step.id);
        tally.first ??= stepPointer(journey, step);
      }
    }
    if (excluded.length > 0) {
      insights.push({
        code: 'inclusion-gap-digital',
        journey: journey.id,
        step: step.id,
        pointer: `${stepPointer(journey, step)}/touchpoints`,
        personas: excluded,
        params: { channels, affinities: excluded.map((id) => personas.get(id)!.digitalAffinity ?? '') },
      });
    }
  }
  for (const [id, tally] of unserved) {
    if (tally.steps.length === 0) continue;
    insights.push({
      code: 'inclusion-gap-channels',
      journey: journey.id,
      steps: tally.steps,
      pointer: `${tally.first}/touchpoints`,
      personas: [id],
      params: { lived: tally.lived, preferred: personas.get(id)!.preferredChannels! },
    });
  }
  return insights;
};
