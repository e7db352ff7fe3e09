import type { JourneyModel } from '../model/project.ts';
import { claimKey, stepClaims } from '../model/step-claims.ts';

// The claims themselves belong to the model (insights read them without the history).
export { claimKey, stepClaims, type Claim, type ClaimKind } from '../model/step-claims.ts';
import type { CheckedFileHistory } from './check-history.ts';

/** Since when a claim stands in its current wording. */
export interface ClaimSince {
  /** The day (YYYY-MM-DD, in the author's time zone) of the commit that introduced the wording. */
  date: string;
  commit: string;
  /**
   * The claim is already in the oldest revision read while older ones exist (left out by
   * `history.revisions`, or cut by a shallow clone): it stands since `date` or earlier.
   */
  orEarlier: boolean;
}

/**
 * Since when each claim of `current` stands, by claimKey, from the journey's checked history
 * (the revisions the site already read: no git process of its own). Walks the revisions that
 * validate from the oldest: a claim keeps the date it first appeared with its wording, follows its
 * step through id renames (`step-id-renamed`), and starts again when its wording changes or when
 * it comes back after being removed. Revisions that do not validate are skipped: a claim present
 * on both sides of a broken commit keeps its date.
 *
 * Claims of `current` that the newest revision read does not hold (edited or added but not
 * committed yet) have no entry, nor does anything when there is no history.
 */
export function claimSince(history: CheckedFileHistory | undefined, current: JourneyModel): Map<string, ClaimSince> {
  const since = new Map<string, ClaimSince>();
  if (!history) return since;
  const olderExist = history.omitted > 0 || history.truncated;
  let known = new Map<string, ClaimSince>();
  let first = true;
  for (let index = history.revisions.length - 1; index >= 0; index--) {
    const revision = history.revisions[index]!;
    const journey = revision.journey;
    if (!journey) continue;
    if (!first) {
      const renamed = new Map(
        revision.changes
          .filter((change) => change.kind === 'step-id-renamed')
          .map((change) => [String(change.before), String(change.after)]),
      );
      if (renamed.size > 0) known = renameSteps(known, renamed);
    }
    const next = new Map<string, ClaimSince>();
    const introduced: ClaimSince = { date: revision.date.slice(0, 10), commit: revision.commit, orEarlier: first && olderExist };
    for (const step of journey.steps) {
      for (const claim of stepClaims(step)) {
        const key = claimKey(claim);
        next.set(key, known.get(key) ?? introduced);
      }
    }
    known = next;
    first = false;
  }
  for (const step of current.steps) {
    for (const claim of stepClaims(step)) {
      const key = claimKey(claim);
      const found = known.get(key);
      if (found) since.set(key, found);
    }
  }
  return since;
}

function renameSteps(known: Map<string, ClaimSince>, renamed: Map<string, string>): Map<string, ClaimSince> {
  const moved = new Map<string, ClaimSince>();
  for (const [key, value] of known) {
    const [step = '', ...rest] = key.split('\u0000');
    moved.set([renamed.get(step) ?? step, ...rest].join('\u0000'), value);
  }
  return moved;
}
