import { describe, expect, it } from 'vitest';
import type { Level } from '../core/index.ts';
import { markPath, matrixLayout, type MatrixItem } from './opportunity-matrix.ts';

interface Item extends MatrixItem {
  id: number;
}

let next = 0;
const item = (impact: Level | undefined, effort: Level | undefined, flags: Partial<MatrixItem> = {}): Item => ({
  id: next++,
  impact,
  effort,
  onMomentOfTruth: false,
  onPainPoint: false,
  ...flags,
});
const many = (count: number, impact: Level, effort: Level) => Array.from({ length: count }, () => item(impact, effort));

/** Farthest point of a d3 symbol path from its centre. */
function extent(path: string): number {
  const numbers = (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  let farthest = 0;
  // Arcs (the circle) carry radius and flags between points; their radius bounds them anyway.
  for (let index = 0; index + 1 < numbers.length; index += 2)
    farthest = Math.max(farthest, Math.hypot(numbers[index]!, numbers[index + 1]!), Math.abs(numbers[index]!));
  return farthest;
}

describe('matrixLayout', () => {
  it('makes a cell per impact and effort level, high impact on top and low effort on the left', () => {
    const layout = matrixLayout([]);
    expect(layout.cells.map((cell) => `${cell.impact}/${cell.effort}`)).toEqual([
      'high/low',
      'high/medium',
      'high/high',
      'medium/low',
      'medium/medium',
      'medium/high',
      'low/low',
      'low/medium',
      'low/high',
    ]);
    const quickWin = layout.cells[0]!;
    const bigBet = layout.cells.find((cell) => cell.impact === 'high' && cell.effort === 'high')!;
    const moneyPit = layout.cells.find((cell) => cell.impact === 'low' && cell.effort === 'high')!;
    expect(quickWin.x).toBeLessThan(bigBet.x);
    expect(quickWin.y).toBe(bigBet.y);
    expect(bigBet.y).toBeLessThan(moneyPit.y);
    for (const cell of layout.cells) {
      expect(cell.x + cell.width).toBeLessThanOrEqual(layout.width);
      expect(cell.y + cell.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('puts each rated opportunity in its cell, and keeps unrated ones apart', () => {
    const items = [item('high', 'low'), item('low', 'high'), item(undefined, 'low'), item('medium', undefined), item('high', 'low')];
    const layout = matrixLayout(items);
    const cell = (impact: Level, effort: Level) =>
      layout.cells.find((candidate) => candidate.impact === impact && candidate.effort === effort)!;
    expect(cell('high', 'low').items.map((entry) => entry.id)).toEqual([items[0]!.id, items[4]!.id]);
    expect(cell('low', 'high').items).toEqual([items[1]]);
    expect(layout.unrated).toEqual([items[2], items[3]]);
    expect(layout.cells.reduce((sum, candidate) => sum + candidate.items.length, 0)).toBe(3);
  });

  it('draws every mark inside its cell, below the count, and no two marks of a cell overlap', () => {
    const pitch = 16;
    const layout = matrixLayout(
      [...many(40, 'high', 'low'), ...many(7, 'medium', 'medium'), item('low', 'high', { onMomentOfTruth: true })],
      { pitch },
    );
    const radius = Math.max(...(['star', 'triangle', 'circle'] as const).map((shape) => extent(markPath(shape))));
    expect(radius).toBeLessThan(pitch / 2);
    for (const cell of layout.cells) {
      for (const mark of cell.marks) {
        expect(mark.x - radius).toBeGreaterThanOrEqual(cell.x);
        expect(mark.x + radius).toBeLessThanOrEqual(cell.x + cell.width);
        expect(mark.y - radius).toBeGreaterThanOrEqual(cell.y + layout.countY);
        expect(mark.y + radius).toBeLessThanOrEqual(cell.y + cell.height);
      }
      for (const [index, mark] of cell.marks.entries()) {
        for (const other of cell.marks.slice(index + 1))
          expect(Math.hypot(mark.x - other.x, mark.y - other.y)).toBeGreaterThanOrEqual(2 * radius);
      }
    }
  });

  it('draws as many marks as fit, moments of truth first, and counts the others', () => {
    const items = [...many(300, 'high', 'low'), item('high', 'low', { onPainPoint: true }), item('high', 'low', { onMomentOfTruth: true })];
    const cell = matrixLayout(items).cells[0]!;
    expect(cell.items).toHaveLength(302);
    expect(cell.marks.length).toBeGreaterThan(0);
    expect(cell.marks.length + cell.hidden).toBe(302);
    expect(cell.marks.slice(0, 2).map((mark) => mark.shape)).toEqual(['star', 'triangle']);
    expect(cell.marks.slice(2).every((mark) => mark.shape === 'circle')).toBe(true);
    const capped = matrixLayout(items, { maxMarks: 10 }).cells[0]!;
    expect([capped.marks.length, capped.hidden]).toEqual([10, 292]);
  });

  it('gives each mark the shape of its step: star on a moment of truth, triangle on a pain point', () => {
    const layout = matrixLayout([
      item('low', 'low', { onMomentOfTruth: true, onPainPoint: true }),
      item('low', 'low', { onPainPoint: true }),
      item('low', 'low'),
    ]);
    expect(layout.cells.find((cell) => cell.impact === 'low' && cell.effort === 'low')!.marks.map((mark) => mark.shape)).toEqual([
      'star',
      'triangle',
      'circle',
    ]);
    expect(new Set([markPath('star'), markPath('triangle'), markPath('circle')]).size).toBe(3);
  });

  it('places the axis labels beside their rows and under their columns', () => {
    const layout = matrixLayout([]);
    expect(layout.rowLabels.map((label) => label.level)).toEqual(['high', 'medium', 'low']);
    expect(layout.columnLabels.map((label) => label.level)).toEqual(['low', 'medium', 'high']);
    for (const label of layout.columnLabels) expect(label.y).toBeGreaterThan(Math.max(...layout.cells.map((cell) => cell.y + cell.height)));
    for (const label of layout.rowLabels) expect(label.x).toBeLessThan(Math.min(...layout.cells.map((cell) => cell.x)));
  });

  it('stands the marks of a cell of few items in one column, with room for their names, and keeps a full cell on its lattice', () => {
    const layout = matrixLayout([...many(3, 'high', 'low'), ...many(4, 'low', 'high')], { pitch: 28, cellHeight: 150, labelUpTo: 3 });
    const cell = (impact: Level, effort: Level) => layout.cells.find((entry) => entry.impact === impact && entry.effort === effort)!;
    const few = cell('high', 'low');
    expect(few.labelled).toBe(true);
    expect(new Set(few.marks.map((mark) => mark.x)).size).toBe(1);
    expect(few.marks.map((mark) => mark.y)).toEqual([few.marks[0]!.y, few.marks[0]!.y + 28, few.marks[0]!.y + 56]);
    const more = cell('low', 'high');
    expect(more.labelled).toBe(false);
    expect(new Set(more.marks.map((mark) => mark.y)).size).toBe(1);
    // Without labelUpTo nothing is labelled, as before.
    expect(matrixLayout(many(2, 'high', 'low')).cells.some((entry) => entry.labelled)).toBe(false);
  });
});
