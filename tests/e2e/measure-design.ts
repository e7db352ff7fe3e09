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
      return [...chart.querySelectorAll('.ax .tick[data-v]')].map((label) => {
        const value = label.getAttribute('data-v')!;
        const line = svg.querySelector(`.ticks line[data-v="${value}"]`);
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

/** How many curves the page shows, and how many of their labels and lines. */
export function visibleCharts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('.chart')].filter((chart) => chart.getBoundingClientRect().height > 0).length);
}
