/** The parts of a build that report their progress, in the order they run. */
export type BuildPhase = 'check' | 'render' | 'index' | 'pdf';

/** What a phase did, counted as it went (see BuildProgress.step). */
export interface PhaseCounts {
  /** Units done: files checked, pages written, pages looked at for search, PDFs drawn. */
  done: number;
  /** Of those, pages taken from the previous build (render) or pages left out of the index (index). */
  reused: number;
  /** Of those, the pages indexed (index). */
  indexed: number;
}

/**
 * Where a build reports its progress: `parcours build` prints it (src/cli/build-progress-lines.ts).
 * Astro's logger (astro-log.ts) and the search integration run inside Astro's build, out of reach
 * of buildSite's arguments, so they find the current one through `currentBuildProgress`.
 */
export interface BuildProgress {
  /** A phase began; `total`, when known, is how many units it will do (for render, an estimate). */
  start(phase: BuildPhase, total?: number): void;
  /** One unit of the phase done; `as` says how: a page reused from the previous build, a page indexed. */
  step(phase: BuildPhase, as?: 'reused' | 'indexed'): void;
  /** The phase ended; `counts` overrides what steps counted (a phase that counts only at its end). */
  end(phase: BuildPhase, counts?: Partial<PhaseCounts>): void;
}

const CURRENT = Symbol.for('parcours.build-progress');
type Holder = { [CURRENT]?: BuildProgress };

/** The progress of the build running in this process, if it asked for one (builds run one at a time: see buildSite). */
export function currentBuildProgress(): BuildProgress | undefined {
  return (globalThis as Holder)[CURRENT];
}

/** Runs `task` with `progress` as the current build's progress. */
export async function withBuildProgress<T>(progress: BuildProgress | undefined, task: () => Promise<T>): Promise<T> {
  const holder = globalThis as Holder;
  const saved = holder[CURRENT];
  holder[CURRENT] = progress;
  try {
    return await task();
  } finally {
    holder[CURRENT] = saved;
  }
}
