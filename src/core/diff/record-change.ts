import type { Change, ChangeLevel, JsonValue, SourceLocation } from './change.ts';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.ts';

/** What a change is about and where, before the kind's level is looked up and its message written. */
export type ChangeFields = Omit<Change, 'kind' | 'level' | 'location' | 'before' | 'after' | 'message'> & {
  before?: unknown;
  after?: unknown;
  level?: ChangeLevel;
  /** Pointers into each side's file; the file paths come from the recorder. */
  at?: { before?: string; after?: string };
};

/** Collects the changes of one journey or persona, filling level and location the same way for all. */
export interface ChangeRecorder {
  readonly changes: Change[];
  add(kind: ChangeKind, fields: ChangeFields): void;
}

/**
 * A recorder for changes between the files `beforeFile` and `afterFile` (either may be absent).
 * `describe` writes each change's English `message` from the change itself (the sentence catalogue).
 */
export function recordChanges(
  beforeFile: string | undefined,
  afterFile: string | undefined,
  describe: (change: Change) => string,
): ChangeRecorder {
  const changes: Change[] = [];
  return {
    changes,
    add(kind, { at, level, before, after, ...fields }) {
      const location: Change['location'] = {};
      if (beforeFile !== undefined && at?.before !== undefined) location.before = sourceAt(beforeFile, at.before);
      if (afterFile !== undefined && at?.after !== undefined) location.after = sourceAt(afterFile, at.after);
      const change: Change = {
        kind,
        level: level ?? CHANGE_KINDS[kind].level,
        message: '',
        ...fields,
        ...(before !== undefined ? { before: before as JsonValue } : {}),
        ...(after !== undefined ? { after: after as JsonValue } : {}),
        location,
      };
      change.message = describe(change);
      changes.push(change);
    },
  };
}

function sourceAt(file: string, pointer: string): SourceLocation {
  return { file, pointer };
}
