import type { JsonValue } from '../../diff/change.ts';
import type { SentenceParts } from '../catalogue.ts';

// The parts of a change the sentences of every language read the same way.

export function titleOf(item: JsonValue | undefined): string {
  return (item as { title?: string } | undefined)?.title ?? '';
}

/** " (+2)" after an emotion or metric change, or nothing. */
export function delta(parts: SentenceParts): string {
  return parts.change.delta === undefined ? '' : ` (${parts.signed(parts.change.delta)})`;
}

export function position(item: JsonValue | undefined): { stage: string; position: number } {
  return item as { stage: string; position: number };
}
