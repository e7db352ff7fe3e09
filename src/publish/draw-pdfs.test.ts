import { describe, expect, it } from 'vitest';
import { buildJourney } from '../core/model/build-project.ts';
import type { Project } from '../core/model/built-project.ts';
import { resolveConfig } from '../core/model/resolve-config.ts';
import { planPdfs, sameDay } from './draw-pdfs.ts';

const project = (journeys: number, pdfMaxJourneys?: number): Project =>
  ({
    config: resolveConfig(pdfMaxJourneys === undefined ? {} : { pdfMaxJourneys }),
    journeys: Array.from({ length: journeys }, (_, index) =>
      buildJourney(`journeys/j${index}.yaml`, { id: `j${index}`, title: 'J', stages: [] } as never),
    ),
    personas: [],
  }) as unknown as Project;

describe('planPdfs', () => {
  const here = { PARCOURS_CHROMIUM: process.execPath };

  it('draws up to pdfMaxJourneys journeys (100 by default) with the Chromium it is given', () => {
    expect(planPdfs(project(100), here)).toEqual({ draw: true, chromium: process.execPath });
    expect(planPdfs(project(3, 3), here).draw).toBe(true);
  });

  it('says why it leaves them out: above the limit, without Chromium, or when asked', () => {
    expect(planPdfs(project(101), here)).toEqual({ draw: false, why: { kind: 'too-many', journeys: 101, limit: 100 } });
    expect(planPdfs(project(1, 0), here).draw).toBe(false);
    expect(planPdfs(project(1), { PARCOURS_CHROMIUM: '/nowhere/chromium' })).toEqual({
      draw: false,
      why: { kind: 'no-chromium', detail: 'no Chromium at /nowhere/chromium (set PARCOURS_CHROMIUM)' },
    });
    expect(planPdfs(project(1), { ...here, PARCOURS_PDF: '0' })).toEqual({ draw: false, why: { kind: 'disabled' } });
  });
});

describe('sameDay', () => {
  const pdf = (stamp: string) =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj <</Producer (Skia/PDF m156) /CreationDate (${stamp}) /ModDate (${stamp})>> endobj\nstartxref\n9\n%%EOF`,
      'latin1',
    );

  it("sets both time stamps to the site's day in as many bytes, so no offset moves", () => {
    const made = pdf("D:20261202064754+00'00'");
    const fixed = sameDay(made, '2026-03-02');
    expect(fixed.length).toBe(made.length);
    expect(fixed.toString('latin1')).toContain("/CreationDate (D:20260302000000+00'00') /ModDate (D:20260302000000+00'00')");
    expect(sameDay(pdf("D:20270101235959+00'00'"), '2026-03-02').equals(fixed)).toBe(true);
  });

  it('leaves a stamp of another length as it is rather than break the file', () => {
    const made = pdf('D:20261202064754Z');
    expect(sameDay(made, '2026-03-02').equals(made)).toBe(true);
  });
});
