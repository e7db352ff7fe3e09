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
  /** `expect` is the item moved, `expectTo` the keys (expectations.ts itemKey) of the list `to` before the move. */
  | { op: 'move'; path: Path; to: Path; index: number; expect?: unknown; expectTo?: unknown[] };

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

const isSegment = (segment: unknown): segment is Segment =>
  typeof segment === 'string' ||
  (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) ||
  (typeof segment === 'object' &&
    segment !== null &&
    typeof (segment as { id?: unknown }).id === 'string' &&
    Object.keys(segment).length === 1);
const isPath = (path: unknown): path is Path => Array.isArray(path) && path.every(isSegment);

/** Plain data a YAML file can hold (what JSON carries, numbers finite). */
function isPlainData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value === 'object') return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isPlainData);
  return false;
}

/** The change a request sent, when it is one (EditError 'bad-change' says what is wrong otherwise). */
export function readChange(raw: unknown): Change {
  const change = raw as Record<string, unknown> | null;
  const bad = (why: string) => new EditError('bad-change', why);
  if (typeof change !== 'object' || change === null) throw bad('a change is an object with an op.');
  if (!isPath(change.path)) throw bad('a change needs a path of keys, indexes and { id } selectors.');
  switch (change.op) {
    case 'set':
      if (!('value' in change) || !isPlainData(change.value))
        throw bad('a set needs a value made of plain data (use delete to remove one).');
      return change as Change;
    case 'delete':
      return change as Change;
    case 'insert':
      if (!Number.isInteger(change.index) || !isPlainData(change.value))
        throw bad('an insert needs an integer index and a value made of plain data.');
      return change as Change;
    case 'move':
      if (!isPath(change.to) || !Number.isInteger(change.index)) throw bad('a move needs a list path `to` and an integer index.');
      if (change.expectTo !== undefined && !(Array.isArray(change.expectTo) && isPlainData(change.expectTo)))
        throw bad("a move's expectTo is the list of the keys of the items of `to`.");
      return change as Change;
    default:
      throw bad(`"${String(change.op)}" is not an op; the ops are set, delete, insert and move.`);
  }
}
