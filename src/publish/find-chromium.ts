import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { literal, removeEndedProcessDirs } from './ended-process-dirs.ts';

/**
 * The Chromium or Chrome that draws PDFs and flow diagrams and runs the end-to-end tests, in this
 * order: PARCOURS_CHROMIUM when set (and only it: a path given on purpose is not second-guessed);
 * else a browser installed on the machine; else the headless Chromium shipped in the npm package
 * `@sparticuz/chromium` (Linux x64 only), which a fresh machine or a team's CI gets from
 * `npm install` alone.
 */
export type ChromiumLocation =
  | { found: true; path: string; source: 'PARCOURS_CHROMIUM' | 'system' | 'packaged' }
  | { found: false; reason: string };

/**
 * Where distributions and installers put Chromium and Chrome. Ubuntu's chromium-browser comes last:
 * since 19.10 it is a shim that runs the snap, which containers often lack.
 */
const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
};

/**
 * Arguments for a browser with no display, sandbox or GPU (containers and CI runners have none).
 * Not `--single-process`, which @sparticuz/chromium recommends for AWS Lambda only: one process
 * cannot open the several browser contexts the tests and the PDF drawing use.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Where the browser is, without starting or unpacking anything (the build asks before rendering
 * its pages, so that they link only PDFs that will exist). The packaged Chromium's path is where
 * {@link readyChromium} unpacks it.
 */
export function locateChromium(
  env: NodeJS.ProcessEnv = process.env,
  {
    platform = process.platform,
    arch = process.arch,
    exists = existsSync,
  }: { platform?: NodeJS.Platform; arch?: string; exists?: (path: string) => boolean } = {},
): ChromiumLocation {
  if (env.PARCOURS_CHROMIUM) {
    return exists(env.PARCOURS_CHROMIUM)
      ? { found: true, path: env.PARCOURS_CHROMIUM, source: 'PARCOURS_CHROMIUM' }
      : { found: false, reason: `no Chromium at ${env.PARCOURS_CHROMIUM} (set PARCOURS_CHROMIUM)` };
  }
  const system = (SYSTEM_PATHS[platform] ?? []).find((path) => exists(path));
  if (system) return { found: true, path: system, source: 'system' };
  const packaged = platform === 'linux' && arch === 'x64' ? packagedChromium() : undefined;
  if (packaged) return { found: true, path: packaged.path, source: 'packaged' };
  return {
    found: false,
    reason: `no Chromium or Chrome found (looked at ${(SYSTEM_PATHS[platform] ?? []).join(', ') || 'no usual path on this system'}; set PARCOURS_CHROMIUM)`,
  };
}

/**
 * The browser's executable, ready to launch: the packaged Chromium is unpacked the first time.
 * Throws an error whose message says what to do, for a caller to print without a stack trace.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const location = locateChromium(env);
  if (!location.found) throw new Error(`Parcours needs Chromium or Chrome: ${location.reason}.`);
  return readyChromium(location.path);
}

/**
 * `path` as {@link locateChromium} gave it, made ready: the packaged Chromium is unpacked into
 * the temporary folder (about 210 MB, some seconds, once per machine start-up), into a folder
 * named after the package's version and the user, built aside and renamed into place, so that a
 * build killed while unpacking, or two builds unpacking at once, never launch half a file.
 */
export async function readyChromium(path: string): Promise<string> {
  const packaged = packagedChromium();
  if (packaged === undefined || path !== packaged.path || existsSync(path)) return path;
  // Callers of one process at once (the flow diagrams and the PDFs) share one unpacking.
  unpacking ??= unpackInto(dirname(path), packaged.entry).finally(() => {
    unpacking = undefined;
  });
  await unpacking;
  return path;
}

let unpacking: Promise<void> | undefined;

const FONTS_CONF = 'fonts.conf';

/**
 * The environment to launch `path` with. The packaged Chromium reads fonts through fontconfig, and
 * a slim container has no fonts at all: its PDFs would hold no text. It gets a configuration of its
 * own that reads the machine's (when there is one, so the same fonts are chosen as before) and adds
 * the Open Sans the package ships. Other browsers are launched as they are.
 */
export function chromiumEnv(path: string): Record<string, string> {
  const file = join(dirname(path), FONTS_CONF);
  return path === packagedChromium()?.path && existsSync(file) ? { FONTCONFIG_FILE: file } : {};
}

function fontsConf(folder: string): string {
  const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${xml(join(folder, 'fonts'))}</dir>`,
    `  <cachedir>${xml(join(folder, 'fonts-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

async function unpackInto(folder: string, entry: string): Promise<void> {
  const path = join(folder, 'chromium');
  let staging: string | undefined;
  try {
    // Half-unpacked copies (200 MB each) of processes killed while unpacking.
    await removeEndedProcessDirs(dirname(folder), new RegExp(`^${literal(basename(folder))}\\.unpacking-(\\d+)-[A-Za-z0-9]{6}$`));
    staging = await mkdtemp(`${folder}.unpacking-${process.pid}-`);
    // The package unpacks into os.tmpdir(), read from TMPDIR: a process of its own points it at
    // the staging folder without changing this process's environment.
    await unpack(entry, staging);
    // Dated as the packed file, not as the unpacking: the PDF cache keys the browser by its size
    // and time (draw-pdfs.ts), and the copy is unpacked again after each restart of the machine.
    const packed = await stat(join(dirname(entry), '..', 'bin', 'chromium.br'));
    await utimes(join(staging, 'chromium'), packed.atime, packed.mtime);
    await writeFile(join(staging, FONTS_CONF), fontsConf(folder));
    await rename(staging, folder).catch((error: NodeJS.ErrnoException) => {
      // Another process renamed its own copy first: that one is whole too.
      if (!existsSync(path)) throw error;
    });
  } catch (error) {
    throw new Error(
      `Could not unpack the Chromium of @sparticuz/chromium into ${folder}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Set PARCOURS_CHROMIUM to a Chromium or Chrome executable.`,
    );
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true });
  }
}

function unpack(entry: string, into: string): Promise<void> {
  const script = `const { default: chromium } = await import(${JSON.stringify(pathToFileURL(entry).href)}); await chromium.executablePath();`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', script], {
      env: { ...process.env, TMPDIR: into },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(join(into, 'chromium'))) resolve();
      else
        reject(
          new Error(
            stderr
              .trim()
              .split('\n')
              .find((line) => /error/i.test(line)) ?? `the unpacking exited with ${code}`,
          ),
        );
    });
  });
}

let packaged: { path: string; entry: string } | null | undefined;

/**
 * The packaged Chromium, when the package is installed: where it is unpacked (one folder per
 * version of the package and per user, so that a shared temporary folder never hands one user
 * another's binary) and the package's entry point. A folder of that name owned by someone else
 * is not used.
 */
function packagedChromium(): { path: string; entry: string } | undefined {
  if (packaged !== undefined) return packaged ?? undefined;
  packaged = null;
  try {
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    let dir = dirname(entry);
    while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    const uid = process.getuid?.() ?? 0;
    const folder = join(tmpdir(), `parcours-chromium-${version}-${uid}`);
    const owner = existsSync(folder) ? statSync(folder).uid : uid;
    if (owner === uid) packaged = { path: join(folder, 'chromium'), entry };
  } catch {
    // Not installed (it is a dependency, but a team may prune it): no packaged Chromium.
  }
  return packaged ?? undefined;
}
