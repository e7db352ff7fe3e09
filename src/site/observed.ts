import { openProjectCache } from '../core/check/cache-dir.ts';
import type { CheckResult } from '../core/check/check-sources.ts';
import { type ObservedProject, observeProject } from '../core/events/observe-project.ts';
import { runEvents } from '../core/events/run-events.ts';
import type { Site } from './site.ts';

const made = new WeakMap<Site, Promise<ObservedProject>>();

/**
 * The observed journeys of the site (the logs under data/events/ laid over the maps), worked
 * out once per check: every page, observed.json and the page keys share them. An unchanged log
 * comes from the content cache, so a build with events costs little more than one without.
 */
export function siteObserved(site: Site): Promise<ObservedProject> {
  let observed = made.get(site);
  if (!observed) {
    const checked = { project: site.project, files: site.files, problems: [] } satisfies CheckResult;
    observed = runEvents(site.root, checked, openProjectCache(site.root)).then((events) => observeProject(site.project, events));
    made.set(site, observed);
  }
  return observed;
}
