import { describe, expect, it } from 'vitest';
import { countingCache, progressLines } from './build-progress-lines.ts';
import { memoryIo } from './test-io.ts';

/** A clock the test moves by hand. */
function clock() {
  let at = 0;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('the progress of parcours build', () => {
  it('prints one line per phase where stdout is not a terminal, each with its time and nothing drawn in place', () => {
    const io = memoryIo('/');
    const time = clock();
    const progress = progressLines(io, { lang: 'en', now: time.now });
    progress.record('check', { done: 3, reused: 0, indexed: 0, cacheHits: 2, cacheLookups: 4 }, 1500);
    progress.start('render', 4);
    for (const reused of [true, true, false, true]) {
      time.advance(600);
      progress.step('render', reused ? 'reused' : undefined);
    }
    progress.start('index', 3); // ends the render phase
    progress.step('index', 'indexed');
    progress.step('index');
    progress.step('index', 'indexed');
    time.advance(250);
    progress.end('index');
    progress.start('pdf', 2);
    time.advance(3000);
    progress.end('pdf', { done: 2 });
    progress.finish();

    expect(io.out()).not.toContain('\r');
    const printed = lines(io.out());
    expect(printed).toHaveLength(4);
    for (const line of printed) expect(line).toMatch(/ \(\d+\.\d s\)$/);
    // Counts and times, in the order of the phases.
    expect(printed.map((line) => line.match(/\d+(?:\.\d)?/g))).toEqual([
      ['3', '2', '4', '1.5'],
      ['1', '3', '2.4'],
      ['2', '0.3'],
      ['2', '3.0'],
    ]);
  });

  it('keeps only what the command prints anyway with --quiet, on a terminal too', () => {
    const io = memoryIo('/');
    Object.assign(io.stdout, { isTTY: true });
    const time = clock();
    const progress = progressLines(io, { lang: 'fr', quiet: true, now: time.now });
    progress.record('check', { done: 3, reused: 0, indexed: 0 }, 10);
    progress.start('render', 10);
    for (let page = 0; page < 10; page += 1) {
      time.advance(500);
      progress.step('render');
    }
    progress.finish();
    expect(io.out()).toBe('');
  });

  it('draws a bar in place on a terminal once a phase passes a second, then its line', () => {
    const io = memoryIo('/');
    Object.assign(io.stdout, { isTTY: true });
    const time = clock();
    const progress = progressLines(io, { lang: 'en', now: time.now });
    progress.start('render', 4);
    time.advance(500);
    progress.step('render');
    expect(io.out()).toBe(''); // under a second: nothing drawn yet
    time.advance(700);
    progress.step('render', 'reused');
    expect(io.out()).toMatch(/^\r\u001b\[2K\D+ \[#{12}-{12}\] 2\/4 1\.2 s$/);
    progress.finish();
    const after = io.out().split('\r\u001b[2K');
    expect(after.at(-1)).toMatch(/^\D*1\D+1\D+ \(1\.2 s\)\n$/);
  });

  it('clears the live line before a warning is written, and leaves stderr as it was once finished', () => {
    const io = memoryIo('/');
    Object.assign(io.stdout, { isTTY: true });
    const write = io.stderr.write;
    const time = clock();
    const progress = progressLines(io, { lang: 'en', now: time.now });
    progress.start('render');
    time.advance(1500);
    progress.step('render');
    io.stderr.write('warning\n');
    expect(io.out()).toMatch(/\r\u001b\[2K$/);
    expect(io.err()).toBe('warning\n');
    progress.finish();
    expect(io.stderr.write).toBe(write);
  });

  it('prints no line for the phase a failed build stopped in', () => {
    const io = memoryIo('/');
    const progress = progressLines(io, { lang: 'en', now: () => 0 });
    progress.record('check', { done: 3, reused: 0, indexed: 0 }, 10);
    progress.start('render', 10);
    progress.step('render');
    progress.finish({ failed: true });
    expect(io.out().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('words the lines in French for a French site', () => {
    const en = memoryIo('/');
    const fr = memoryIo('/');
    for (const io of [en, fr]) {
      const progress = progressLines(io, { lang: io === en ? 'en' : 'fr', now: () => 0 });
      progress.record('render', { done: 1500, reused: 1000, indexed: 0 }, 2500);
    }
    expect(en.out()).toContain('500');
    expect(en.out()).toContain('1,000');
    expect(en.out()).toContain('(2.5 s)');
    expect(fr.out()).toContain('1\u202f000');
    expect(fr.out()).toContain('(2,5 s)');
    expect(fr.out()).not.toBe(en.out().replace('1,000', '1\u202f000').replace('2.5', '2,5'));
  });
});

describe('countingCache', () => {
  it('counts the lookups and the results the cache held', () => {
    const store = new Map<string, unknown>([['a', 1]]);
    const cache = countingCache({ get: (key) => store.get(key), set: (key, value) => store.set(key, value) });
    cache.get('a');
    cache.get('b');
    cache.set('b', 2);
    cache.get('b');
    expect({ hits: cache.hits, lookups: cache.lookups }).toEqual({ hits: 2, lookups: 3 });
    expect(store.get('b')).toBe(2);
  });
});
