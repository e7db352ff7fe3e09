import type { Change, ChangeLevel, JsonValue, SourceLocation } from './change.ts';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.ts';

/** What a change is about and where, before the kind's level is looked up. */
export type ChangeFields = Omit<Change, 'kind' | 'level' | 'location' | 'before' | 'after'> & {
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

/** A recorder for changes between the files `beforeFile` and `afterFile` (either may be absent). */
export function recordChanges(beforeFile: string | undefined, afterFile: string | undefined): ChangeRecorder {
  const changes: Change[] = [];
  return {
    changes,
    add(kind, { at, level, before, after, ...fields }) {
      const location: Change['location'] = {};
      if (beforeFile !== undefined && at?.before !== undefined) location.before = sourceAt(beforeFile, at.before);
      if (afterFile !== undefined && at?.after !== undefined) location.after = sourceAt(afterFile, at.after);
      changes.push({
        kind,
        level: level ?? CHANGE_KINDS[kind].level,
        ...fields,
        ...(before !== undefined ? { before: before as JsonValue } : {}),
        ...(after !== undefined ? { after: after as JsonValue } : {}),
        location,
      });
    },
  };
}

function sourceAt(file: string, pointer: string): SourceLocation {
  return { file, pointer };
}

/** A name with its id, as messages show elements: “Reçoit le colis” (recoit-colis). */
export function label(name: string, id: string): string {
  return `“${name}” (${id})`;
}

/** A value as messages show it: strings quoted, absent values as "none". */
export function show(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.length === 0 ? 'none' : value.join(', ');
  return JSON.stringify(value);
}
