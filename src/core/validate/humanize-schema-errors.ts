import type { ErrorObject } from 'ajv';
import { fromPointer, toPointer } from '../load/locate.ts';
import type { SourceKind } from '../load/read-content.ts';
import { suggestChannel } from '../model/channel-words.ts';
import { BUILT_IN_CHANNELS } from '../model/channels.ts';
import { describeField } from './describe-path.ts';
import type { Finding } from './finding.ts';
import { didYouMean, slugify } from './suggest.ts';

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
      const expected = typeErrors.map((error) => describeType(error.params.type)).join(' or ');
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
  const where = describeField(kind, data, segments);
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const property = propertySchema(error.parentSchema, missing);
      return {
        code: 'required-field',
        file,
        pointer,
        message: `${capitalise(where)} has no \`${missing}\`, which is required.`,
        ...(property?.description ? { hint: `Add \`${missing}\`: ${String(property.description)}` } : {}),
      };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const suggestion = didYouMean(key, known);
      return {
        code: 'unknown-field',
        file,
        pointer: toPointer([...segments, key]),
        target: 'key',
        message: `${capitalise(where)} has a field \`${key}\` that Parcours does not know.`,
        hint: suggestion ?? (known.length > 0 ? `Known fields here: ${known.join(', ')}.` : 'Remove it.'),
      };
    }
    case 'type':
      return typeFinding(kind, file, data, pointer, describeType(params.type), error.data);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed) : undefined;
      return {
        code: 'invalid-value',
        file,
        pointer,
        message: `${capitalise(where)} is ${show(error.data)}; it must be one of ${allowed.map((value) => `\`${value}\``).join(', ')}.`,
        ...(suggestion ? { hint: suggestion } : {}),
      };
    }
    case 'pattern': {
      if (params.pattern === SLUG_PATTERN || /\^\[a-z0-9\]/.test(String(params.pattern))) {
        const fixed = slugify(String(error.data));
        // A channel written as a word (`Téléphone`, `face à face`) is answered with the channel's id.
        const channel = CHANNEL_PLACE.test(pointer) ? suggestChannel(String(error.data), Object.keys(BUILT_IN_CHANNELS)) : undefined;
        return {
          code: 'invalid-id',
          file,
          pointer,
          message: `${capitalise(where)} is ${show(error.data)}, which is not a valid id: ids use lowercase letters, digits and single hyphens.`,
          ...(channel ? { hint: `Did you mean \`${channel}\`?` } : fixed ? { hint: `Write it as \`${fixed}\`.` } : {}),
        };
      }
      return {
        code: 'invalid-format',
        file,
        pointer,
        message: `${capitalise(where)} is ${show(error.data)}, which does not have the expected form.`,
        hint: describeSchema(error.parentSchema),
      };
    }
    case 'format':
      return {
        code: 'invalid-format',
        file,
        pointer,
        message: `${capitalise(where)} is ${show(error.data)}, which is not a ${params.format === 'date' ? 'date written YYYY-MM-DD' : String(params.format)}.`,
        ...(params.format === 'date' ? { hint: 'Write the date as year-month-day, for example 2026-09-15.' } : {}),
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'out-of-range',
        file,
        pointer,
        message: `${capitalise(where)} is ${show(error.data)}; it must be ${error.keyword.endsWith('inimum') ? 'at least' : 'at most'} ${String(params.limit)}.`,
        hint: describeSchema(error.parentSchema),
      };
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return {
        code: 'empty-value',
        file,
        pointer,
        message: `${capitalise(where)} is empty; it needs ${error.keyword === 'minLength' ? 'some text' : `at least ${String(params.limit)} ${error.keyword === 'minItems' ? 'item' : 'entry'}${Number(params.limit) > 1 ? 's' : ''}`}.`,
        hint: describeSchema(error.parentSchema),
      };
    case 'uniqueItems': {
      const later = Number(params.i);
      const list = error.data as unknown[];
      return {
        code: 'duplicate-item',
        file,
        pointer: toPointer([...segments, later]),
        message: `${capitalise(where)} lists ${show(list[later])} twice (items ${Number(params.j) + 1} and ${later + 1}).`,
        hint: 'Remove the second one.',
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
        message: `The key \`${key}\` in ${where} is not a valid id: ids use lowercase letters, digits and single hyphens.`,
        ...(fixed ? { hint: `Write it as \`${fixed}\`.` } : {}),
      };
    }
    default:
      return {
        code: 'invalid-value',
        file,
        pointer,
        message: `${capitalise(where)} is not valid: ${error.message ?? 'it does not match the schema'}.`,
      };
  }
}

function typeFinding(kind: SourceKind, file: string, data: unknown, pointer: string, expected: string, value: unknown): Finding {
  const where = describeField(kind, data, fromPointer(pointer));
  return {
    code: 'invalid-type',
    file,
    pointer,
    message: `${capitalise(where)} must be ${expected}, but it is ${describeValue(value)}.`,
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a map of fields',
  array: 'a list',
  null: 'empty',
};

function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  return types.map((name) => TYPE_NAMES[String(name)] ?? String(name)).join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return `the text ${show(value)}`;
  if (typeof value === 'boolean') return `\`${String(value)}\``;
  return `the number ${String(value)}`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

function describeSchema(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  return typeof description === 'string' ? description : undefined;
}

function propertySchema(parent: unknown, name: string): { description?: unknown } | undefined {
  const properties = (parent as { properties?: Record<string, { description?: unknown }> } | undefined)?.properties;
  return properties?.[name];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${finding.pointer}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
