/**
 * Spreadsheets run a cell as a formula when it starts with = + - or @ (and some read a leading
 * tab or carriage return the same way), so text from a journey map could call out to other
 * programs once someone opens the CSV ("CSV injection", OWASP). A leading apostrophe makes
 * Excel, LibreOffice and Google Sheets show the cell as text.
 *
 * The guard must not lose data when Parcours reads its own CSV back, so it is a bijection:
 * a cell that already starts with apostrophes before such a character gets one more, and
 * `unguardFormula` removes exactly one. Plain numbers ("-2", "+3.5") are left alone: they are
 * not formulas, and a quote would turn an emotion of -2 into text in the spreadsheet.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^''*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?$/i;

/** Prefixes a cell that a spreadsheet would run as a formula with an apostrophe. */
export function guardFormula(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `guardFormula`: removes the one apostrophe it adds, and nothing from other cells. */
export function unguardFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
