import type { Insight, InsightFinder } from './insight.ts';
import { listShort, participants, stepPointer } from './insight.ts';

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
        message: `Step \`${step.id}\` happens only on digital channels (${channels.join(', ')}), yet ${excluded.map((id) => `\`${id}\` (digital affinity ${personas.get(id)!.digitalAffinity})`).join(' and ')} ${excluded.length > 1 ? 'live' : 'lives'} it: a customer far from digital has no way through.`,
        hint: 'Offer a human or physical way through this step (phone, store, mail, someone to help), or say in the map how these customers get past it.',
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
      message: `${tally.steps.length} of the ${tally.lived} steps \`${id}\` lives offer none of the channels this persona prefers (${personas.get(id)!.preferredChannels!.join(', ')}): ${listShort(tally.steps)}.`,
      hint: "Add touchpoints on the channels this persona uses where it matters most, or check that the persona's preferred channels are still true.",
    });
  }
  return insights;
};
