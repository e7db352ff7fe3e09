import { existsSync } from 'node:fs';

/** Debian's Chromium, installed by .ci/run; PARCOURS_CHROMIUM points elsewhere on other machines. */
export const CHROMIUM = process.env.PARCOURS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Fails the run with what to do when the browser is missing: end-to-end tests never skip. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM}, and it is not there. Install Debian's chromium ` +
        '(apt-get install chromium, as .ci/run does) or set PARCOURS_CHROMIUM to a Chromium binary.',
    );
  }
}
