// Measures, in the page, what the design tests check: where each axis label sits against its line,
// what overflows sideways, and which visible text carries emoji. Each function runs in the browser
// (page.evaluate) and returns plain data, so that a failure names what it found.
import type { Page } from 'playwright-core';

export interface LabelOffset {
  chart: number;
  value: string;
  /** Vertical distance, in CSS px, between the label's centre and its value's line. */
  offset: number;
}

/** Every axis label of every visible curve, with its distance to the line of its value. */
export function labelOffsets(page: Page): Promise<LabelOffset[]> {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return [...document.querySelectorAll('.chart')].flatMap((chart, index) => {
      const svg = [...chart.querySelectorAll('svg.curve')].find(visible);
      if (!svg) return [];
      return [...chart.querySelectorAll('.ax .tick[data-value]')].map((label) => {
        const value = label.getAttribute('data-value')!;
        const line = svg.querySelector(`.ticks line[data-value="${value}"]`);
        const labelBox = label.getBoundingClientRect();
        const lineBox = line?.getBoundingClientRect();
        const offset = lineBox
          ? Math.abs(labelBox.top + labelBox.height / 2 - (lineBox.top + lineBox.height / 2))
          : Number.POSITIVE_INFINITY;
        return { chart: index, value, offset: Math.round(offset * 100) / 100 };
      });
    });
  });
}

/** The axis labels of each visible curve that overlap the next one up (their text boxes intersect). */
export function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.chart')].flatMap((chart, index) => {
      const labels = [...chart.querySelectorAll('.ax .tick[data-value]')]
        .map((label) => ({ value: label.getAttribute('data-value')!, box: label.getBoundingClientRect() }))
        .filter((label) => label.box.height > 0)
        .sort((a, b) => a.box.top - b.box.top);
      return labels
        .slice(1)
        .flatMap((label, at) =>
          labels[at]!.box.bottom > label.box.top + 0.5 ? [`curve ${index}: label ${labels[at]!.value} overlaps label ${label.value}`] : [],
        );
    }),
  );
}

/** How many curves the page shows, and how many of their labels and lines. */
export function visibleCharts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.chart')].filter((chart) => chart.getBoundingClientRect().height > 0).length);
}

/**
 * What is wrong with the layout as a reader sees it: the page scrolls sideways, a text escapes
 * its cell, a word is split across two lines other than at a hyphen (a soft hyphen the build put
 * there, render/hyphenate.ts, shows as one), a figure is split. Only a run that is not a word (an
 * address, an identifier) longer than its whole column may break elsewhere.
 */
export function layoutDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const defects: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) defects.push(`the page scrolls ${root.scrollWidth - root.clientWidth} px sideways`);
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${element.className || ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const shown = (element: Element) => element.getClientRects().length > 0;
    for (const cell of document.querySelectorAll('.step > *, .sh, th, td, .card, dd, .chips li')) {
      if (!shown(cell) || getComputedStyle(cell).overflowX !== 'visible') continue;
      if (cell.scrollWidth > cell.clientWidth + 1)
        defects.push(`${describe(cell)} overflows its cell by ${cell.scrollWidth - cell.clientWidth} px`);
    }
    // A break point of the build (render/hyphenate.ts) where the line breaks must show its hyphen,
    // which gives the point's box a width.
    for (const point of document.querySelectorAll('.shy')) {
      const next = point.nextSibling;
      if (!next || !shown(point)) continue;
      const range = document.createRange();
      range.selectNodeContents(next);
      const after = range.getClientRects()[0];
      const box = point.getBoundingClientRect();
      if (after && after.top > box.top + 2 && box.width < 1)
        defects.push(`a line breaks at a break point without its hyphen (in ${describe(point.parentElement!)})`);
    }
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !shown(parent) || parent.closest('.sr, svg, .since, script, style, pre, code')) continue;
      const text = node.textContent ?? '';
      // A break after a hyphen is a break between words.
      for (const match of text.matchAll(/[^\s\-\u00ad\u2010]{4,}/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (new Set(rects.map((rect) => Math.round(rect.top))).size < 2) continue;
        let block: Element | null = parent;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        const style = block ? getComputedStyle(block) : undefined;
        const room = block && style ? block.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) : 0;
        const width = rects.reduce((sum, rect) => sum + rect.width, 0);
        if (width <= room)
          defects.push(`"${match[0]}" is split across lines though it fits its ${Math.round(room)} px (in ${describe(block!)})`);
        else if (/^[\p{L}\p{M}]+$/u.test(match[0]))
          defects.push(`"${match[0]}" is split across lines without a hyphen (in ${describe(block!)})`);
      }
    }
    return defects;
  });
}
