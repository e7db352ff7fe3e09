import type { ContentCache } from '../core/check/content-cache.ts';
import type { Lang } from '../core/model/resolve-config.ts';
import type { BuildPhase, BuildProgress } from '../publish/build-progress.ts';
import { type PhaseReport, progressMessages } from './build-progress-messages.ts';
import type { CliIo } from './io.ts';

/** A phase running longer than this gets a live line (a bar when its total is known) on a terminal. */
const LIVE_AFTER_MS = 1000;
/** How often the live line is drawn again at most. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressLines extends BuildProgress {
  end(phase: BuildPhase, counts?: Partial<PhaseReport>): void;
  /** Ends the phase under way, if any: with its line when the build is over, without when it failed. */
  finish(options?: { failed?: boolean }): void;
  /** A phase that ran before this was made (the check, which gives the language), with its time. */
  record(phase: BuildPhase, report: PhaseReport, ms: number): void;
}

export interface ProgressLinesOptions {
  lang: Lang;
  /** Nothing but what the command prints anyway (problems, the summary). */
  quiet?: boolean;
  /** Milliseconds, for tests. */
  now?: () => number;
}

/**
 * `parcours build`'s progress on stdout: one line per phase once it is done, with its counts, what
 * the cache saved and its time. On a terminal, a phase longer than a second also gets a live line,
 * drawn again in place, with a bar when its total is known; elsewhere (CI logs) only the lines.
 */
export function progressLines(io: CliIo, { lang, quiet = false, now = () => performance.now() }: ProgressLinesOptions): ProgressLines {
  const texts = progressMessages(lang);
  const live = !quiet && Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
  let current: { phase: BuildPhase; total?: number; report: PhaseReport; started: number; drawn: number; shown: boolean } | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  // A warning written while a live line is shown would land at its end: the line is cleared first,
  // and drawn again at the next redraw.
  const stderrWrite = io.stderr.write;
  if (live)
    io.stderr.write = function (this: unknown, text: string, ...rest: unknown[]) {
      if (current?.shown) {
        io.stdout.write('\r\u001b[2K');
        current.drawn = 0;
      }
      return (stderrWrite as (...args: unknown[]) => unknown).call(this, text, ...rest);
    };

  const draw = () => {
    if (!current) return;
    const at = now();
    if (at - current.started < LIVE_AFTER_MS || at - current.drawn < REDRAW_MS) return;
    current.drawn = at;
    current.shown = true;
    const { done } = current.report;
    const total = current.total !== undefined ? Math.max(current.total, done) : undefined;
    const filled = total ? Math.round((BAR_WIDTH * done) / total) : 0;
    const bar = total ? ` [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total}` : done > 0 ? ` ${done}` : '';
    io.stdout.write(`\r\u001b[2K${texts.running(current.phase)}${bar} ${texts.seconds(at - current.started)}`);
  };

  const close = (counts?: Partial<PhaseReport>) => {
    if (!current) return;
    const ended = current;
    current = undefined;
    if (timer) clearInterval(timer);
    timer = undefined;
    if (quiet) return;
    const report = { ...ended.report, ...counts };
    io.stdout.write(`${ended.shown ? '\r\u001b[2K' : ''}${texts.done(ended.phase, report)} (${texts.seconds(now() - ended.started)})\n`);
  };

  return {
    start(phase, total) {
      close();
      current = {
        phase,
        report: { done: 0, reused: 0, indexed: 0 },
        started: now(),
        drawn: 0,
        shown: false,
        ...(total !== undefined ? { total } : {}),
      };
      if (live) {
        timer = setInterval(draw, REDRAW_MS);
        timer.unref();
      }
    },
    step(phase, as) {
      if (current?.phase !== phase) return;
      current.report.done += 1;
      if (as === 'reused') current.report.reused += 1;
      if (as === 'indexed') current.report.indexed += 1;
      if (live) draw();
    },
    end(phase, counts) {
      if (current?.phase === phase) close(counts);
    },
    finish({ failed = false } = {}) {
      if (failed && current) {
        if (current.shown) io.stdout.write('\r\u001b[2K');
        if (timer) clearInterval(timer);
        timer = undefined;
        current = undefined;
      }
      close();
      if (live) io.stderr.write = stderrWrite;
    },
    record(phase, report, ms) {
      close();
      if (!quiet) io.stdout.write(`${texts.done(phase, report)} (${texts.seconds(ms)})\n`);
    },
  };
}

/** The content cache, counting the results it held of those looked up (what the cache saved the check). */
export function countingCache(cache: ContentCache): ContentCache & { hits: number; lookups: number } {
  const counted = {
    hits: 0,
    lookups: 0,
    get(key: string) {
      const value = cache.get(key);
      counted.lookups += 1;
      if (value !== undefined) counted.hits += 1;
      return value;
    },
    set: (key: string, value: unknown) => cache.set(key, value),
  };
  return counted;
}
