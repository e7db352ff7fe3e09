import { describe, expect, it } from 'vitest';
import type { Change } from '../core/diff/change.ts';
import { changeMarks } from './change-marks.ts';

const change = (kind: Change['kind'], step: string, field?: string): Change => ({
  kind,
  level: 'info',
  message: '',
  journey: 'j',
  step,
  ...(field ? { field } : {}),
  location: {},
});

describe('changeMarks', () => {
  it('marks added steps whole, renamed or moved steps by their header, and changed cells by lane', () => {
    expect(
      changeMarks([
        change('step-added', 'new'),
        change('step-moved', 'moved'),
        change('touchpoint-removed', 'paie'),
        change('thought-added', 'paie'),
        change('emotion-changed', 'paie'),
        change('step-changed', 'paie', 'attachments'),
        change('moment-of-truth-lost', 'recoit'),
      ]),
    ).toEqual({
      new: 'added',
      'moved:step': 'changed',
      'paie:touchpoints': 'removed',
      'paie:thoughts': 'added',
      'paie:emotion': 'changed',
      'paie:evidence': 'changed',
      'recoit:momentOfTruth': 'removed',
    });
  });

  it('calls a cell changed when things were both added to and removed from it', () => {
    expect(changeMarks([change('touchpoint-removed', 'paie'), change('touchpoint-added', 'paie')])).toEqual({
      'paie:touchpoints': 'changed',
    });
  });

  it('leaves removed steps and journey-level changes off the map', () => {
    expect(
      changeMarks([
        change('step-removed', 'gone'),
        { kind: 'metadata-changed', level: 'info', message: '', journey: 'j', field: 'title', location: {} },
      ]),
    ).toEqual({});
  });
});
