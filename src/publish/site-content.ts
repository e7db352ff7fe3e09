import { relative, resolve } from 'node:path';
import { contentCacheDir } from '../core/check/cache-dir.ts';
import { checkProject } from '../core/check/check-project.ts';
import { openContentCache } from '../core/check/content-cache.ts';
import type { CheckedFileHistory } from '../core/history/check-history.ts';
import type { CheckedRemoval } from '../core/history/check-removals.ts';
import type { CheckResult, Project } from '../core/index.ts';
import { countBySeverity } from '../core/problem.ts';
import { formatPretty } from '../core/report/format-pretty.ts';
import { codeVersion } from './code-version.ts';
import { drawFlowDiagrams, type FlowDiagram } from './draw-flow-diagrams.ts';
import { planPdfs, type PdfPlan } from './draw-pdfs.ts';
import { readCheckedHistories } from './read-checked-history.ts';

/**
 * What the site reads its content from: the content root, the site's day, the checked content and
 * the history of its journeys. The CLI makes one (with the check it already made, or, in `parcours
 * dev`, one it keeps current as files change) and hands it to Astro through the `parcoursContent`
 * integration; pages reach it through `virtual:parcours/content` (src/site/site.ts). The site
 * calls no checker of its own.
 */
export interface SiteContent {
  /** Absolute path of the content root. */
  root: string;
  /** The content cache folder, which the site's build cache also lives in. */
  cache: string;
  /** The day the review flag compares against (YYYY-MM-DD). */
  today: string;
  /** True in parcours dev: the content changes while the site runs, and no page comes from a build cache. */
  live: boolean;
  /** The checked content; throws a ContentError listing every problem when it has errors. */
  check(): Promise<CheckResult>;
  /** The checked history of every journey with revisions, by id (empty outside Git). */
  history(revisions: number): Promise<Map<string, CheckedFileHistory>>;
  /** The checked history of every persona with revisions, by id, from the same reading of Git as `history`. */
  personaHistory(revisions: number): Promise<Map<string, CheckedFileHistory>>;
  /** The journeys and personas removed since, newest first, from the same reading of Git as `history`. */
  removals(revisions: number): Promise<CheckedRemoval[]>;
  /** A digest of the code that checks and models the content, for the keys of cached pages (see codeVersion). */
  version(): Promise<string>;
  /** Every journey's flow diagram, by id: its Mermaid text, and its SVG when it could be drawn. */
  flowDiagrams(project: Project): Promise<Map<string, FlowDiagram>>;
  /** Whether journey.pdf and persona.pdf will be drawn after the pages, so pages link them (never in `parcours dev`). */
  pdfPlan(project: Project): PdfPlan;
}

/** Invalid content: the message is the full problem report, as `parcours validate` prints it. */
export class ContentError extends Error {
  override name = 'ContentError';
}

export interface ProjectContentOptions {
  /** A check already made with the site's day (`parcours build` made it to report problems), used as is. */
  checked?: CheckResult;
  /** The content cache folder (default: contentCacheDir of the root): checked files, revisions, drawn diagrams, the site's pages. */
  cache?: string;
}

/** The content of `root` as it is on disk, checked once with the site's day. */
export function projectContent(
  root: string,
  today: string,
  { checked, cache = contentCacheDir(root) }: ProjectContentOptions = {},
): SiteContent {
  let result: Promise<CheckResult> | undefined = checked && Promise.resolve(checked);
  let histories:
    | {
        revisions: number;
        journeys: Promise<Map<string, CheckedFileHistory>>;
        personas: Promise<Map<string, CheckedFileHistory>>;
        removals: Promise<CheckedRemoval[]>;
      }
    | undefined;
  // One reading of Git for both, kept while the number of revisions asked stays the same.
  const historiesOf = (revisions: number) => {
    if (histories?.revisions !== revisions) {
      const both = readCheckedHistories(root, revisions, files);
      histories = {
        revisions,
        journeys: both.then((read) => read.journeys),
        personas: both.then((read) => read.personas),
        removals: both.then((read) => read.removals),
      };
    }
    return histories;
  };
  const files = openContentCache(cache);
  return {
    root,
    today,
    cache,
    live: false,
    check: () => (result ??= checkProject(root, { now: dayStart(today), cache: files }).then((fresh) => throwOnErrors(root, fresh))),
    history: (revisions) => historiesOf(revisions).journeys,
    personaHistory: (revisions) => historiesOf(revisions).personas,
    removals: (revisions) => historiesOf(revisions).removals,
    version: codeVersion,
    flowDiagrams: (project) => drawFlowDiagrams(project, cache),
    pdfPlan: (project) => planPdfs(project),
  };
}

/** The start of `today` (YYYY-MM-DD), UTC, the `now` every check of the site is made with. */
export function dayStart(today: string): Date {
  return new Date(`${today}T00:00:00Z`);
}

/** `checked` when it has no errors; else a ContentError with every problem formatted as `validate` prints it. */
export function throwOnErrors(root: string, checked: CheckResult): CheckResult {
  if (countBySeverity(checked.problems).errors === 0) return checked;
  const texts = new Map([...checked.files].map(([path, parsed]) => [path, parsed.source.text]));
  const report = formatPretty(checked.problems, {
    texts,
    color: false,
    displayPath: (file) => relative(process.cwd(), resolve(root, file)),
  });
  throw new ContentError(`The content under ${root} has errors:\n\n${report}`);
}
