import { describe, expect, it } from 'vitest';
import { checkSchemaLines, readSchemaLine, schemaLineResolves, withSchemaLine } from './schema-line.ts';

const exists = (path: string) => path === '/repo/node_modules/parcours/schema/journey.schema.json';

describe('schema lines', () => {
  it('are read among the comments that open a file, with the column of their target', () => {
    expect(readSchemaLine('# Titre\n# yaml-language-server: $schema=../x.json\nid: a\n')).toEqual({
      target: '../x.json',
      line: 2,
      column: 33,
    });
    expect(readSchemaLine('id: a\n# yaml-language-server: $schema=../x.json\n')).toBeUndefined();
    expect(readSchemaLine('\ufeff\r\n# Titre\r\n\r\n# yaml-language-server: $schema=../x.json\r\nid: a\r\n')).toEqual({
      target: '../x.json',
      line: 4,
      column: 33,
    });
    expect(readSchemaLine('# yaml-language-server: $schema=../x.json')).toEqual({ target: '../x.json', line: 1, column: 33 });
    expect(readSchemaLine('# only a comment')).toBeUndefined();
    expect(readSchemaLine('')).toBeUndefined();
  });

  it('are added on top or rewritten in place, keeping every other line', () => {
    expect(withSchemaLine('id: a\n', '../s.json')).toBe('# yaml-language-server: $schema=../s.json\nid: a\n');
    expect(
      withSchemaLine('# yaml-language-server: $schema=https://parcours.dev/schema/journey.schema.json\n# note\nid: a\n', '../s.json'),
    ).toBe('# yaml-language-server: $schema=../s.json\n# note\nid: a\n');
  });

  it('resolve when a relative path names a file; the old parcours.dev address never does', () => {
    expect(schemaLineResolves('../node_modules/parcours/schema/journey.schema.json', '/repo/journeys/a.yaml', exists)).toBe(true);
    expect(schemaLineResolves('../schema/journey.schema.json', '/repo/journeys/a.yaml', exists)).toBe(false);
    expect(schemaLineResolves('https://parcours.dev/schema/journey.schema.json', '/repo/journeys/a.yaml', exists)).toBe(false);
    expect(schemaLineResolves('https://json.schemastore.org/x.json', '/repo/journeys/a.yaml', exists)).toBe(true);
  });

  it('that point nowhere are warned about at their target, with a fix', () => {
    const problems = checkSchemaLines(
      '/repo',
      [
        {
          path: 'journeys/a.yaml',
          kind: 'journey',
          text: '# yaml-language-server: $schema=../node_modules/parcours/schema/journey.schema.json\nid: a\n',
        },
        {
          path: 'journeys/b.yaml',
          kind: 'journey',
          text: '# yaml-language-server: $schema=https://parcours.dev/schema/journey.schema.json\nid: b\n',
        },
        { path: 'journeys/c.yaml', kind: 'journey', text: 'id: c\n' },
      ],
      exists,
    );
    expect(problems.map((problem) => [problem.file, problem.code, problem.severity, problem.line, problem.column])).toEqual([
      ['journeys/b.yaml', 'schema-line-unresolved', 'warning', 1, 33],
    ]);
    expect(problems[0]!.hint).toContain('parcours fmt');
  });
});
