import { fileURLToPath } from 'node:url';

/**
 * The content root the site is built from: PARCOURS_ROOT (an absolute path), else the repository
 * root, which holds the examples. astro.config.mjs passes the repository root down as
 * PARCOURS_REPO_ROOT because, once bundled, this module no longer sits in src/site.
 */
export function contentRoot(): string {
  return process.env.PARCOURS_ROOT || repoRoot();
}

/** The repository holding this code (and the example content). */
export function repoRoot(): string {
  return process.env.PARCOURS_REPO_ROOT || fileURLToPath(new URL('../../', import.meta.url));
}

/**
 * The day the "review due" flag compares against: PARCOURS_TODAY (YYYY-MM-DD) when set, so two
 * builds of the same content are identical, else the current date.
 */
export function siteToday(): string {
  const fixed = process.env.PARCOURS_TODAY;
  if (fixed !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}
