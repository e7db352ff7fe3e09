import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

/** The parts of a JSON Schema that say where the keys of a value go. */
export interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  type?: string | string[];
  $defs?: Record<string, SchemaNode>;
}

/**
 * Puts the keys of every map in `node` in the order of its schema's `properties`, all the way
 * down, following `$ref`, `items`, `additionalProperties` and the `anyOf` branch that fits the
 * node (a map or a list). Keys the schema does not know keep their order, after the known ones.
 * Pair nodes are moved whole, so the comments and blank lines attached to a key go with it;
 * only the comment above a file's first key stays on top, as it is the file's header (the
 * `# yaml-language-server: $schema=...` line lives there).
 */
export function orderKeys(node: unknown, schema: SchemaNode, root: SchemaNode, isTop = true): void {
  if (isMap(node)) {
    const branch = pick(schema, root, 'object');
    if (!branch) return;
    const order = Object.keys(branch.properties ?? {});
    const items = node.items as Pair[];
    const before = items[0];
    const rank = (pair: Pair) => {
      const index = isScalar(pair.key) ? order.indexOf(String(pair.key.value)) : -1;
      return index === -1 ? order.length : index;
    };
    const sorted = items
      .map((pair, position) => ({ pair, position }))
      .sort((a, b) => rank(a.pair) - rank(b.pair) || a.position - b.position)
      .map(({ pair }) => pair);
    node.items = sorted;
    const after = sorted[0];
    if (before && after && before !== after) {
      const first = after.key as Node;
      first.spaceBefore = false;
      if (isTop) moveHeader(before.key as Node, first);
    }
    for (const pair of sorted) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const child =
        (key !== undefined ? branch.properties?.[key] : undefined) ??
        (typeof branch.additionalProperties === 'object' ? branch.additionalProperties : undefined);
      if (child) orderKeys(pair.value, child, root, false);
    }
  } else if (isSeq(node)) {
    const items = pick(schema, root, 'array')?.items;
    if (items) for (const item of node.items) orderKeys(item, items, root, false);
  }
}

function moveHeader(from: Node, to: Node): void {
  if (!from.commentBefore) return;
  to.commentBefore = to.commentBefore ? `${from.commentBefore}\n${to.commentBefore}` : from.commentBefore;
  from.commentBefore = null;
}

/** The schema that describes a map or a list here, through `$ref` and `anyOf`. */
function pick(schema: SchemaNode, root: SchemaNode, shape: 'object' | 'array'): SchemaNode | undefined {
  const resolved = resolveRef(schema, root);
  if (resolved.anyOf) {
    for (const branch of resolved.anyOf) {
      const found = pick(branch, root, shape);
      if (found) return found;
    }
    return undefined;
  }
  const fits =
    shape === 'object'
      ? resolved.properties !== undefined || typeof resolved.additionalProperties === 'object'
      : resolved.items !== undefined;
  return fits ? resolved : undefined;
}

function resolveRef(schema: SchemaNode, root: SchemaNode): SchemaNode {
  let current = schema;
  // Local references only: the project's schemas keep their definitions under $defs.
  while (current.$ref?.startsWith('#/$defs/')) current = root.$defs?.[current.$ref.slice('#/$defs/'.length)] ?? {};
  return current;
}
