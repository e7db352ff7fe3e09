// An Astro logger destination (Astro's `logger.entrypoint`) for `parcours build`. Astro logs
// an error with its stack before throwing it; Parcours reports the thrown error itself as one
// clear message, so errors are left out here, and warnings go to stderr (info too when asked).
// Astro logs each page it writes ("├─ /path/index.html"), without ending the line: for a page taken
// from its build cache, "(cached)" or "(restored)" comes at once after it; for a page it renders,
// its time comes once rendered, maybe after other pages' lines (it renders several at a time).
// These lines are counted for the build's progress.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import { currentBuildProgress } from './build-progress.ts';

const PAGE = /├─.*\.html\b/;
const REUSED = /\((?:cached|restored)\)/;

export default function astroLog(config?: { print?: 'warn' | 'info' }): AstroLoggerDestination {
  const print = config?.print ?? 'warn';
  // A page line whose outcome has not come yet: when the next message is not "(cached)", it was rendered.
  let pending = false;
  return {
    write(event: AstroLoggerMessage) {
      if (event.level === 'error') return;
      const progress = currentBuildProgress();
      if (progress && event.level === 'info') {
        const reused = pending && REUSED.test(event.message);
        if (pending) progress.step('render', reused ? 'reused' : undefined);
        pending = !reused && PAGE.test(event.message);
      }
      if (event.level === 'info' && print !== 'info') return;
      const label = event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ` : '';
      process.stderr.write(`${event.level === 'warn' ? 'warning: ' : ''}${label}${event.message}${event.newLine ? '\n' : ''}`);
    },
  };
}
