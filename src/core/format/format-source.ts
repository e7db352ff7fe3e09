import { visit, YAMLMap, type ToStringOptions } from 'yaml';
import { parseSource } from '../load/parse-source.ts';
import type { SourceFile, SourceKind } from '../load/read-content.ts';
import type { Problem } from '../problem.ts';
import { readSchema } from '../validate/schema-validators.ts';
import { orderKeys, type SchemaNode } from './order-keys.ts';

/** The layout every formatted file gets: two-space indents, lists indented under their key, no line folding. */
export const LAYOUT: ToStringOptions = { indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false };

export interface FormatResult {
  /** The formatted text, or undefined when the file cannot be read as YAML (see problems). */
  text?: string;
  problems: Problem[];
}

const schemas = new Map<SourceKind, SchemaNode>();

/**
 * Formats a content file: keys in the schema's order at every level, the `LAYOUT` above, and the
 * comments, blank lines, quoting and flow or block style of each value kept. A file the YAML
 * parser rejects is not formatted; its problems say where. Formatting twice changes nothing.
 */
export function formatSource(source: SourceFile): FormatResult {
  const parsed = parseSource(source);
  const problems = parsed.problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0 || parsed.doc.contents === null) return { problems };
  let schema = schemas.get(source.kind);
  if (!schema) schemas.set(source.kind, (schema = readSchema(source.kind) as SchemaNode));
  orderKeys(parsed.doc.contents, schema, schema);
  padFlowMaps(parsed.doc);
  return { text: parsed.doc.toString(LAYOUT), problems: [] };
}

/**
 * Writes flow maps as `{ a: 1 }` and flow lists as `[a, b]`, the usual YAML style (Prettier's
 * and the VS Code YAML extension's). The yaml package pads both kinds or neither, so each flow
 * map is given the padding through its own stringify context.
 */
export function padFlowMaps(doc: Parameters<typeof visit>[0]): void {
  visit(doc, {
    Map(_, node) {
      if (!node.flow) return;
      node.toString = function (this: YAMLMap, ctx, onComment, onChompKeep) {
        return YAMLMap.prototype.toString.call(this, ctx && { ...ctx, flowCollectionPadding: ' ' }, onComment, onChompKeep);
      };
    },
  });
}
