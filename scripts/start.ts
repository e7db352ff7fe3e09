// npm start: builds the example site into dist/ (arguments go to `parcours build`, so
// `npm start -- --root ../my-content` works too) and serves it on 127.0.0.1 until Ctrl+C.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processIo } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';
import { serveStatic } from '../src/publish/serve-static.ts';

const args = process.argv.slice(2);
// Not strict: `parcours build` checks the arguments and reports mistakes itself.
const { values } = parseArgs({ args, strict: false, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
const exitCode = await main(['build', ...args], processIo());
if (exitCode !== 0 || values.help) process.exit(exitCode);

const dir = resolve(typeof values.out === 'string' ? values.out : 'dist');
const port = Number(process.env.PORT ?? 4321);
// A taken port (another server left running) should not stop the preview: take a free one.
const server = await serveStatic(dir, { port }).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') return serveStatic(dir, { port: 0 });
  throw error;
});
process.stdout.write(`Serving ${dir} at ${server.url} (Ctrl+C to stop)\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
