/**
 * Writes rows as CSV per RFC 4180: CRLF line ends, and a field in double quotes when it holds
 * the delimiter, a quote, CR or LF, with inner quotes doubled. Cells are written as given: apply
 * `guardFormula` first where spreadsheet users will open the file.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => `${row.map((cell) => quoteField(cell, delimiter)).join(delimiter)}\r\n`).join('');
}

function quoteField(cell: string, delimiter: string): string {
  const needsQuotes = cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r');
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}
