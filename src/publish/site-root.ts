import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Astro project of the site: the repository root, wherever the command runs from. */
export const SITE_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
