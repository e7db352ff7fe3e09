import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumEnv, findChromium, locateChromium } from './find-chromium.ts';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../node_modules/@sparticuz/chromium/package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const existing =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('locateChromium', () => {
  it('takes PARCOURS_CHROMIUM when set, and nothing else even when it is missing', () => {
    const exists = existing('/opt/chrome', '/usr/bin/chromium');
    expect(locateChromium({ PARCOURS_CHROMIUM: '/opt/chrome' }, { platform: 'linux', exists })).toEqual({
      found: true,
      path: '/opt/chrome',
      source: 'PARCOURS_CHROMIUM',
    });
    expect(locateChromium({ PARCOURS_CHROMIUM: '/nowhere/chromium' }, { platform: 'linux', exists })).toEqual({
      found: false,
      reason: 'no Chromium at /nowhere/chromium (set PARCOURS_CHROMIUM)',
    });
  });

  it('prefers a system Chromium or Chrome to the packaged one, at the usual paths of the system', () => {
    const chromeAndShim = existing('/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable');
    expect(locateChromium({}, { platform: 'linux', arch: 'x64', exists: chromeAndShim })).toEqual({
      found: true,
      path: '/usr/bin/google-chrome-stable',
      source: 'system',
    });
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(locateChromium({}, { platform: 'darwin', arch: 'arm64', exists: existing(mac) })).toMatchObject({ path: mac, source: 'system' });
  });

  it('falls back to the packaged Chromium on Linux x64, unpacked in a folder of its version and user', () => {
    const location = locateChromium({}, { platform: 'linux', arch: 'x64', exists: existing() });
    expect(location).toMatchObject({ found: true, source: 'packaged' });
    const folder = join(tmpdir(), `parcours-chromium-${packageVersion}-${process.getuid?.() ?? 0}`);
    expect(location.found && location.path).toBe(join(folder, 'chromium'));
  });

  it('says what to do where the packaged Chromium cannot run (it is built for Linux x64 only)', () => {
    expect(locateChromium({}, { platform: 'linux', arch: 'arm64', exists: existing() })).toEqual({
      found: false,
      reason:
        'no Chromium or Chrome found (looked at /usr/bin/chromium, /usr/bin/google-chrome-stable, /usr/bin/google-chrome, /usr/bin/chromium-browser; set PARCOURS_CHROMIUM)',
    });
    expect(locateChromium({}, { platform: 'win32', arch: 'x64', exists: existing() })).toMatchObject({ found: false });
  });
});

describe('findChromium', () => {
  it('fails with what to do, not a stack of internals, when the chosen browser is missing', async () => {
    await expect(findChromium({ PARCOURS_CHROMIUM: '/nowhere/chromium' })).rejects.toThrow(
      'Parcours needs Chromium or Chrome: no Chromium at /nowhere/chromium (set PARCOURS_CHROMIUM).',
    );
  });
});

describe('chromiumEnv', () => {
  it("leaves a browser of the machine's own with the machine's fonts", () => {
    expect(chromiumEnv('/usr/bin/chromium')).toEqual({});
    expect(chromiumEnv('/opt/chrome')).toEqual({});
  });
});
