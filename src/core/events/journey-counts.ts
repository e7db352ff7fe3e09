/**
 * The aggregates of one journey as the queries give them, before small groups are withheld:
 * counts over cases, step positions (StepModel.index), no case id. What the content cache keeps.
 */
export interface JourneyCounts {
  journey: string;
  cases: number;
  /** Cases whose visits follow the map's order (skips allowed). */
  inOrder: number;
  /** Distinct variants. */
  variants: number;
  /** First and last event seen (ISO), of the cases of the journey. */
  firstSeen: string;
  lastSeen: string;
  steps: { step: number; reached: number; visits: number; continued: number; returned: number }[];
  starts: { step: number; cases: number }[];
  ends: { step: number; cases: number }[];
  follows: { from: number; to: number; transitions: number; cases: number; medianSeconds: number; p90Seconds: number }[];
  channels: { step: number; channel: string; visits: number; cases: number }[];
  switches: { from: number; to: number; fromChannel: string; toChannel: string; switches: number; cases: number }[];
  /** Month as YYYY-MM. */
  contacts: { month: string; channel: string; contacts: number; cases: number }[];
  /** The most frequent variants, as step positions. */
  topVariants: { steps: number[]; cases: number }[];
}
