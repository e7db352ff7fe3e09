import type { Rule } from '../rule.ts';

export const targetOfInvalid: Rule = {
  project(context) {
    const byId = new Map(context.journeys.map((journey) => [journey.id, journey]));
    for (const { path, id, state, targetOf } of context.journeys) {
      if (targetOf === undefined) continue;
      if (state !== 'target') {
        context.report({
          code: 'target-of-invalid',
          file: path,
          pointer: '/targetOf',
          message: `\`targetOf\` is set, but the journey's state is \`${state}\`: only a target map redesigns another journey.`,
          hint: 'Add `state: target`, or remove `targetOf`.',
        });
      } else if (targetOf === id) {
        context.report({
          code: 'target-of-invalid',
          file: path,
          pointer: '/targetOf',
          message: 'A target journey cannot be the target of itself.',
          hint: 'Set `targetOf` to the id of the current journey it redesigns.',
        });
      } else {
        const current = byId.get(targetOf);
        if (current && current.state === 'target') {
          context.report({
            code: 'target-of-invalid',
            file: path,
            pointer: '/targetOf',
            message: `\`targetOf\` names \`${targetOf}\`, which is itself a target map; it must name the current journey being redesigned.`,
            ...(current.targetOf ? { hint: `Did you mean \`${current.targetOf}\`?` } : {}),
          });
        }
      }
    }
  },
};
