import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceKind } from '../core/load/read-content.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_DIR = join(PACKAGE_DIR, 'schema');

/**
 * What a file's `# yaml-language-server: $schema=` line points to: always a path relative to the
 * file, never an address, so it resolves on every clone with no network. In this repository (the
 * content lives inside the Parcours that runs), its `schema/`. Elsewhere, the schemas npm
 * installs: `node_modules/parcours/schema/` found from the file upwards as Node finds packages,
 * or, before `npm install`, where it will be: beside the nearest package.json (else the root).
 * Biome's editor config does the same (`./node_modules/@biomejs/biome/configuration_schema.json`).
 */
export function schemaTarget(file: string, root: string, kind: SourceKind): string {
  const name = `${kind}.schema.json`;
  const toFile = (target: string) => relative(dirname(file), target).split(sep).join('/');
  if (isInside(root, PACKAGE_DIR) && !PACKAGE_DIR.split(sep).includes('node_modules')) return toFile(join(SCHEMA_DIR, name));
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const installed = join(dir, 'node_modules', 'parcours', 'schema', name);
    if (existsSync(installed)) return toFile(installed);
    if (dirname(dir) === dir) break;
  }
  let project = root;
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      project = dir;
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return toFile(join(project, 'node_modules', 'parcours', 'schema', name));
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}
