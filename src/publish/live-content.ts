import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkMemo } from '../core/check/check-journey.ts';
import { checkProjectFiles, readProject, type ProjectFiles } from '../core/check/check-project.ts';
import { openContentCache, type ContentCache } from '../core/check/content-cache.ts';
import { readData } from '../core/data/read-data.ts';
import type { CheckResult } from '../core/index.ts';
import { runEvents } from '../core/events/run-events.ts';
import { EVENTS_DIR, watchedKind } from '../core/load/content-paths.ts';
import { sortProblems } from '../core/problem.ts';
import { readSource } from '../core/load/parse-source.ts';
import { rereadContentFile, type SourceFile } from '../core/load/read-content.ts';
import { dayStart, projectContent, throwOnErrors, type SiteContent } from './site-content.ts';

/** The content of `parcours dev`: checked once, kept in memory, checked again when a file changes. */
export interface LiveContent extends SiteContent {
  /** The latest check, errors included (the site's `check()` throws on them). */
  latest(): Promise<CheckResult>;
  /** Checks the content again after `file` (absolute path) changed; resolves to the new check. */
  changed(file: string): Promise<CheckResult>;
  /** The files (paths relative to the root) the latest check had to read and check: those new or changed since the one before. */
  checkedFiles(): Promise<string[]>;
  /**
   * The check of the content as it is, with one content file (`path` relative to the root)
   * holding `text` instead: what the edit API asks before it writes. Nothing is kept but the
   * per-file checks, which are cached by content.
   */
  checkText(path: string, text: string): Promise<CheckResult>;
  /**
   * Says that `file` (absolute) now holds the text `checkText` last checked for it: that check
   * becomes the content's, with no second check, when nothing else was read since; else the file
   * is read and checked again, as `changed` does. Resolves to the content's check.
   */
  written(file: string, text: string): Promise<CheckResult>;
}

/**
 * Content that pages read from memory: a page view costs no check, and an edit costs one check,
 * made when the file is saved rather than when each page of the reload asks for it. The files
 * are kept as read, and after an edit only the edited file is read again; each file's check is
 * kept in memory in front of the content cache (by blob id, so by content), and each journey's
 * checks against the other files in a memo (check/check-journey.ts), so only the edited file is
 * parsed and checked again, unless what every journey depends on (the config, a persona) changed.
 */
export function liveContent(root: string, today: string, cache?: string): LiveContent {
  const content = projectContent(root, today, cache === undefined ? {} : { cache });
  const files = inMemory(openContentCache(content.cache));
  const memo = checkMemo();
  let disk: ProjectFiles | undefined;
  const check = async (file?: string) => {
    disk = await (disk && file !== undefined ? readAgain(root, disk, file) : readProject(root));
    const checked: string[] = [];
    const parse = (source: SourceFile) => {
      checked.push(source.path);
      return readSource(source);
    };
    return { result: await withEvents(checkProjectFiles(root, disk, { now: dayStart(today), cache: files, parse, memo })), checked };
  };
  // The logs under data/events/ analysed with the content (unchanged ones come from the content
  // cache, where the site's Observed lane then finds them): their problems are the check's, so a
  // log that cannot be read shows on the error page and in the terminal, as a YAML error does.
  const withEvents = async (result: CheckResult): Promise<CheckResult> => {
    if (!existsSync(join(root, EVENTS_DIR))) return result;
    const events = await runEvents(root, result, files);
    return events.problems.length === 0 ? result : { ...result, problems: sortProblems([...result.problems, ...events.problems]) };
  };
  let current = check();
  // The last text checkText checked, with the files it was checked among: what `written` adopts.
  let tried: { path: string; text: string; base: ProjectFiles; files: ProjectFiles; result: CheckResult } | undefined;
  return {
    ...content,
    live: true,
    // The dev server renders pages as they are asked for; PDFs are drawn by `parcours build`.
    pdfPlan: () => ({ draw: false, why: { kind: 'dev-server' } }),
    check: async () => throwOnErrors(root, (await current).result),
    latest: async () => (await current).result,
    checkedFiles: async () => (await current).checked,
    checkText: async (path, text) => {
      await current.catch(() => undefined);
      disk ??= await readProject(root);
      const base = disk;
      const sources = base.read.sources.map((source) => (source.path === path ? { ...source, text } : source));
      const edited = { ...base, read: { ...base.read, sources } };
      const result = checkProjectFiles(root, edited, { now: dayStart(today), cache: files, parse: readSource, memo });
      tried = { path, text, base, files: edited, result };
      return result;
    },
    written: async (file, text) => {
      const path = relative(root, file).split(sep).join('/');
      const adopted = tried;
      current = current
        .catch(() => (disk = undefined))
        .then(async () => {
          if (adopted?.path !== path || adopted.text !== text || disk !== adopted.base) return check(file);
          disk = adopted.files;
          return { result: await withEvents(adopted.result), checked: [path] };
        });
      return (await current).result;
    },
    changed: async (file) => {
      // After the check in flight, so that two quick saves give their checks in order; after a
      // failed one (the root could not be read), everything is read again.
      current = current.catch(() => (disk = undefined)).then(() => check(file));
      return (await current).result;
    },
  };
}

/** The files of `root` after `file` (absolute) changed: `previous` with that file read again. */
async function readAgain(root: string, previous: ProjectFiles, file: string): Promise<ProjectFiles> {
  const path = relative(root, file).split(sep).join('/');
  const kind = path.startsWith('..') ? null : watchedKind(path);
  if (kind === null) return readProject(root);
  if (kind === 'data') return { ...previous, data: await readData(root) };
  // The logs are read by the event analysis, not here: the same files, checked again with the logs.
  if (kind === 'events') return { ...previous };
  return { ...previous, read: await rereadContentFile(root, previous.read, path, kind) };
}

/** A content cache with every entry this process read or wrote kept in memory, in front of the folder. */
function inMemory(folder: ContentCache): ContentCache {
  const entries = new Map<string, unknown>();
  return {
    get(key) {
      if (entries.has(key)) return entries.get(key);
      const value = folder.get(key);
      if (value !== undefined) entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.set(key, value);
      folder.set(key, value);
    },
  };
}
