import { cellKey, MARK_SYMBOLS, type Mark, type Marks } from './map-marks.ts';

/**
 * Puts `marks` on a map already in the page (MapGrid's HTML, whose step columns carry `data-step`
 * and whose cells carry `data-lane`), after taking off the marks it had: what StepColumn draws at
 * build time, done in the browser for a comparison the reader chose. Each mark is a symbol and a
 * word (`words`, the site's `t.marks`), never colour alone.
 */
export function applyMarks(map: Element, marks: Marks, words: Readonly<Record<Mark, string>>): void {
  const document = map.ownerDocument;
  for (const badge of map.querySelectorAll('.mark')) badge.remove();
  for (const element of map.querySelectorAll('.m-added, .m-removed, .m-changed'))
    element.classList.remove('m-added', 'm-removed', 'm-changed');
  const badge = (mark: Mark) => {
    const span = document.createElement('span');
    span.className = `mark ${mark}`;
    const symbol = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = MARK_SYMBOLS[mark];
    span.append(symbol, ` ${words[mark]}`);
    return span;
  };
  for (const column of map.querySelectorAll<HTMLElement>('[data-step]')) {
    const step = column.dataset.step!;
    const whole = marks[step];
    if (whole) column.classList.add(`m-${whole}`);
    const header = whole ?? marks[cellKey(step, 'step')];
    if (header) column.querySelector('h4')?.append(badge(header));
    for (const cell of column.querySelectorAll<HTMLElement>('[data-lane]')) {
      const mark = marks[cellKey(step, cell.dataset.lane as Parameters<typeof cellKey>[1])];
      if (!mark) continue;
      cell.classList.add(`m-${mark}`);
      cell.prepend(badge(mark));
    }
  }
}
