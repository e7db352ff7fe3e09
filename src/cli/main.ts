import { flushContentCaches } from '../core/check/content-cache.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT, UsageError, type CliIo } from './io.ts';

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: parcours <command> [options]

Customer journey maps as code: YAML in Git, validated, published as a static site.

Commands:
${lines.join('\n')}

Run \`parcours <command> --help\` for a command's options.
`;
}

/** Runs the CLI with the given arguments (without "node parcours") and returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    io.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`parcours: unknown command "${name}".\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\nRun \`parcours ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    // An I/O failure or a bug: one clear line, the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`parcours ${name}: ${message}\n`);
    if (io.env.PARCOURS_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    return EXIT.usage;
  } finally {
    // The content cache writes in the background: a command is done once its entries are on disk.
    await flushContentCaches();
  }
}
