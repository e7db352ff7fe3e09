const BULLET = /^[-*•·–]\s+/;

/**
 * Splits a spreadsheet cell into list items: one a line when the cell has several lines, else
 * on `;` (what people type in a one-line cell). Bullets ("- ", "• ") are dropped when every item
 * has one, so a bulleted cell reads as the list it shows. Blank items are dropped.
 */
export function splitList(cell: string): string[] {
  const items = (/[\r\n]/.test(cell) ? cell.split(/\r\n|\r|\n/) : cell.split(';')).map((item) => item.trim()).filter((item) => item !== '');
  return items.length > 1 && items.every((item) => BULLET.test(item)) ? items.map((item) => item.replace(BULLET, '')) : items;
}
