import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../model/built-project.ts';
import { checkSources } from '../check/check-sources.ts';
import { evidenceCoverage, percent } from './evidence-coverage.ts';
import { insightContext, journeyInsights } from './journey-insights.ts';
import { reviewStatus } from './review-status.ts';

const personas = [
  {
    path: 'personas/connectee.yaml',
    kind: 'persona' as const,
    text: 'id: connectee\nname: C\ndigitalAffinity: high\npreferredChannels: [web, email]\n',
  },
  {
    path: 'personas/eloigne.yaml',
    kind: 'persona' as const,
    text: 'id: eloigne\nname: E\ndigitalAffinity: none\npreferredChannels: [phone, in-person]\n',
  },
];
let project: Project;
let codes: [string, string | undefined][];
beforeAll(async () => {
  const text = await readFile(new URL('./fixtures/agence.yaml', import.meta.url), 'utf8');
  const result = checkSources([{ path: 'journeys/agence.yaml', kind: 'journey', text }, ...personas], { now: new Date('2026-11-01') });
  project = result.project;
  codes = result.problems.map((problem) => [problem.code, problem.pointer]);
});

describe('journey insights', () => {
  it('finds each kind of gap at its step, and validate reports the same as warnings', () => {
    const insights = journeyInsights(project.journeys[0]!, insightContext(project));
    expect(insights.map((insight) => [insight.code, insight.step, insight.personas])).toEqual([
      // web only while `eloigne` (no digital affinity, prefers phone) lives the step; the sms step he does not live.
      ['inclusion-gap-digital', 'remplit', ['eloigne']],
      ['inclusion-gap-channels', undefined, ['connectee']],
      ['inclusion-gap-channels', undefined, ['eloigne']],
      ['moment-of-truth-without-human', 'signe', undefined],
      ['emotion-cliff', 'recoit-carte', ['connectee']],
      ['dead-end', 'appelle', ['connectee', 'eloigne']],
      ['claims-without-evidence', 'remplit', undefined],
    ]);
    expect(
      insights.find((insight) => insight.code === 'inclusion-gap-channels' && insight.personas![0] === 'eloigne')!.params,
    ).toMatchObject({
      lived: 3,
    });
    expect(
      codes
        .filter(([code]) => code !== 'persona-unused')
        .map(([code]) => code)
        .sort(),
    ).toEqual(insights.map((insight) => insight.code).sort());
    expect(codes).toContainEqual(['emotion-cliff', '/stages/0/steps/2/emotion']);
  });

  it('measures evidence coverage: steps, pain points and emotions with a source', () => {
    const coverage = evidenceCoverage(project.journeys[0]!);
    expect([coverage.steps, coverage.painPoints, coverage.emotions]).toEqual([
      { backed: 2, total: 4 },
      { backed: 1, total: 2 },
      { backed: 1, total: 4 },
    ]);
    expect(coverage.unbacked).toEqual([
      { step: 'remplit', emotion: true, painPoints: ['Trop de champs'] },
      { step: 'recoit-carte', emotion: true, painPoints: [] },
      { step: 'appelle', emotion: true, painPoints: [] },
    ]);
    expect(percent(coverage.emotions)).toBe(25);
    expect(percent({ backed: 0, total: 0 })).toBeUndefined();
  });

  it('says which journeys need review: overdue, or without an owner or a date', () => {
    const journey = project.journeys[0]!;
    expect(reviewStatus(journey, 180, new Date('2026-11-01'))).toMatchObject({
      owner: 'Équipe agences',
      ageDays: 31,
      overdue: false,
      missing: [],
      needsReview: false,
    });
    expect(reviewStatus(journey, 30, new Date('2026-11-01'))).toMatchObject({ overdue: true, needsReview: true });
    const { owner: _owner, lastReviewed: _date, ...bare } = journey;
    expect(reviewStatus(bare, 180, new Date('2026-11-01'))).toMatchObject({
      overdue: false,
      missing: ['owner', 'lastReviewed'],
      needsReview: true,
    });
  });

  it('warns about a journey without owner or review date', () => {
    const { problems } = checkSources([
      {
        path: 'journeys/x.yaml',
        kind: 'journey',
        text: 'id: x\ntitle: X\nstages: [{ id: a, name: A, steps: [{ id: b, name: B, touchpoints: [web] }] }]\n',
      },
    ]);
    expect(problems.map((problem) => problem.code)).toEqual(['owner-missing', 'review-date-missing']);
  });
});
