import type { ProblemParams } from '../problem.ts';
import { headerKey } from '../csv/journey-columns.ts';
import { parseNumber } from '../csv/parse-number.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';

/** Default words of the -3..3 scale in both languages, for spreadsheets that write feelings in words. */
const DEFAULT_WORDS: Readonly<Record<string, number>> = {
  furieux: -3,
  exaspere: -3,
  furious: -3,
  frustre: -2,
  inquiet: -2,
  frustrated: -2,
  decu: -1,
  agace: -1,
  disappointed: -1,
  neutre: 0,
  neutral: 0,
  satisfait: 1,
  rassure: 1,
  satisfied: 1,
  content: 2,
  pleased: 2,
  enchante: 3,
  ravi: 3,
  delighted: 3,
};

/**
 * Reads an emotion cell: a number ("-2", "1,5") or a word of the scale ("Frustré", the config's
 * own labels first; the default words only on the default -3..3 scale). Returns undefined for an
 * empty cell and a sentence for anything else or a value outside the scale.
 */
export function emotionReader(
  config: ResolvedConfig,
): (cell: string) => number | undefined | { params: ProblemParams; code: 'invalid-value' | 'emotion-out-of-scale' } {
  const { min, max, labels } = config.emotionScale;
  const words = new Map<string, number>(min === -3 && max === 3 ? Object.entries(DEFAULT_WORDS) : []);
  for (const { value, label } of labels) words.set(headerKey(label), value);
  return (cell) => {
    if (cell.trim() === '') return undefined;
    const value = Number.isNaN(parseNumber(cell)) ? words.get(headerKey(cell)) : parseNumber(cell);
    if (value === undefined)
      return { code: 'invalid-value', params: { case: 'emotion-cell', text: cell.trim(), min, max } as ProblemParams };
    if (value < min || value > max) return { code: 'emotion-out-of-scale', params: { value, min, max } as ProblemParams };
    return value;
  };
}
