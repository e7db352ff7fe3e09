import type { SourceKind } from '../load/read-content.ts';

const ROOT_NAMES: Record<SourceKind, string> = { journey: 'the journey', persona: 'the persona', config: 'the configuration' };
const ENTITY_NAMES: Record<string, string> = { stages: 'stage', steps: 'step' };

/**
 * Names the place a JSON path points to the way a person reads a map: "step `payer`",
 * "touchpoint 2 of step `payer`", "`lastReviewed` of the journey".
 */
export function describePath(kind: SourceKind, data: unknown, segments: readonly string[]): { entity: string; field: string | undefined } {
  let entity = ROOT_NAMES[kind];
  let value: unknown = data;
  let fieldPath: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const parent = value;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    const entityName = ENTITY_NAMES[segments[index - 1] ?? ''];
    if (entityName && Array.isArray(parent) && /^\d+$/.test(segment)) {
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      entity = typeof id === 'string' && id !== '' ? `${entityName} \`${id}\`` : `${entityName} ${Number(segment) + 1}`;
      fieldPath = [];
    } else {
      fieldPath.push(segment);
    }
  }
  return { entity, field: fieldPath.length > 0 ? formatField(fieldPath) : undefined };
}

function formatField(path: readonly string[]): string {
  const last = path[path.length - 1]!;
  if (/^\d+$/.test(last) && path.length > 1) {
    return `item ${Number(last) + 1} of \`${path.slice(0, -1).filter((part) => !/^\d+$/.test(part)).join('.')}\``;
  }
  return `\`${path.filter((part) => !/^\d+$/.test(part)).join('.')}\``;
}

/** "`name` of step `payer`", or just "step `payer`" when the path names the entity itself. */
export function describeField(kind: SourceKind, data: unknown, segments: readonly string[]): string {
  const { entity, field } = describePath(kind, data, segments);
  return field ? `${field} of ${entity}` : entity;
}
