// After `tsc -p tsconfig.build.json` (npm run build:package): copies into lib/ the files beside
// the sources that tsc does not emit but the compiled modules load from their own folder (the
// validators precompiled by gen:validators), so lib/ mirrors src/ for what runs.
import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const files = (await readdir(join(root, 'src'), { recursive: true })).filter((path) => path.endsWith('.cjs') && !/(^|[\\/])fixtures[\\/]/.test(path));
for (const path of files) await cp(join(root, 'src', path), join(root, 'lib', path));
console.log(`copied ${files.length} file${files.length === 1 ? '' : 's'} into lib/: ${files.join(', ')}`);
