import { describe, expect, it } from 'vitest';
import type { Change } from '../core/diff/change.ts';
import { warningsFirst } from './warnings-first.ts';

const change = (step: string, level: Change['level']): Change => ({ kind: 'step-changed', level, message: '', step, location: {} });

describe('warningsFirst', () => {
  it('puts warnings first and keeps the order within each level', () => {
    const changes = [change('a', 'info'), change('b', 'warn'), change('c', 'info'), change('d', 'warn')];
    expect(warningsFirst(changes).map((item) => item.step)).toEqual(['b', 'd', 'a', 'c']);
  });
});
