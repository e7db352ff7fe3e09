import { checkProject } from '../core/check/check-project.ts';
import { openContentCache, type ContentCache } from '../core/check/content-cache.ts';
import type { CheckResult } from '../core/index.ts';
import { readSource } from '../core/load/parse-source.ts';
import type { SourceFile } from '../core/load/read-content.ts';
import { dayStart, projectContent, throwOnErrors, type SiteContent } from './site-content.ts';

/** The content of `parcours dev`: checked once, kept in memory, checked again when a file changes. */
export interface LiveContent extends SiteContent {
  /** The latest check, errors included (the site's `check()` throws on them). */
  latest(): Promise<CheckResult>;
  /** Checks the content again after `file` (absolute path) changed; resolves to the new check. */
  changed(file: string): Promise<CheckResult>;
  /** The files (paths relative to the root) the latest check had to read and check: those new or changed since the one before. */
  checkedFiles(): Promise<string[]>;
}

/**
 * Content that pages read from memory: a page view costs no check, and an edit costs one check,
 * made when the file is saved rather than when each page of the reload asks for it. Each file's
 * check is kept in memory in front of the content cache (by blob id, so by content), so after an
 * edit only the edited file is parsed and checked again; what depends on other files (cross-file
 * rules, the config, measured data) is then worked out from the files' kept results.
 */
export function liveContent(root: string, today: string, cache?: string): LiveContent {
  const content = projectContent(root, today, cache === undefined ? {} : { cache });
  const files = inMemory(openContentCache(content.cache));
  const check = async () => {
    const checked: string[] = [];
    const parse = (source: SourceFile) => {
      checked.push(source.path);
      return readSource(source);
    };
    return { result: await checkProject(root, { now: dayStart(today), cache: files, parse }), checked };
  };
  let current = check();
  return {
    ...content,
    // The dev server renders pages as they are asked for; PDFs are drawn by `parcours build`.
    pdfPlan: () => ({ draw: false, reason: 'parcours dev draws no PDF' }),
    check: async () => throwOnErrors(root, (await current).result),
    latest: async () => (await current).result,
    checkedFiles: async () => (await current).checked,
    changed: async () => {
      // After the check in flight, so that two quick saves give their checks in order.
      current = current.catch(() => undefined).then(check);
      return (await current).result;
    },
  };
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
