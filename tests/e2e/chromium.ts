// The browser of the end-to-end tests is the one the build uses (src/publish/find-chromium.ts):
// PARCOURS_CHROMIUM, else a system Chromium or Chrome, else the packaged one, so that
// `npm install` then `npm test` pass on a machine with none installed.
export { CHROMIUM_ARGS, chromiumEnv, findChromium } from '../../src/publish/find-chromium.ts';
