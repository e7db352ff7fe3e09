import type { SourceKind } from '../load/read-content.ts';
import type { ProblemParams } from '../problem.ts';

const ENTITIES = new Set(['stages', 'steps']);

/**
 * The place a JSON path points to, as a person reads a map, given as params the catalogues word
 * ("step `payer`", "`name` of step `payer`", "`impact` of item 1 of `opportunities`"): the file's
 * kind (`whereRoot`), the innermost stage or step (`whereEntity`, with its id or its 1-based
 * number), and the path of the field inside it (`wherePath`).
 */
export function describePath(kind: SourceKind, data: unknown, segments: readonly string[]): ProblemParams {
  let entity: { whereEntity: string; whereId?: string; whereNumber?: number } | undefined;
  let value: unknown = data;
  let fieldPath: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const parent = value;
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
    const container = segments[index - 1] ?? '';
    if (ENTITIES.has(container) && Array.isArray(parent) && /^\d+$/.test(segment)) {
      const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
      entity =
        typeof id === 'string' && id !== ''
          ? { whereEntity: container, whereId: id }
          : { whereEntity: container, whereNumber: Number(segment) + 1 };
      fieldPath = [];
    } else {
      fieldPath.push(segment);
    }
  }
  return { whereRoot: kind, ...entity, wherePath: fieldPath };
}
