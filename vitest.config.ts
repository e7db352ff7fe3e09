import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Two cores on CI: more workers only fight over them.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
