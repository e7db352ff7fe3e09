/** What the two sides of a diff are called in reports: a ref, a commit, "working tree". */
export interface DiffLabels {
  base: string;
  head: string;
}
