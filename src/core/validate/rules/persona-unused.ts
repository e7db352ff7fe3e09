import { meantPersonas } from '../persona-cascade.ts';
import type { Rule } from '../rule.ts';

export const personaUnused: Rule = {
  project(context) {
    // A journey that cannot be read may be the one using the persona: say nothing rather than something false.
    if (context.journeysIncomplete) return;
    // A journey that misspells the persona's id gets an unknown-persona error naming it: that is enough.
    const meant = meantPersonas(context.referencedPersonas, context.personaIds);
    for (const persona of context.personas) {
      if (context.referencedPersonas.has(persona.id) || meant.has(persona.id)) continue;
      context.report({
        code: 'persona-unused',
        file: persona.path,
        pointer: '/id',
        params: { persona: persona.id },
      });
    }
  },
};
