import type { Problem } from '../problem.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';

/**
 * Applies the levels of `rules:` in parcours.config.yaml to the problems of a check, in one
 * place after every check has run (ESLint and Redocly do the same): `off` drops the code's
 * problems, `error` and `warn` set their severity. The config schema lets only warning codes
 * be set, so an error can never be silenced.
 */
export function applyRuleLevels(problems: Problem[], rules: ResolvedConfig['rules']): Problem[] {
  if (Object.keys(rules).length === 0) return problems;
  const kept: Problem[] = [];
  for (const problem of problems) {
    const level = rules[problem.code];
    if (level === 'off') continue;
    kept.push(level === undefined ? problem : { ...problem, severity: level === 'error' ? 'error' : 'warning' });
  }
  return kept;
}
