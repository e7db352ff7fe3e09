import { isMap, isSeq, type Document, type Node, visit } from 'yaml';
import type { FileStyle } from './render-value.ts';
import { columnOf } from './source-lines.ts';

const STYLES = new WeakMap<Document, FileStyle>();

/**
 * The indentation unit, list indentation, flow-map padding and quotes the file uses (two spaces,
 * indented lists, padded maps and double quotes when it says nothing).
 */
export function fileStyle(doc: Document, text: string): FileStyle {
  let style = STYLES.get(doc);
  if (!style) STYLES.set(doc, (style = readStyle(doc, text)));
  return style;
}

function readStyle(doc: Document, text: string): FileStyle {
  let unit: number | undefined;
  // A file whose maps are all flow maps says its unit by its lists: yaml indents both alike.
  let seqUnit: number | undefined;
  let indentSeq: boolean | undefined;
  let flowPadding: boolean | undefined;
  // The quotes of the strings that wear some: the most worn are the file's.
  let single = 0;
  let double = 0;
  visit(doc, {
    Scalar(_, node) {
      if (node.type === 'QUOTE_SINGLE') single++;
      else if (node.type === 'QUOTE_DOUBLE') double++;
    },
    Map(_, map) {
      if (map.flow && map.items.length > 0 && map.range && flowPadding === undefined) flowPadding = text[map.range[0] + 1] === ' ';
    },
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range) return;
      const keyColumn = columnOf(text, key.range[0]);
      if (isMap(value) && !value.flow && unit === undefined) {
        const first = value.items[0]?.key as Node | undefined;
        if (first?.range && columnOf(text, first.range[0]) > keyColumn) unit = columnOf(text, first.range[0]) - keyColumn;
      }
      if (isSeq(value) && !value.flow && indentSeq === undefined) {
        let dash = value.range![0];
        while (dash > 0 && text[dash] !== '-') dash--;
        indentSeq = columnOf(text, dash) > keyColumn;
        if (indentSeq) seqUnit = columnOf(text, dash) - keyColumn;
      }
    },
  });
  return {
    unit: unit ?? seqUnit ?? 2,
    indentSeq: indentSeq ?? true,
    flowPadding: flowPadding ?? true,
    quote: single > double ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE',
  };
}
