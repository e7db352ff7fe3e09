import { describe, expect, it } from 'vitest';
import { engineMemoryLimit } from './engine-memory.ts';

describe("DuckDB's share of the analysis's memory", () => {
  it('is a share of the configured limit, in whole megabytes, whatever unit the config uses', () => {
    expect(engineMemoryLimit('4GB')).toBe('2200MB');
    expect(engineMemoryLimit('512MB')).toBe('281MB');
    expect(engineMemoryLimit('1.5 GiB')).toBe('885MB');
    expect(engineMemoryLimit('10KB')).toBe('1MB');
  });
});
