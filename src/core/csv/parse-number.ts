/**
 * Reads a number as people type it in spreadsheets, in French or English: "3,4" and "3.4",
 * "120 000" (spaces, no-break or narrow no-break spaces between thousands), "1,234.5" and
 * "1.234,5", an optional "%" after it. Returns NaN for anything else ("n/a", "12 min").
 */
export function parseNumber(text: string): number {
  let value = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/%$/, '');
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // The later mark is the decimal one; the other separates thousands.
    value = lastComma > lastDot ? value.replaceAll('.', '').replace(',', '.') : value.replaceAll(',', '');
  } else if (lastComma >= 0) {
    value = /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(value) ? value.replaceAll(',', '') : value.replace(',', '.');
  }
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}
