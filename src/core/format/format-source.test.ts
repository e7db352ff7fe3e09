import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SourceKind } from '../load/read-content.ts';
import { formatSource } from './format-source.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const format = (text: string, kind: SourceKind = 'journey') => formatSource({ path: 'journeys/x.yaml', kind, text });

describe('formatSource', () => {
  it('puts keys in the schema order at every level, keeping comments and the header with the schema line', () => {
    const text = [
      '# yaml-language-server: $schema=../schema/journey.schema.json',
      '# Owned by the e-commerce team',
      'title: Commander # shown on the site',
      'stages:',
      '  - steps:',
      '      # the only step',
      '      - emotion: { b: 1, a: -1 }',
      '        touchpoints: [web, {owned: false, channel: social}]',
      '        metrics: { volume: 10, csat: 80 }',
      '        name: Paie',
      '        id: payer',
      '    name: Achat',
      '    id: achat',
      '# who to ask',
      'owner: Équipe',
      'id: x',
      '',
    ].join('\n');
    const result = format(text);
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(
      [
        '# yaml-language-server: $schema=../schema/journey.schema.json',
        '# Owned by the e-commerce team',
        'id: x',
        'title: Commander # shown on the site',
        '# who to ask',
        'owner: Équipe',
        'stages:',
        '  - id: achat',
        '    name: Achat',
        '    steps:',
        '      # the only step',
        '      - id: payer',
        '        name: Paie',
        '        touchpoints: [web, { channel: social, owned: false }]',
        '        emotion: { b: 1, a: -1 }',
        '        metrics: { csat: 80, volume: 10 }',
        '',
      ].join('\n'),
    );
    expect(parse(result.text!)).toEqual(parse(text));
  });

  it('keeps keys the schema does not know, after the known ones, in their order', () => {
    expect(format('zz: 1\nname: N\naa: 2\nid: p\n', 'persona').text).toBe('id: p\nname: N\nzz: 1\naa: 2\n');
  });

  it('is idempotent and keeps the data of every example file', async () => {
    for (const [dir, kind] of [
      ['journeys', 'journey'],
      ['personas', 'persona'],
    ] as const) {
      for (const name of await readdir(`${root}${dir}`)) {
        const text = await readFile(`${root}${dir}/${name}`, 'utf8');
        const once = format(text, kind).text!;
        expect(format(once, kind).text, name).toBe(once);
        expect(parse(once), name).toEqual(parse(text));
        expect(once.match(/#/g)?.length ?? 0, name).toBe(text.match(/#/g)?.length ?? 0);
      }
    }
  });

  it('leaves a file with a YAML error unformatted and says where', () => {
    const result = format('id: x\ntitle: [oops\nstages: []\n');
    expect(result.text).toBeUndefined();
    expect(result.problems.map((problem) => [problem.code, problem.line, problem.column])).toEqual([['yaml-syntax', 3, 1]]);
  });
});
