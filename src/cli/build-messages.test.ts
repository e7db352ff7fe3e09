import { describe, expect, it } from 'vitest';
import { buildMessages } from './build-messages.ts';

describe("parcours build's last lines", () => {
  it('speak the content’s language, with its plural rules and number format', () => {
    const fr = buildMessages('fr');
    const en = buildMessages('en');
    expect(fr.built(1234, 'dist', 12_345)).toBe('1\u202f234 pages construites dans dist en 12,3 s.');
    expect(en.built(1, 'dist', 500)).toBe('Built 1 page into dist in 0.5 s.');
    expect(fr.warnings(1, '.')).toBe('1 avertissement dans le contenu ; `parcours validate --root .` les liste.');
    expect(en.warnings(2, '.')).toBe('2 warnings in the content; `parcours validate --root .` lists them.');
  });

  it('say why the PDFs were left out, in each case', () => {
    const fr = buildMessages('fr');
    expect(fr.pdfsLeftOut({ kind: 'too-many', journeys: 120, limit: 100 })).toContain('(120 parcours, plus que pdfMaxJourneys (100) dans');
    expect(fr.pdfsLeftOut({ kind: 'disabled' })).toContain('(PARCOURS_PDF=0)');
    expect(buildMessages('en').pdfsLeftOut({ kind: 'no-chromium', detail: 'no Chromium at /x' })).toContain('(no Chromium at /x)');
  });
});
