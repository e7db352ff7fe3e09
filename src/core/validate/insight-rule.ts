import type { InsightCode } from '../insights/insight.ts';
import type { Rule } from './rule.ts';

/**
 * A validate rule that reports the insights of one code (computed in src/core/insights/, the
 * same ones the site shows) as warnings at the step they are about.
 */
export function insightRule(code: InsightCode): Rule {
  return {
    journey(file, context) {
      for (const insight of context.insights()) {
        if (insight.code === code) context.report({ code, file: file.path, pointer: insight.pointer, message: insight.message, hint: insight.hint });
      }
    },
  };
}
