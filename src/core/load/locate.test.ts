import { describe, expect, it } from 'vitest';
import { fromPointer, locate, toPointer } from './locate.ts';
import { parseSource } from './parse-source.ts';

const text = `id: achat
stages:
  - id: a
    steps:
      - id: paie
        emotion: { lea: 2 }
base: &shared { name: X }
copy: *shared
"a/b~c": 1
`;
const file = parseSource({ path: 'journeys/achat.yaml', kind: 'journey', text });

describe('locate', () => {
  it('escapes and reads back pointer segments', () => {
    expect(toPointer(['a/b~c', 0])).toBe('/a~1b~0c/0');
    expect(fromPointer('/a~1b~0c/0')).toEqual(['a/b~c', '0']);
    expect(locate(file, '/a~1b~0c')).toMatchObject({ line: 9, column: 10 });
  });

  it('finds nested values and keys', () => {
    expect(locate(file, '/stages/0/steps/0/emotion/lea')).toMatchObject({ line: 6, column: 25, endLine: 6, endColumn: 26 });
    expect(locate(file, '/stages/0/steps/0/emotion/lea', 'key')).toMatchObject({ line: 6, column: 20 });
  });

  it('goes through aliases', () => {
    expect(locate(file, '/copy/name')).toMatchObject({ line: 7, column: 23 });
  });

  it('falls back to the deepest node that exists', () => {
    expect(locate(file, '/stages/0/name')).toMatchObject({ line: 3, column: 5 });
    expect(locate(file, '/nowhere/deep')).toMatchObject({ line: 1, column: 1 });
  });
});
