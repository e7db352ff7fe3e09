import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { claimKey, stepClaims, type ClaimSince } from '../history/claim-since.ts';
import type { JourneyModel } from '../model/project.ts';
import { resolveConfig } from '../model/resolve-config.ts';
import { checkSources } from '../check/check-sources.ts';
import { findStaleClaims } from './find-stale-claims.ts';
import type { InsightContext } from './insight.ts';

async function journey(edit: (text: string) => string = (text) => text): Promise<JourneyModel> {
  const text = await readFile(new URL('../diff/fixtures/livraison.yaml', import.meta.url), 'utf8');
  const personas = ['amelie', 'nadine'].map((id) => ({
    path: `personas/${id}.yaml`,
    kind: 'persona' as const,
    text: `id: ${id}\nname: ${id}\n`,
  }));
  return checkSources([{ path: 'journeys/livraison.yaml', kind: 'journey', text: edit(text) }, ...personas]).project.journeys[0]!;
}

/** Every claim of the journey dated `date`, but those of `recent` steps dated 2026-07-01. */
function sinceOf(model: JourneyModel, date: string, recent: string[] = []): Map<string, ClaimSince> {
  return new Map(
    model.steps.flatMap((step) =>
      stepClaims(step).map(
        (claim) => [claimKey(claim), { date: recent.includes(step.id) ? '2026-07-01' : date, commit: 'c', orEarlier: false }] as const,
      ),
    ),
  );
}

const context = (since: Map<string, ClaimSince> | undefined, now = '2026-08-10'): InsightContext => ({
  config: resolveConfig({ reviewAgeDays: 200 }),
  personas: new Map(),
  claimSince: () => since,
  now: new Date(`${now}T00:00:00Z`),
});

describe('findStaleClaims', () => {
  it('flags the claims older than reviewAgeDays, once per journey, at the steps that hold them', async () => {
    const model = await journey();
    // 10 January to 10 August: 212 days, beyond 200; the thought of choisit-article is recent.
    const [insight, ...rest] = findStaleClaims(model, context(sinceOf(model, '2026-01-10', ['choisit-article'])));
    expect(rest).toEqual([]);
    expect(insight).toMatchObject({
      code: 'stale-claims',
      journey: 'livraison',
      step: 'paie',
      steps: ['paie', 'recoit-colis'],
      pointer: '/stages/0/steps/1',
    });
    expect(insight!.params).toEqual({ count: 3, limit: 200 });
  });

  it('leaves claims younger than reviewAgeDays alone', async () => {
    const model = await journey();
    // 3 February to 10 August: 188 days.
    expect(findStaleClaims(model, context(sinceOf(model, '2026-02-03')))).toEqual([]);
  });

  it('counts a claim backed by evidence dated within reviewAgeDays as checked, not older evidence', async () => {
    const dated = (date: string) => (text: string) =>
      text.replace(
        '        momentOfTruth:',
        `        evidence: [{ source: Entretiens livreurs, kind: interview, date: ${date} }]\n        momentOfTruth:`,
      );
    const recent = await journey(dated('2026-06-15'));
    expect(findStaleClaims(recent, context(sinceOf(recent, '2026-01-10')))[0]!.steps).toEqual(['choisit-article', 'paie']);
    const old = await journey(dated('2025-12-01'));
    expect(findStaleClaims(old, context(sinceOf(old, '2026-01-10')))[0]!.steps).toEqual(['choisit-article', 'paie', 'recoit-colis']);
  });

  it('finds nothing where no history was read, or for claims it has no date for', async () => {
    const model = await journey();
    expect(findStaleClaims(model, { config: resolveConfig(undefined), personas: new Map() })).toEqual([]);
    expect(findStaleClaims(model, context(undefined))).toEqual([]);
    expect(findStaleClaims(model, context(new Map()))).toEqual([]);
  });
});
