// npm run build:package (run by prepack): the JavaScript an installed Parcours runs. lib/ is
// emptied first, so nothing stale from an earlier build ships; tsc compiles src/ into it
// (tsconfig.build.json); then the files beside the sources that tsc does not emit but the
// compiled modules load from their own folder (the validators precompiled by gen:validators)
// are copied, so lib/ mirrors src/ for what runs.
import { execFileSync } from 'node:child_process';
import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
await rm(join(root, 'lib'), { recursive: true, force: true });
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
const files = (await readdir(join(root, 'src'), { recursive: true })).filter(
  (path) => path.endsWith('.cjs') && !/(^|[\\/])fixtures[\\/]/.test(path),
);
for (const path of files) await cp(join(root, 'src', path), join(root, 'lib', path));
console.error(`compiled src/ into lib/, and copied ${files.join(', ')}`);
