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
  if (needsFullParser(text)) return undefined;
  let data: unknown;
  let warned = false;
  try {
    data = load(text, { schema: YAML_CORE_SCHEMA, onWarning: () => (warned = true) });
  } catch {
    return undefined;
  }
  return !warned && isPlainMap(data) && plainValues(data) ? data : undefined;
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
