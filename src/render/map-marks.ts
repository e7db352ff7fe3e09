import type { Lane } from './map-lanes.ts';

/** How a step or a cell changed between two revisions, for the history view. */
export type Mark = 'added' | 'removed' | 'changed';

/** Marks by step id (the whole column) or by cell key (`cellKey(stepId, lane)`). */
export type Marks = Readonly<Record<string, Mark>>;

/** The symbol shown beside the mark's word, so a change never rests on colour alone. */
export const MARK_SYMBOLS: Readonly<Record<Mark, string>> = { added: '+', removed: '−', changed: '~' };

/** The key of one cell of the map in `Marks`. */
export function cellKey(stepId: string, lane: Lane | 'step'): string {
  return `${stepId}:${lane}`;
}
