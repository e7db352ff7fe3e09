import { parseDocument, type Scalar } from 'yaml';

export type ScalarStyle = Scalar.Type | undefined;

export interface ScalarPlace {
  /** Inside a flow collection, where `,[]{}` end a plain scalar. */
  inFlow: boolean;
  /** The style the value had, kept when the new value allows it. */
  style?: ScalarStyle;
  /** Column of the key (or list dash) that holds the value: a block scalar's lines go one unit deeper. */
  indent: number;
  /** The file's indentation unit. */
  unit: number;
  /** The quotes the file uses where a plain scalar cannot say the value (double when it says nothing). */
  quote?: QuoteStyle;
}

export type QuoteStyle = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/**
 * A scalar written as YAML for its place: in its old style when the new value allows it, plain
 * when nothing needs quoting, else in the file's quotes (double ones use JSON's escapes, which are YAML's). A multi-line
 * string in a block becomes a literal block scalar. Every form is read back before it is used,
 * so a string that a plain scalar would turn into a number, a date or a comment gets quotes.
 */
export function scalarText(value: unknown, place: ScalarPlace): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('A number in a content file must be finite.');
    return String(value);
  }
  if (typeof value !== 'string') throw new TypeError(`A scalar is a string, a number, a boolean or null; got ${typeof value}.`);
  const { style, inFlow } = place;
  const candidates: (() => string | undefined)[] = [];
  if (!inFlow && (style === 'BLOCK_LITERAL' || style === 'BLOCK_FOLDED' || value.includes('\n')))
    candidates.push(() => blockLiteral(value, place));
  if (style === 'QUOTE_SINGLE') candidates.push(() => singleQuoted(value));
  if (style === 'QUOTE_DOUBLE') candidates.push(() => JSON.stringify(value));
  candidates.push(() => value);
  if (place.quote === 'QUOTE_SINGLE') candidates.push(() => singleQuoted(value));
  candidates.push(() => JSON.stringify(value));
  for (const candidate of candidates) {
    const text = candidate();
    if (text !== undefined && readsAs(text, value, place)) return text;
  }
  return JSON.stringify(value);
}

function singleQuoted(value: string): string | undefined {
  return value.includes('\n') ? undefined : `'${value.replaceAll("'", "''")}'`;
}

/** `|` with the chomping that keeps the value's trailing newlines, each line one unit deeper than its key. */
function blockLiteral(value: string, { indent, unit }: ScalarPlace): string | undefined {
  if (value === '' || /^[ \t]/.test(value) || /[^\S\n ]\n|[\r\t]/.test(value)) return undefined;
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const pad = ' '.repeat(indent + unit);
  const lines = (trailing > 1 ? value.slice(0, -1) : body).split('\n');
  return `|${chomp}\n${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}`;
}

/**
 * True when `value` reads back as itself written plain at this place (no `: `, ` #`, leading
 * indicator, nor a text that YAML reads as a number, a boolean or null): `yaml` decides.
 */
export function readsPlain(value: string, inFlow = false): boolean {
  return !value.includes('\n') && readsAs(value, value, { inFlow, indent: 0, unit: 2 });
}

/** True when `text`, at this place, reads back as exactly `value`. */
function readsAs(text: string, value: string, { inFlow, indent }: ScalarPlace): boolean {
  const probe = inFlow ? `[${text}]` : `${' '.repeat(indent)}k: ${text}\n`;
  const doc = parseDocument(probe, { prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  const data = doc.toJS() as unknown;
  return inFlow ? Array.isArray(data) && data.length === 1 && data[0] === value : (data as { k?: unknown } | null)?.k === value;
}
