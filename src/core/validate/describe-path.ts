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

/** ["opportunities", "0", "impact"] reads "`impact` of item 1 of `opportunities`". */
function formatField(path: readonly string[]): string {
  const parts: string[] = [];
  let end = path.length;
  while (end > 0) {
    let start = end;
    while (start > 0 && !/^\d+$/.test(path[start - 1]!)) start--;
    if (start < end) parts.push(`\`${path.slice(start, end).join('.')}\``);
    if (start === 0) break;
    parts.push(`item ${Number(path[start - 1]) + 1}`);
    end = start - 1;
  }
  return parts.join(' of ');
}

/** "`name` of step `payer`", or just "step `payer`" when the path names the entity itself. */
export function describeField(kind: SourceKind, data: unknown, segments: readonly string[]): string {
  const { entity, field } = describePath(kind, data, segments);
  return field ? `${field} of ${entity}` : entity;
}
