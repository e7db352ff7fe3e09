import type { ChangeKind, ChangeLevel } from './change-kinds.ts';

export type { ChangeLevel } from './change-kinds.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Where a changed element stands in one version's file. The diff fills `file` and `pointer`;
 * `locateChanges` adds the 1-based line and column when the parsed file is at hand.
 */
export interface SourceLocation {
  file: string;
  /** JSON pointer into the file's data; for a removed element, the `after` side points at its container. */
  pointer: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * One semantic change between two versions of a journey or persona. JSON-serialisable;
 * docs/diff-format.md documents the shape. `journey` is set for every change to a journey
 * (then `persona` names the persona of an emotion change); persona changes set only `persona`.
 */
export interface Change {
  kind: ChangeKind;
  level: ChangeLevel;
  /** One English sentence saying what changed, with names as well as ids. */
  message: string;
  journey?: string;
  persona?: string;
  stage?: string;
  step?: string;
  /** The field that changed, for kinds that cover several fields (metadata-changed, metric-changed...). */
  field?: string;
  /** The value before; absent when there was none. */
  before?: JsonValue;
  /** The value after; absent when there is none. */
  after?: JsonValue;
  /** after - before, for numbers (emotion, metrics). */
  delta?: number;
  location: { before?: SourceLocation; after?: SourceLocation };
}
