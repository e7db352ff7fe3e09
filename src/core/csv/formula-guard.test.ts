import { describe, expect, it } from 'vitest';
import { guardFormula, unguardFormula } from './formula-guard.ts';

describe('guardFormula', () => {
  it.each(['=1+2', '+33 6', '-moins', '@SUM(A1)', '\tx', '\rx', "'=deja", "''@x"])(
    'prefixes %j and unguardFormula gives it back',
    (cell) => {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    },
  );

  it.each(['texte', "'apostrophe", '', '-2', '+3.5', '-1,5', '1e3', '12'])('leaves %j alone and round-trips it', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });
});
