import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceKind } from '../core/load/read-content.ts';

const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * What a new file's `$schema=` line points to, so editors with the YAML language server complete
 * and check it. The schema of the Parcours that runs the command, as a path relative to the file,
 * when both live in one tree: the path then works on every clone. Otherwise (Parcours run from
 * elsewhere) a relative path would only work on this machine, so the schema's `$id` URL is used and
 * `.vscode/settings.json` should map the files to a local copy (see the README).
 */
export function schemaTarget(file: string, root: string, kind: SourceKind): string {
  const schemaFile = `${SCHEMA_DIR}${kind}.schema.json`;
  if (existsSync(schemaFile) && (isInside(root, PACKAGE_DIR) || isInside(schemaFile, root))) {
    return relative(dirname(file), schemaFile).split(sep).join('/');
  }
  return `https://parcours.dev/schema/${kind}.schema.json`;
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return !fromFolder.startsWith('..') && !isAbsolute(fromFolder);
}
