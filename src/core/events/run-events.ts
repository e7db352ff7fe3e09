import type { ContentCache } from '../check/content-cache.ts';
import type { CheckResult } from '../check/check-sources.ts';
import { applyRuleLevels } from '../validate/apply-rule-levels.ts';
import { sortProblems } from '../problem.ts';
import { checkEvents, type EventsResult } from './check-events.ts';

/**
 * The logs of a checked content root, analysed, their problems at the levels `rules:` sets:
 * what `validate`, `parcours events` and the site share. A failure of the engine itself (the
 * disk full while spilling) is thrown, never half-reported.
 */
export async function runEvents(root: string, checked: CheckResult, cache?: ContentCache): Promise<EventsResult> {
  const { project } = checked;
  const result = await checkEvents(root, project.journeys, project.config.events, { files: checked.files, ...(cache ? { cache } : {}) });
  return { ...result, problems: applyRuleLevels(sortProblems(result.problems), project.config.rules) };
}
