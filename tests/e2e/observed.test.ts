import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const journey = 'mutuelle-adhesion-remboursement';

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

describe('observed journeys in the built examples', () => {
  it('publish no case id and no row of the log, in any page or download', async () => {
    const log = await readFile(join(repo, 'data/events/adhesion-mutuelle.csv'), 'utf8');
    const rows = log.trim().split('\n').slice(1);
    const ids = new Set(rows.map((row) => row.split(',')[0]!));
    expect(ids.size).toBeGreaterThan(100);
    const stamps = new Set(rows.map((row) => row.split(',')[1]!));
    let checked = 0;
    for await (const path of files(inject('examples').dir)) {
      const text = (await readFile(path)).toString('latin1');
      const found = [...text.matchAll(/ADH-[0-9A-Z]+/g)].map((match) => match[0]).filter((id) => ids.has(id));
      expect(found, path).toEqual([]);
      const times = [...text.matchAll(/2026-\d\d-\d\dT\d\d:\d\d:\d\dZ/g)].map((match) => match[0]).filter((stamp) => stamps.has(stamp));
      expect(times, path).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('write observed.json in the documented shape, with step ids and no figure under the minimum of cases', async () => {
    const observed = JSON.parse(await readFile(join(inject('examples').dir, 'journeys', journey, 'observed.json'), 'utf8'));
    expect(observed).toMatchObject({ format: 'parcours-observed/1', journey, minCases: 10, cases: 900 });
    const ids: string[] = observed.steps.map((step: { id: string }) => step.id);
    expect(ids.slice(0, 3)).toEqual(['compare-garanties', 'demande-devis', 'remplit-adhesion']);
    for (const pair of observed.directlyFollows) {
      expect(ids).toContain(pair.from);
      expect(ids).toContain(pair.to);
      expect(pair.cases).toBeGreaterThanOrEqual(10);
    }
    for (const list of [observed.starts, observed.ends, observed.variants])
      for (const entry of list) expect(entry.count).toBeGreaterThanOrEqual(10);
    for (const step of observed.steps) if (step.reached !== undefined) expect(step.reached).toBeGreaterThanOrEqual(10);
  });

  it('show the observed lane, the flow of channel switches as SVG with a table of its figures, and the insights, without JavaScript', async () => {
    const html = await readFile(join(inject('examples').dir, 'journeys', journey, 'index.html'), 'utf8');
    const section = html.slice(html.indexOf('id="observed"'));
    expect(section).toMatch(/<ol class="ogrid[^"]*"/);
    expect(section).toMatch(/<svg[^>]*role="img"[\s\S]*<path d="M/);
    expect(section).toMatch(/<table class="data[^"]*"[^>]*>[\s\S]*Téléphone/);
    expect(section).toContain('observed.json');
    const insights = await readFile(join(inject('examples').dir, 'insights', 'index.html'), 'utf8');
    expect(insights).toContain(`journeys/${journey}/#observed`);
  });
});
