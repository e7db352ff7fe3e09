import { describe, expect, it } from 'vitest';
import { applyPlain, valueAt } from './plain-change.ts';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') for (const item of Object.values(value)) deepFreeze(item);
  return Object.freeze(value);
};

const journey = () =>
  deepFreeze({
    id: 'j',
    stages: [
      { id: 'a', steps: [{ id: 's1', emotion: { p: 1 } }, { id: 's2' }] },
      { id: 'b', steps: [{ id: 's3' }] },
    ],
  });

describe('applyPlain', () => {
  it('applies each op without changing the data it was given', () => {
    const data = journey();
    expect(
      valueAt(applyPlain(data, { op: 'set', path: ['stages', { id: 'a' }, 'steps', { id: 's1' }, 'emotion', 'p'], value: -1 }), [
        'stages',
        0,
        'steps',
        0,
        'emotion',
      ]),
    ).toEqual({ p: -1 });
    expect(valueAt(applyPlain(data, { op: 'delete', path: ['stages', 0, 'steps', { id: 's2' }] }), ['stages', 0, 'steps'])).toEqual([
      { id: 's1', emotion: { p: 1 } },
    ]);
    expect(
      valueAt(applyPlain(data, { op: 'insert', path: ['stages', 1, 'steps'], index: 0, value: { id: 'n' } }), ['stages', 1, 'steps']),
    ).toEqual([{ id: 'n' }, { id: 's3' }]);
    expect(
      valueAt(applyPlain(data, { op: 'insert', path: ['stages', 1, 'painPoints'], index: 0, value: 'x' }), ['stages', 1, 'painPoints']),
    ).toEqual(['x']);
    const moved = applyPlain(data, {
      op: 'move',
      path: ['stages', 0, 'steps', { id: 's1' }],
      to: ['stages', { id: 'b' }, 'steps'],
      index: 1,
    });
    expect(valueAt(moved, ['stages', 0, 'steps'])).toEqual([{ id: 's2' }]);
    expect(valueAt(moved, ['stages', 1, 'steps'])).toEqual([{ id: 's3' }, { id: 's1', emotion: { p: 1 } }]);
    const within = applyPlain(data, { op: 'move', path: ['stages', 0, 'steps', 0], to: ['stages', 0, 'steps'], index: 1 });
    expect(valueAt(within, ['stages', 0, 'steps'])).toEqual([{ id: 's2' }, { id: 's1', emotion: { p: 1 } }]);
    expect(data).toEqual(journey());
  });
});
