#!/usr/bin/env node
// Parcours is written in TypeScript and run by Node's own type stripping (Node >= 22.18), so
// there is no build step. npm scripts and npx use the Node 24 from the `node` devDependency.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `parcours needs Node.js 22.18 or later; this is ${process.version}.\n` +
      'Run it through npm (npx parcours ..., npm run ...), which uses the Node 24 installed with the project.\n',
  );
  process.exit(2);
}
// Node then keeps each module's compiled code, and the TypeScript it stripped, between runs (in
// the system's temporary folder, or NODE_COMPILE_CACHE): stripping types was a third of a small
// run's start-up.
(await import('node:module')).enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await main(process.argv.slice(2), processIo());
