#!/usr/bin/env node
// Installed from npm (under node_modules), Parcours runs the JavaScript that `npm pack` compiled
// into lib/, since Node refuses to strip types there; that needs Node 22.12 or later, as Astro
// does. In its own repository it runs its TypeScript sources with Node's type stripping (22.18 or
// later), so there is no build step; npm scripts and npx use the Node 24 of the `node` devDependency.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const installed = fileURLToPath(import.meta.url)
  .split(/[\\/]/)
  .includes('node_modules');
const compiled = new URL('../lib/cli/', import.meta.url);
const useCompiled = installed && existsSync(new URL('main.js', compiled));
const [needMajor, needMinor] = useCompiled ? [22, 12] : [22, 18];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    `parcours needs Node.js ${needMajor}.${needMinor} or later; this is ${process.version}.\n` +
      (installed
        ? 'Install a newer Node (nodejs.org, or your version manager), or add one to the project: npm install -D node@24, which npm scripts and npx then use.\n'
        : 'Run it through npm (npx parcours ..., npm run ...), which uses the Node 24 installed with the project.\n'),
  );
  process.exit(2);
}
if (installed && !useCompiled) {
  process.stderr.write(
    'parcours: this copy has no compiled lib/ (it was installed from sources, not from a package that `npm pack` built). Install it from the npm registry or a packed tarball, or run `npm run build:package` in it.\n',
  );
  process.exit(2);
}
// Node then keeps each module's compiled code, and the TypeScript it stripped, between runs (in
// the system's temporary folder, or NODE_COMPILE_CACHE): stripping types was a third of a small
// run's start-up.
(await import('node:module')).enableCompileCache?.();
const { main } = await import(useCompiled ? new URL('main.js', compiled).href : '../src/cli/main.ts');
const { processIo } = await import(useCompiled ? new URL('io.js', compiled).href : '../src/cli/io.ts');
// An output error already raised (processIo names it) keeps its exit code.
const code = await main(process.argv.slice(2), processIo());
process.exitCode = process.exitCode || code;
