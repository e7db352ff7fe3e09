import type { ErrorObject } from 'ajv';
import { fromPointer, toPointer } from '../load/locate.ts';
import type { SourceKind } from '../load/read-content.ts';
import { suggesting } from '../make-problem.ts';
import { suggestChannel } from '../model/channel-words.ts';
import { BUILT_IN_CHANNELS } from '../model/channels.ts';
import type { ProblemParams } from '../problem.ts';
import { describePath } from './describe-path.ts';
import type { Finding } from './finding.ts';
import { closest, slugify } from './suggest.ts';

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
/** Where a value is a channel id: a touchpoint in its short form or its `channel`, a persona's preferred channel. */
const CHANNEL_PLACE = /\/touchpoints\/\d+(\/channel)?$|^\/preferredChannels\/\d+$/;

/**
 * Turns ajv's errors into findings a person understands. `anyOf` is resolved by the value's type
 * (every anyOf in the schemas has branches of different JSON types): when one branch has the
 * value's type only that branch's errors are kept, otherwise one "wrong type" finding is made.
 */
export function humanizeSchemaErrors(kind: SourceKind, file: string, data: unknown, errors: readonly ErrorObject[]): Finding[] {
  const anyOfFailures = errors.filter((error) => error.keyword === 'anyOf');
  const dropped = new Set<ErrorObject>(anyOfFailures);
  const findings: Finding[] = [];
  for (const anyOf of anyOfFailures) {
    const typeErrors = errors.filter((error) => error.keyword === 'type' && error.instancePath === anyOf.instancePath);
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    for (const error of typeErrors) dropped.add(error);
    if (typeErrors.length >= branches) {
      const expected = typeErrors.flatMap((error) => typeNames(error.params.type));
      findings.push(typeFinding(kind, file, data, anyOf.instancePath, expected, anyOf.data));
    }
  }
  for (const error of errors) {
    if (dropped.has(error) || error.propertyName !== undefined) continue;
    const finding = humanizeOne(kind, file, data, error);
    if (finding) findings.push(finding);
  }
  return dedupe(findings);
}

function humanizeOne(kind: SourceKind, file: string, data: unknown, error: ErrorObject): Finding | undefined {
  const segments = fromPointer(error.instancePath);
  const where = describePath(kind, data, segments);
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const description = describeSchema(error.parentSchema);
  const described: ProblemParams = description ? { description } : {};
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const property = describeSchema(propertySchema(error.parentSchema, missing));
      return { code: 'required-field', file, pointer, params: { ...where, missing, ...(property ? { description: property } : {}) } };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return {
        code: 'unknown-field',
        file,
        pointer: toPointer([...segments, key]),
        target: 'key',
        params: suggesting({ ...where, key, known }, closest(key, known)),
      };
    }
    case 'type':
      return typeFinding(kind, file, data, pointer, typeNames(params.type), error.data);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return {
        code: 'invalid-value',
        file,
        pointer,
        params: suggesting({ ...where, case: 'enum', value: show(error.data), allowed }, suggestion),
      };
    }
    case 'pattern': {
      if (params.pattern === SLUG_PATTERN || /\^\[a-z0-9\]/.test(String(params.pattern))) {
        const fixed = slugify(String(error.data));
        // A channel written as a word (`Téléphone`, `face à face`) is answered with the channel's id.
        const channel = CHANNEL_PLACE.test(pointer) ? suggestChannel(String(error.data), Object.keys(BUILT_IN_CHANNELS)) : undefined;
        const params = { ...where, value: show(error.data), ...(fixed ? { fixed } : {}) };
        return { code: 'invalid-id', file, pointer, params: suggesting(params, channel) };
      }
      return { code: 'invalid-format', file, pointer, params: { ...where, value: show(error.data), ...described } };
    }
    case 'format':
      return { code: 'invalid-format', file, pointer, params: { ...where, value: show(error.data), format: String(params.format) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'out-of-range',
        file,
        pointer,
        params: {
          ...where,
          value: show(error.data),
          bound: error.keyword.endsWith('inimum') ? 'min' : 'max',
          limit: String(params.limit),
          ...described,
        },
      };
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return {
        code: 'empty-value',
        file,
        pointer,
        params: {
          ...where,
          need: error.keyword === 'minLength' ? 'text' : error.keyword === 'minItems' ? 'items' : 'entries',
          limit: Number(params.limit),
          ...described,
        },
      };
    case 'uniqueItems': {
      const later = Number(params.i);
      const list = error.data as unknown[];
      return {
        code: 'duplicate-item',
        file,
        pointer: toPointer([...segments, later]),
        params: { ...where, value: show(list[later]), first: Number(params.j) + 1, second: later + 1 },
      };
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const fixed = slugify(key);
      return {
        code: 'invalid-id',
        file,
        pointer: toPointer([...segments, key]),
        target: 'key',
        params: { ...where, key, ...(fixed ? { fixed } : {}) },
      };
    }
    default:
      return { code: 'invalid-value', file, pointer, params: { ...where, case: 'schema', detail: error.message ?? '' } };
  }
}

function typeFinding(kind: SourceKind, file: string, data: unknown, pointer: string, expected: string[], value: unknown): Finding {
  return {
    code: 'invalid-type',
    file,
    pointer,
    params: { ...describePath(kind, data, fromPointer(pointer)), expected, ...valueParams(value) },
  };
}

/** The JSON type names ajv gives, as a list ("string,number" or an array). */
function typeNames(type: unknown): string[] {
  return (Array.isArray(type) ? type : String(type).split(',')).map(String);
}

/** What a value is, for "but it is ...": its kind, and itself when it is short enough to show. */
function valueParams(value: unknown): ProblemParams {
  if (value === null || value === undefined) return { actual: 'empty' };
  if (Array.isArray(value)) return { actual: 'array' };
  if (typeof value === 'object') return { actual: 'object' };
  if (typeof value === 'string') return { actual: 'string', value: show(value) };
  return { actual: typeof value === 'boolean' ? 'boolean' : 'number', value: String(value) };
}

/** A value as the message shows it: JSON for what is not a text, cut at 60 characters. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeSchema(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

function propertySchema(parent: unknown, name: string): { description?: unknown } | undefined {
  const properties = (parent as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties;
  return properties?.[name];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.pointer}\u0000${JSON.stringify(finding.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
