import { readdirSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { firstSyntaxErrors } from './first-syntax-errors.ts';

const JOURNEY = [
  'id: achat',
  'title: Acheter',
  'stages:',
  '  - id: choix',
  '    name: Choix',
  '    steps:',
  '      - id: compare',
  '        name: Compare les offres',
  '        touchpoints: [web]',
  '        emotion: 1',
  '      - id: paie',
  '        name: Paie',
  '        emotion: 0',
  '  - id: livraison',
  '    name: Livraison',
  '',
];

/** The journey above with line `line` (1-based) replaced. */
function withLine(line: number, text: string): string {
  return JOURNEY.map((original, index) => (index === line - 1 ? text : original)).join('\n');
}

function regions(text: string) {
  const { errors } = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return firstSyntaxErrors(text, errors).map(({ error, line, column, slip }) => ({
    code: error.code,
    line,
    column,
    ...(slip ? { kind: slip.kind } : {}),
    ...(slip && 'expectedColumn' in slip ? { expectedColumn: slip.expectedColumn } : {}),
  }));
}

// The mistakes people new to YAML make, each with the one line to fix.
const SLIPS: {
  description: string;
  text: string;
  expected: { line: number; column: number; kind?: string; code?: string; expectedColumn?: number }[];
}[] = [
  {
    description: "a key two columns right of the first key after '- '",
    text: withLine(8, '          name: Compare les offres'),
    expected: [{ line: 8, column: 11, kind: 'indent-deeper', expectedColumn: 9 }],
  },
  {
    description: 'a key one column right',
    text: withLine(8, '         name: Compare'),
    expected: [{ line: 8, column: 10, kind: 'indent-deeper' }],
  },
  {
    description: 'a key one column left',
    text: withLine(8, '       name: Compare'),
    expected: [{ line: 8, column: 8, kind: 'indent-shallower' }],
  },
  {
    description: 'a tab, whose cascade runs to the next stage',
    text: withLine(9, '\ttouchpoints: [web]'),
    expected: [{ line: 9, column: 1, code: 'TAB_AS_INDENT', kind: 'tab', expectedColumn: 9 }],
  },
  {
    description: 'no space after a colon, at the colon',
    text: withLine(8, '        name:Compare'),
    expected: [{ line: 8, column: 13, kind: 'colon-space' }],
  },
  {
    description: 'a key left of its map, at the column of the dash of the list item that holds it',
    text: withLine(6, '  steps:'),
    expected: [{ line: 6, column: 3, kind: 'indent-shallower', expectedColumn: 5 }],
  },
  {
    description: 'a colon and a space inside a plain value, at the value',
    text: withLine(8, '        name: Étape: compare'),
    expected: [{ line: 8, column: 15, kind: 'colon-in-value' }],
  },
  {
    description: 'a plain value going on to the next line, where it holds a colon and a space',
    text: withLine(8, '        name: Compare les offres\n          et les prix: tous'),
    expected: [{ line: 9, column: 11, kind: 'colon-in-value' }],
  },
  {
    description: 'a quote never closed, at the quote rather than at the end of the file',
    text: withLine(8, '        name: "Compare les offres'),
    expected: [{ line: 8, column: 15, kind: 'unclosed-quote' }],
  },
  {
    description: 'a quote never closed after quoted values that close, or escape their quotes',
    text: withLine(5, '    name: "Le \\"choix\\""')
      .replace('title: Acheter', "title: 'L''achat'")
      .replace('        emotion: 0', "        emotion: 0\n        thoughts:\n          - 'Payer vite"),
    expected: [{ line: 15, column: 13, kind: 'unclosed-quote' }],
  },
  {
    description: 'a key at the column of the dash above it, after an empty item of a list that starts at its key’s column',
    text: withLine(7, '    -').replace('        name: Compare les offres', '  name: Compare les offres'),
    expected: [{ line: 8, column: 3 }],
  },
  {
    description: 'a list item one column left of the one above',
    text: withLine(11, '     - id: paie'),
    expected: [{ line: 11, column: 6, kind: 'item-misaligned', expectedColumn: 7 }],
  },
  {
    description: 'a list item two columns right, whose blanking must not report the keys below as duplicates',
    text: withLine(11, '        - id: paie'),
    expected: [{ line: 11, column: 9, kind: 'item-misaligned' }],
  },
  {
    description: 'two slips in two stages: two regions',
    text: withLine(15, '      name: Livraison').replace('    name: Choix', '      name: Choix'),
    expected: [
      { line: 5, column: 7, kind: 'indent-deeper' },
      { line: 15, column: 7, kind: 'indent-deeper' },
    ],
  },
  {
    description: 'an unclosed flow sequence keeps the parser’s own error',
    text: withLine(2, 'title: [Acheter'),
    expected: [{ line: 3, column: 1, code: 'BAD_INDENT' }],
  },
  {
    description: 'two duplicate keys are two mistakes',
    text: withLine(9, '        name: Encore').replace('    name: Choix', '    name: Choix\n    name: Encore'),
    expected: [
      { line: 6, column: 5, code: 'DUPLICATE_KEY' },
      { line: 10, column: 9, code: 'DUPLICATE_KEY' },
    ],
  },
];

describe('firstSyntaxErrors', () => {
  it.each(SLIPS)('$description', ({ text, expected }) => {
    const found = regions(text);
    expect(found.map(({ line, column }) => ({ line, column }))).toEqual(expected.map(({ line, column }) => ({ line, column })));
    expected.forEach((want, index) => {
      if (want.kind) expect(found[index]?.kind).toBe(want.kind);
      if (want.code) expect(found[index]?.code).toBe(want.code);
      if (want.expectedColumn) expect(found[index]?.expectedColumn).toBe(want.expectedColumn);
    });
  });

  it('reports twenty regions at most, each at its own line', () => {
    const stages = Array.from({ length: 25 }, (_, index) => `  - id: s${index}\n      name: S\n    steps: []`).join('\n');
    const found = regions(`id: x\ntitle: X\nstages:\n${stages}\n`);
    expect(found.map(({ line }) => line)).toEqual(Array.from({ length: 20 }, (_, index) => 5 + 3 * index));
  });

  it('finds nothing in values that only look like slips', () => {
    const text = withLine(8, '        name: Compare - les offres #1: web').replace('title: Acheter', 'title: "Acheter: vite"');
    expect(parseDocument(text).errors).toEqual([]);
  });

  // Random slips in a real journey (a space more or less at a line's start, a tab, a colon without
  // its space or one more in a value), up to three per text, with a fixed seed.
  it('keeps every position inside its line and never two at one, and never reports more than the parser', () => {
    const original = readFileSync(new URL('../../../journeys/retour-article.yaml', import.meta.url), 'utf8').split('\n');
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let parserErrors = 0;
    let reported = 0;
    for (let round = 0; round < 60; round++) {
      const lines = [...original];
      for (let edit = 0; edit <= Math.floor(random() * 3); edit++) {
        const index = Math.floor(random() * lines.length);
        const line = lines[index]!;
        const pick = random();
        lines[index] =
          pick < 0.3
            ? ` ${line}`
            : pick < 0.6
              ? line.replace(/^ /, '')
              : pick < 0.7
                ? line.replace(/^ {2}/, '\t')
                : pick < 0.85
                  ? line.replace(': ', ':')
                  : line.replace(/: (\w)/, ': $1: ');
      }
      const text = lines.join('\n');
      const { errors } = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
      const found = firstSyntaxErrors(text, errors);
      expect(found.length).toBeLessThanOrEqual(errors.length);
      expect(new Set(found.map(({ line, column }) => `${line}:${column}`)).size).toBe(found.length);
      for (const { line, column } of found) expect(column).toBeLessThanOrEqual((lines[line - 1] ?? '').length + 1);
      parserErrors += errors.length;
      reported += found.length;
    }
    expect(reported).toBeGreaterThan(20);
    expect(reported).toBeLessThan(parserErrors / 2);
  });

  it('stops at a second document', () => {
    expect(regions(`${JOURNEY.join('\n')}---\nid: autre\n`).map(({ code }) => code)).toEqual(['MULTIPLE_DOCS']);
  });

  // Measured on the example journeys: 145 to 284 parser errors each, 4 to 6 reported.
  it('reports one error per stage for an example journey whose keys all slipped, never two at one position', () => {
    const folder = new URL('../../../journeys/', import.meta.url);
    for (const name of readdirSync(folder)) {
      const original = readFileSync(new URL(name, folder), 'utf8');
      // Four spaces a level, counted from the dash: every key of a list item two columns too far right.
      const slipped = original.replace(/^ +/gm, (spaces) => spaces.repeat(2));
      const { errors } = parseDocument(slipped, { prettyErrors: false, uniqueKeys: true });
      const found = regions(slipped);
      const stages = (parseDocument(original).toJS() as { stages: unknown[] }).stages.length;
      expect(errors.length, name).toBeGreaterThan(100);
      expect(found.length, name).toBe(stages);
      expect(found.every((region) => region.kind === 'indent-deeper')).toBe(true);
      expect(new Set(found.map(({ line, column }) => `${line}:${column}`)).size).toBe(found.length);
    }
  });
});
