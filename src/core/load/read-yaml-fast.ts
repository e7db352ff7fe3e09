import { load } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './fast-yaml-schema.ts';
import { needsFullParser } from './needs-full-parser.ts';

/**
 * A content file's data read by js-yaml (about ten times faster than `yaml` on a large map),
 * or undefined when only `yaml` may read it: the text uses something the scan routes there
 * (needs-full-parser.ts), js-yaml fails or warns (duplicate keys, bad indentation...), or the
 * result is not a map of plain values. Undefined is never an error: the caller reads the file
 * with `yaml`, which reports exactly what is wrong and where.
 */
export function readYamlFast(text: string): Record<string, unknown> | undefined {
  const read = readYamlValueFast(text);
  return read && isPlainMap(read.value) ? read.value : undefined;
}

/**
 * Any YAML value (a list too: a journey's stage or step read as a block, see locate-in-blocks.ts)
 * read by js-yaml, under the same conditions as readYamlFast; undefined when only `yaml` may read it.
 */
export function readYamlValueFast(text: string): { value: unknown } | undefined {
  if (needsFullParser(text)) return undefined;
  let value: unknown;
  let warned = false;
  try {
    value = load(text, { schema: YAML_CORE_SCHEMA, onWarning: () => (warned = true) });
  } catch {
    return undefined;
  }
  return !warned && plainValues(value) ? { value } : undefined;
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every value is a string, number, boolean, null, list or map, and no key is `null`: `yaml`
 * turns a null key into '' where js-yaml writes 'null', so such a file goes to `yaml`.
 */
function plainValues(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(plainValues);
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (key === 'null' || key === '' || !plainValues((value as Record<string, unknown>)[key])) return false;
  return true;
}
