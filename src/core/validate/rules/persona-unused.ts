import type { Rule } from '../rule.ts';

export const personaUnused: Rule = {
  check(context) {
    const used = new Set(context.journeys.flatMap((file) => file.data.personas ?? []));
    for (const file of context.personas) {
      if (used.has(file.data.id)) continue;
      context.report({
        code: 'persona-unused', file: file.path, pointer: '/id',
        message: `No journey lists the persona \`${file.data.id}\`.`,
        hint: "Add it to the `personas` of the journeys it lives, or remove the file if it is obsolete.",
      });
    }
  },
};
