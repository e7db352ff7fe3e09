// An Astro logger destination (Astro's `logger.entrypoint`) for `parcours build`. Astro logs
// an error with its stack before throwing it; Parcours reports the thrown error itself as one
// clear message, so errors are left out here and everything else goes to stderr.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

export default function astroLog(): AstroLoggerDestination {
  return {
    write(event: AstroLoggerMessage) {
      if (event.level === 'error') return;
      const label = event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ` : '';
      process.stderr.write(`${event.level === 'warn' ? 'warning: ' : ''}${label}${event.message}${event.newLine ? '\n' : ''}`);
    },
  };
}
