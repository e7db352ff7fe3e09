import { locate } from '../load/locate.ts';
import type { ParsedFile } from '../load/parse-source.ts';
import type { Change, SourceLocation } from './change.ts';

/**
 * Adds line and column to each change's locations, from the parsed files of each side. Kept
 * apart from the diff so the diff stays pure data in, data out; a location whose file is not
 * given keeps its pointer only.
 */
export function locateChanges(
  changes: readonly Change[],
  beforeFiles: ReadonlyMap<string, ParsedFile>,
  afterFiles: ReadonlyMap<string, ParsedFile>,
): Change[] {
  return changes.map((change) => {
    const before = place(change.location.before, beforeFiles);
    const after = place(change.location.after, afterFiles);
    return { ...change, location: { ...(before ? { before } : {}), ...(after ? { after } : {}) } };
  });
}

function place(location: SourceLocation | undefined, files: ReadonlyMap<string, ParsedFile>): SourceLocation | undefined {
  if (!location || location.line !== undefined) return location;
  const file = files.get(location.file);
  if (!file) return location;
  return { ...location, ...locate(file, location.pointer) };
}
