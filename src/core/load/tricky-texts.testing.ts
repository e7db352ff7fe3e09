// Shared by the fast reader's parity test and the scanner's: texts where two YAML readers may part.
const journey = (body: string) =>
  `id: j\ntitle: T\npersonas: [p]\nlastReviewed: 2026-10-01\nowner: O\nstages:\n  - id: s\n    name: S\n    steps:\n      - id: a\n        name: A\n${body}`;

/** Texts where two YAML readers may part: each must read the same through both paths. */
export const TRICKY_TEXTS: Record<string, string> = {
  'numbers yaml reads as strings': journey('        metrics: { csat: 1_000, volume: 0b101 }\n'),
  'numbers in every core form': journey(
    '        metrics: { a: 0o17, b: 0x1F, c: +12, d: -0, e: .5, f: 1e3, g: .inf, h: -.Inf, i: .nan, j: 007, k: 1.50, l: 12345678901234567890 }\n',
  ),
  'booleans and nulls of YAML 1.1': journey(
    '        description: yes\n        metrics: { a: on, b: True, c: ~, d: Null, e: NULL, f: nULL, g: FALSE }\n',
  ),
  'a date-like value': journey('        description: 2026-01-01\n'),
  'block scalars': journey(
    '        description: |\n          line one\n\n          line two\n        thoughts:\n          - >-\n            folded\n            text\n          - |+\n            kept\n\n',
  ),
  'indentation indicator': journey('        description: |2\n            indented more\n          base\n'),
  'multi-line plain scalar': journey('        description: a long\n          plain value\n\n          with a break\n'),
  'quoted scalars with escapes': journey(
    '        description: "\\x41\\u00e9\\ttab\\n"\n        thoughts: [\'it\'\'s\', "a # not a comment"]\n',
  ),
  'comments everywhere': journey('        # a comment\n        description: value #comment\n        thoughts: [a#b] # after\n'),
  'an empty value': journey('        description:\n'),
  'a null key': journey('        metrics: { ~: 1 }\n'),
  'a key spelled null': journey('        metrics:\n          null: 1\n'),
  'duplicate keys': journey('        name: B\n'),
  'a value that is a map on one line': journey('        name: a: b\n'),
  'a reserved first character': journey('        name: @x\n'),
  'a flow list over two lines': journey('        thoughts: [a,\n b]\n'),
  'a quoted scalar over two lines': journey('        description: "abc\n  def"\n'),
  'a document marker': `---\n${journey('')}`,
  'two documents': `${journey('')}---\nid: k\n`,
  'an anchor and an alias': journey('        thoughts: [&x a, *x]\n'),
  'an alias used as markdown emphasis': journey('        description: texte *important* ici\n'),
  'a tag': journey('        description: !!str 12\n'),
  'an explicit key': journey('        ? description\n        : x\n'),
  'a carriage return': journey('        description: x\r\n'),
  'a tab': journey('        description:\tx\n'),
  'no final newline': journey('        description: x'),
  'only comments': '# nothing here\n',
  'a list at the top': '- a\n- b\n',
  'unicode and emoji': journey('        description: "Délai ☕ 🚚"\n        thoughts: [Ça marche ?, « guillemets »]\n'),
  'a French exclamation': journey("        description: Attention !\n        thoughts: [C'est bon !]\n"),
  'sequences at the key indentation':
    'id: j\ntitle: T\nstages:\n- id: s\n  name: S\n  steps:\n  - id: a\n    name: A\n    touchpoints:\n    - web\n',
  'deeper sequence indentation':
    'id: j\ntitle: T\nstages:\n    -   id: s\n        name: S\n        steps:\n            -   id: a\n                name: A\n                bogus: 1\n',
  'a very long line': journey(`        description: ${'x'.repeat(1100)}\n`),
  'a long key': journey(`        ${'k'.repeat(1100)}: x\n`),
  'trailing spaces and blank lines at the end': journey('        description: x   \n\n\n'),
  'a key with a colon inside': journey('        description: a:b\n        name2: "k: v"\n'),
  'markdown in a block scalar': journey(
    '        description: |\n          - **gras** et [lien](https://example.com/a)\n          * puce, & et ! en tête\n          [crochet\n        thoughts: [a]\n',
  ),
  'an alias right after a block scalar': journey('        description: >\n          [text\n        name2: *x\n'),
  'a block scalar in a list item': journey('        thoughts:\n          - |\n            [texte\n          - *x\n'),
  'unknown fields to locate': journey('        bogus: 1\n        metrics: { csat: high }\n'),
};
