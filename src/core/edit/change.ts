/**
 * A change to a content file, as the page in `parcours dev` sends it (see EDIT-API.md). Paths
 * name their target by map keys, list indexes and `{ id }` selectors, so that a change made on
 * an older view of the file still finds its step after another step was added above it.
 */
export type Segment = string | number | { id: string };
export type Path = readonly Segment[];

export type Change =
  | { op: 'set'; path: Path; expect?: unknown; value: unknown }
  | { op: 'delete'; path: Path; expect?: unknown }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'move'; path: Path; to: Path; index: number };

/** Why a change could not be applied; `code` is permanent, the server turns it into a reason. */
export type EditErrorCode =
  | 'not-found' // the path names nothing in the file
  | 'bad-change' // the change is malformed (bad op, bad index, value not plain data)
  | 'unsupported' // the file's YAML is of a form the editor cannot change without rewriting it
  | 'not-yaml'; // the text does not parse as one YAML document

export class EditError extends Error {
  readonly code: EditErrorCode;
  /** The path the error is about, as showPath writes it (the same in every language). */
  readonly where: string | undefined;
  constructor(code: EditErrorCode, message: string, where?: string) {
    super(message);
    this.code = code;
    this.where = where;
  }
}

/** A path as text for messages: `stages[id=decouverte].steps[2].name`. */
export function showPath(path: Path): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : typeof segment === 'string'
          ? `${index === 0 ? '' : '.'}${segment}`
          : `[id=${(segment as { id?: unknown } | null)?.id}]`,
    )
    .join('');
}
