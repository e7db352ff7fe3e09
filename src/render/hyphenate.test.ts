import { describe, expect, it } from 'vitest';
import { hyphenateHtml, MIN_WORD, syllables } from './hyphenate.ts';

const SHY = '<span class="shy"></span>';

describe('syllables', () => {
  it("breaks a long word where TeX's patterns of the language allow", () => {
    expect(syllables('électroniquement', 'fr')).toEqual(['élec', 'tro', 'ni', 'que', 'ment']);
    expect(syllables('renégociation', 'fr')).toEqual(['re', 'né', 'go', 'cia', 'tion']);
    expect(syllables('incomprehensible', 'en')).toEqual(['in', 'com', 'pre', 'hen', 'si', 'ble']);
  });
});

describe('hyphenateHtml', () => {
  it('marks each break of the long words only', () => {
    expect(hyphenateHtml('Signe électroniquement le contrat', 'fr')).toBe(`Signe élec${SHY}tro${SHY}ni${SHY}que${SHY}ment le contrat`);
    expect('contrat'.length).toBeLessThan(MIN_WORD);
  });

  it('leaves text without long words as it is, escaped', () => {
    expect(hyphenateHtml('Prêt <b>à</b> taux & frais', 'fr')).toBe('Prêt &lt;b&gt;à&lt;/b&gt; taux &amp; frais');
  });

  it('escapes markup around and inside hyphenated words', () => {
    expect(hyphenateHtml('<b>électroniquement & <i>', 'fr')).toBe(`&lt;b&gt;élec${SHY}tro${SHY}ni${SHY}que${SHY}ment &amp; &lt;i&gt;`);
  });

  it('keeps addresses, paths, e-mails and identifiers whole', () => {
    for (const token of ['https://exemple.fr/renseignements', 'renseignements@exemple.fr', 'dossier_renseignements', 'renseignements2026'])
      expect(hyphenateHtml(`Voir ${token}`, 'fr')).toBe(`Voir ${token}`);
  });

  it("uses the page's language: English patterns on an English page", () => {
    expect(hyphenateHtml('Representatives', 'en')).toBe(`Rep${SHY}re${SHY}sen${SHY}ta${SHY}tives`);
  });

  it('keeps the white space of the text', () => {
    expect(hyphenateHtml('a \n  b\tc', 'fr')).toBe('a \n  b\tc');
  });
});
