/** Edit distance with transpositions (optimal string alignment), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) => [row, ...new Array<number>(cols - 1).fill(0)]);
  for (let col = 0; col < cols; col++) table[0]![col] = col;
  for (let row = 1; row < rows; row++) {
    for (let col = 1; col < cols; col++) {
      const cost = a[row - 1] === b[col - 1] ? 0 : 1;
      let best = Math.min(table[row - 1]![col]! + 1, table[row]![col - 1]! + 1, table[row - 1]![col - 1]! + cost);
      if (row > 1 && col > 1 && a[row - 1] === b[col - 2] && a[row - 2] === b[col - 1])
        best = Math.min(best, table[row - 2]![col - 2]! + 1);
      table[row]![col] = best;
    }
  }
  return table[a.length]![b.length]!;
}

/** The closest candidate to `word`, if one is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * The id among `ids` that `word` most likely means: the closest (a typo), else the only id made of
 * all the word's parts (`amelie` for `amelie-pressee`, a persona written by its first name).
 */
export function closestId(word: string, ids: Iterable<string>): string | undefined {
  const candidates = [...ids];
  const near = closest(word, candidates);
  if (near !== undefined) return near;
  const parts = word.toLowerCase().split('-').filter(Boolean);
  const containing = candidates.filter((id) => parts.every((part) => id.split('-').includes(part)));
  return parts.length > 0 && containing.length === 1 ? containing[0] : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `Did you mean \`${match}\`?`;
}

/** Turns any text into an id Parcours accepts, to suggest a fix for an invalid one. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
