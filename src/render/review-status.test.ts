import { describe, expect, it } from 'vitest';
import { reviewStatus } from './review-status.ts';

describe('reviewStatus', () => {
  it('is stale only past the configured age', () => {
    expect(reviewStatus('2026-01-01', 180, '2026-06-30')).toEqual({ ageDays: 180, stale: false });
    expect(reviewStatus('2026-01-01', 180, '2026-07-01')).toEqual({ ageDays: 181, stale: true });
  });
});
