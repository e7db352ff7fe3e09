import { checkFingerprint } from '../check/check-fingerprint.ts';
import { cacheKey, type ContentCache } from '../check/content-cache.ts';

/** The checked revisions and changes of one file's history, kept as one entry of the content cache. */
export interface HistoryPack extends ContentCache {
  /** Writes the pack back when this run added to it or left some of it unused. */
  save(): void;
}

/**
 * One content-cache entry per file history, holding each of its revisions' checks and changes
 * under their own content keys: a history of 5,000 revisions was 10,000 entry files, whose
 * creation alone (about a millisecond each here) outweighed checking them. The pack's own key
 * names only the file and the check's fingerprint; what it holds is found by the inner keys,
 * which name the content, so a pack never serves a stale result, and the last writer of two
 * builds at once wins with a pack as good as the other. Saved with only what this run used, so
 * it does not grow with every commit.
 */
export function historyPack(cache: ContentCache, path: string, kind: string): HistoryPack {
  const key = cacheKey(['history-pack', path, kind, checkFingerprint()]);
  const stored = cache.get(key);
  const kept = stored instanceof Map ? (stored as Map<string, unknown>) : new Map<string, unknown>();
  const used = new Map<string, unknown>();
  let added = false;
  return {
    get(inner) {
      const value = kept.get(inner);
      if (value !== undefined) used.set(inner, value);
      return value;
    },
    set(inner, value) {
      used.set(inner, value);
      added = true;
    },
    save() {
      if (added || used.size !== kept.size) cache.set(key, used);
    },
  };
}
