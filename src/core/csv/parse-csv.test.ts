import { describe, expect, it } from 'vitest';
import { formatCsv } from './format-csv.ts';
import { detectDelimiter, parseCsv } from './parse-csv.ts';

const values = (text: string) => parseCsv(text).rows.map((row) => row.cells.map((cell) => cell.value));

describe('parseCsv', () => {
  it('reads back what formatCsv writes', () => {
    const rows = [
      ['a', 'b"c', 'x,y'],
      ['deux\nlignes', '', 'fin\r\nCRLF'],
      ['é', ' espace ', ''],
    ];
    expect(values(formatCsv(rows))).toEqual(rows);
  });

  it('gives each cell its line and column, after multi-line cells too', () => {
    const { rows } = parseCsv('a,b\n"x\ny",z\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2]);
    expect(rows[1]!.cells[1]).toEqual({ value: 'z', line: 3, column: 4 });
  });

  it('accepts LF, CRLF and CR line ends and drops a byte order mark', () => {
    expect(values('\ufeffa,b\r\n1,2\r3,4\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reports where an unterminated quote opens', () => {
    expect(parseCsv('a,b\n1,"2\n3\n').unterminatedQuote).toEqual({ line: 2, column: 3 });
  });

  it('keeps a row that ends with an empty cell and ignores the final line end', () => {
    expect(values('a,\n')).toEqual([['a', '']]);
    expect(values('')).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  it('finds the semicolon of French Excel files, ignoring quoted text', () => {
    expect(detectDelimiter('"Phase, étape";Canal;Émotion\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('Phase,Canal\n')).toBe(',');
    expect(detectDelimiter('Phase\tCanal\n')).toBe('\t');
    expect(detectDelimiter('Phase\n')).toBe(',');
  });
});
