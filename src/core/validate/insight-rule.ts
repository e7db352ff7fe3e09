import type { InsightCode } from '../insights/insight.ts';
import type { Rule } from './rule.ts';

/**
 * A validate rule that reports the insights of one code (computed in src/core/insights/, the
 * same ones the site shows) as warnings at the step they are about.
 */
export function insightRule(code: InsightCode): Rule {
  return {
    journey(file, context) {
      const names = new Map(context.model.steps.map((step) => [step.id, step.name]));
      for (const insight of context.insights()) {
        if (insight.code !== code) continue;
        const params = {
          ...(insight.step !== undefined ? { step: insight.step, stepName: names.get(insight.step) ?? insight.step } : {}),
          ...(insight.steps ? { steps: insight.steps, stepNames: insight.steps.map((id) => names.get(id) ?? id) } : {}),
          ...(insight.personas ? { personas: insight.personas } : {}),
        };
        context.report({ code, file: file.path, pointer: insight.pointer, message: insight.message, hint: insight.hint, params });
      }
    },
  };
}
