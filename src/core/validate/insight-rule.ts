import { insightParams, type InsightCode } from '../insights/insight.ts';
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
        context.report({ code, file: file.path, pointer: insight.pointer, params: insightParams(insight, names) });
      }
    },
  };
}
