import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

export const unknownChannel: Rule = {
  check(context) {
    const known = [...context.config.channels.keys()];
    const report = (file: string, pointer: string, id: string) =>
      context.report({
        code: 'unknown-channel', file, pointer,
        message: `The channel \`${id}\` is neither built in nor added in parcours.config.yaml.`,
        hint: didYouMean(id, known) ?? `Use one of ${known.join(', ')}, or add \`${id}\` under \`channels\` in parcours.config.yaml.`,
      });
    for (const file of context.journeys) {
      for (const { step, pointer } of stepsOf(file.data)) {
        (step.touchpoints ?? []).forEach((touchpoint, index) => {
          const id = typeof touchpoint === 'string' ? touchpoint : touchpoint.channel;
          if (!context.config.channels.has(id)) report(file.path, typeof touchpoint === 'string' ? `${pointer}/touchpoints/${index}` : `${pointer}/touchpoints/${index}/channel`, id);
        });
      }
    }
    for (const file of context.personas) {
      (file.data.preferredChannels ?? []).forEach((id, index) => {
        if (!context.config.channels.has(id)) report(file.path, `/preferredChannels/${index}`, id);
      });
    }
  },
};
