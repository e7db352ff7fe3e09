import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { memoryIo } from '../test-io.ts';

const known = fileURLToPath(new URL('../../core/events/fixtures/known/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'parcours-events-cli-'));
const env = { PARCOURS_CACHE_DIR: join(scratch, 'cache') };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('parcours events', () => {
  it('prints the observed journeys as JSON in the documented shape, with no case id', async () => {
    const io = memoryIo(known, env);
    expect(await main(['events', '--format', 'json'], io)).toBe(0);
    const output = JSON.parse(io.out()) as {
      journeys: Record<string, unknown>[];
      insights: unknown[];
      rows: number;
      problems: { code: string }[];
    };
    expect(output.journeys.map((journey) => [journey.journey, journey.cases])).toEqual([
      ['souscription', 9],
      ['support', 2],
    ]);
    expect(output.journeys[0]).toMatchObject({
      format: 'parcours-observed/1',
      minCases: 1,
      conformance: { inOrder: 8, lastStep: 'bienvenue', reachedLast: 3 },
    });
    expect(output.problems.map((problem) => problem.code)).toEqual(['events-pattern-unmatched']);
    expect(io.out()).not.toMatch(/\bc(0\d|10)\b/);
  });

  it('prints one journey in the pretty format, and says which figures are withheld', async () => {
    const io = memoryIo(known, env);
    expect(await main(['events', 'souscription', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toMatch(/^Souscription \(souscription\)\n {2}9 cases/);
    expect(io.out()).not.toContain('Support');
    expect(io.err()).toContain('events-pattern-unmatched');
  });

  it('writes the pretty report in the content’s language unless --lang asks for another: other words, the same figures', async () => {
    const french = memoryIo(known, env);
    expect(await main(['events', 'souscription'], french)).toBe(0);
    const english = memoryIo(known, env);
    expect(await main(['events', 'souscription', '--lang', 'en'], english)).toBe(0);
    expect(french.out()).not.toBe(english.out());
    const lines = (text: string) => text.split('\n');
    expect(lines(french.out()).length).toBe(lines(english.out()).length);
    expect(lines(french.out())[0]).toBe(lines(english.out())[0]);
    const figures = (text: string) => text.match(/\d+/g);
    expect(figures(french.out())).toEqual(figures(english.out()));
    expect(french.err()).toMatch(/journeys\/support\.yaml:14:37 \S+ events-pattern-unmatched/);
    expect(await main(['events', '--lang', 'de'], memoryIo(known, env))).toBe(2);
  });

  it('prints the SQL for a warehouse, with the extract made from the patterns', async () => {
    const io = memoryIo(known, env);
    expect(await main(['events', '--sql'], io)).toBe(0);
    expect(io.out()).toContain("event LIKE 'web:/compte/formulaire%' ESCAPE");
    expect(io.out()).toMatch(/CREATE TABLE visits AS[\s\S]*LAG\(step_index\) OVER/);
    expect(io.out()).toContain('PERCENTILE_CONT(0.5) WITHIN GROUP');
  });

  it('exits 2 on an unknown journey, and 1 when a log lacks a column', async () => {
    const io = memoryIo(known, env);
    expect(await main(['events', 'inconnu'], io)).toBe(2);
    const root = mkdtempSync(join(scratch, 'root-'));
    cpSync(known, root, { recursive: true });
    writeFileSync(join(root, 'data/events/log.csv'), 'client,timestamp,event\nx,2026-01-01,web:/faq\n');
    const broken = memoryIo(root, env);
    expect(await main(['events', '--lang', 'en'], broken)).toBe(1);
    expect(broken.err()).toContain('data/events/log.csv:1:1 error events-missing-column');
  });
});

describe('parcours validate with event logs', () => {
  it('reports bad rows at file:line beside the content problems', async () => {
    const root = mkdtempSync(join(scratch, 'root-'));
    cpSync(known, root, { recursive: true });
    writeFileSync(
      join(root, 'data/events/log.csv'),
      'case_id,timestamp,event,channel\nc1,hier,web:/offres/fibre,web\nc1,2026-01-01,crm:ticket_clos,web\n',
    );
    const io = memoryIo(root, env);
    expect(await main(['validate', '--format', 'json'], io)).toBe(0);
    const { problems } = JSON.parse(io.out()) as { problems: { code: string; file: string; line: number }[] };
    expect(problems.filter((problem) => problem.file.startsWith('data/')).map(({ code, file, line }) => [code, file, line])).toEqual([
      ['events-bad-row', 'data/events/log.csv', 2],
    ]);
    expect(problems.map((problem) => problem.code)).toContain('events-pattern-unmatched');
  });
});
