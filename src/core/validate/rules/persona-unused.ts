import type { Rule } from '../rule.ts';

export const personaUnused: Rule = {
  project(context) {
    // A journey that cannot be read may be the one using the persona: say nothing rather than something false.
    if (context.journeysIncomplete) return;
    for (const persona of context.personas) {
      if (context.referencedPersonas.has(persona.id)) continue;
      context.report({
        code: 'persona-unused',
        file: persona.path,
        pointer: '/id',
        params: { persona: persona.id },
      });
    }
  },
};
