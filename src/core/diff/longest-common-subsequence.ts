/**
 * The items of the longest common subsequence of two sequences of distinct keys: the elements
 * that kept their relative order. Everything else common to both sequences moved. Comparing
 * relative order (not indexes) is what keeps one inserted step from making every later step
 * look moved. Classic O(n·m) dynamic programme (Wagner & Fischer 1974); maps have tens of steps.
 */
export function longestCommonSubsequence(before: readonly string[], after: readonly string[]): Set<string> {
  const rows = before.length;
  const cols = after.length;
  // lengths[i][j]: LCS length of before[i..] and after[j..], in one flat array.
  const lengths = new Uint32Array((rows + 1) * (cols + 1));
  const at = (i: number, j: number) => i * (cols + 1) + j;
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      lengths[at(i, j)] =
        before[i] === after[j] ? lengths[at(i + 1, j + 1)]! + 1 : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!);
    }
  }
  const kept = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (lengths[at(i + 1, j)]! >= lengths[at(i, j + 1)]!) i++;
    else j++;
  }
  return kept;
}
