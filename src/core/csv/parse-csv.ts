/** A cell with where it starts in the file (1-based), for problems that point at it. */
export interface CsvCell {
  value: string;
  line: number;
  column: number;
}

export interface CsvRow {
  /** Line the row starts on. */
  line: number;
  cells: CsvCell[];
}

export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvParseResult {
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  /** Where a quoted field is never closed, the only thing that stops the reading. */
  unterminatedQuote?: { line: number; column: number };
}

/**
 * The delimiter of a CSV file, from its first line outside quotes: Excel in French (and other
 * locales where the comma is the decimal mark) saves with `;`, and some tools export tabs.
 * The most frequent of the three wins; a comma when none appears.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && character in counts) counts[character as CsvDelimiter]++;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

/**
 * Reads CSV per RFC 4180 (quoted fields may hold delimiters, doubled quotes and line breaks),
 * and also what spreadsheets write in practice: LF or CR line ends, a UTF-8 byte order mark,
 * a quote inside an unquoted field taken as text. Each cell keeps its line and column.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let column = 1;
  let index = 0;
  let row: CsvRow = { line, cells: [] };

  const advance = (character: string) => {
    if (character === '\n' || (character === '\r' && source[index + 1] !== '\n')) {
      line++;
      column = 1;
    } else if (character !== '\r') column++;
    index++;
  };

  while (index <= source.length) {
    const cell: CsvCell = { value: '', line, column };
    if (source[index] === '"') {
      const opening = { line, column };
      advance('"');
      let closed = false;
      while (index < source.length) {
        const character = source[index]!;
        if (character === '"' && source[index + 1] === '"') {
          cell.value += '"';
          advance('"');
          advance('"');
        } else if (character === '"') {
          advance('"');
          closed = true;
          break;
        } else {
          cell.value += character;
          advance(character);
        }
      }
      if (!closed) {
        row.cells.push(cell);
        rows.push(row);
        return { rows, delimiter, unterminatedQuote: opening };
      }
    }
    // Unquoted text, or what follows a closing quote up to the delimiter.
    while (index < source.length && source[index] !== delimiter && source[index] !== '\n' && source[index] !== '\r') {
      cell.value += source[index];
      advance(source[index]!);
    }
    row.cells.push(cell);
    const end = source[index];
    if (end === delimiter) {
      advance(end);
      continue;
    }
    if (end === '\r' && source[index + 1] === '\n') advance('\r');
    if (end !== undefined) advance(source[index]!);
    if (!(row.cells.length === 1 && row.cells[0]!.value === '' && end === undefined)) rows.push(row);
    if (end === undefined) break;
    row = { line, cells: [] };
  }
  return { rows, delimiter };
}
