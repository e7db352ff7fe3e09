import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores on CI: more workers only fight over them.
    maxWorkers: 2,
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    testTimeout: 30_000,
    // Fixtures that script a Git history or build a site take seconds, and many more when other
    // work shares the two cores: a hook that times out leaves its whole file unrun.
    hookTimeout: 60_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/package/installed-package.test.ts'],
        },
      },
      {
        // The package as a team installs it: npm pack, npm install of the tarball in an empty
        // folder, then npx parcours there. Minutes, mostly the install.
        test: {
          name: 'package',
          include: ['tests/package/installed-package.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 1_200_000,
        },
      },
      {
        // Real Chromium against built sites: the global setup builds each site once and serves
        // it, and runs only when an end-to-end file is selected (`npx vitest run --project unit`
        // skips it).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
