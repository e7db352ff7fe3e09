/**
 * The day the "review due" flag compares against: PARCOURS_TODAY (YYYY-MM-DD) when set, so two
 * builds of the same content are identical, else the current date.
 */
export function siteToday(): string {
  const fixed = process.env.PARCOURS_TODAY;
  if (fixed !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return new Date().toISOString().slice(0, 10);
}
