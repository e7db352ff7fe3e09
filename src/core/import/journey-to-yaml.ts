import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { LAYOUT, padFlowMaps } from '../format/format-source.ts';
import type { Journey } from '../model/generated/journey.ts';

/** Lists written on one line when short: ids read best as `[web, phone]`. */
const FLOW_LISTS = new Set(['personas', 'tags', 'touchpoints']);

/**
 * An imported journey as YAML text in `parcours fmt` layout (the object's keys are built in the
 * schema's order), starting with the schema line and a comment saying where it came from.
 */
export function journeyToYaml(journey: Journey, schema: string, origin: string): string {
  const doc = new Document(journey);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (isSeq(pair.value) && FLOW_LISTS.has(key) && pair.value.items.every(isScalar)) pair.value.flow = true;
      if (isMap(pair.value) && key === 'emotion') pair.value.flow = true;
    },
  });
  padFlowMaps(doc);
  doc.commentBefore = ` yaml-language-server: $schema=${schema}\n ${origin}`;
  return doc.toString(LAYOUT);
}
