import type { CliIo } from '../io.ts';

// Each command is loaded when it runs: `validate` need not load Astro, Git history or the
// importers, and loading modules is most of a small run's time.

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Every command, by name. Each lives in a file of its own under commands/. */
export const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'check the content, then build the static site into dist/',
    run: async (args, io) => (await import('./build.ts')).buildCommand(args, io),
  },
  dev: {
    summary: 'serve the site on 127.0.0.1, reloading when a YAML file changes',
    run: async (args, io) => (await import('./dev.ts')).devCommand(args, io),
  },
  diff: {
    summary: 'compare journeys and personas between two Git revisions: what changed for the customer',
    run: async (args, io) => (await import('./diff.ts')).diffCommand(args, io),
  },
  events: {
    summary: 'lay the paths observed in the event logs under data/events/ over the map (DuckDB); --sql for a warehouse',
    run: async (args, io) => (await import('./events.ts')).eventsCommand(args, io),
  },
  export: {
    summary: 'write a journey as CSV (a row a step) or Mermaid journey text',
    run: async (args, io) => (await import('./export.ts')).exportCommand(args, io),
  },
  fmt: {
    summary: 'rewrite content files in canonical key order and layout, keeping comments; --check for CI',
    run: async (args, io) => (await import('./fmt.ts')).fmtCommand(args, io),
  },
  import: {
    summary: 'turn a CSV spreadsheet or a Mermaid journey diagram into a journey YAML',
    run: async (args, io) => (await import('./import.ts')).importCommand(args, io),
  },
  init: {
    summary: 'write a ready maps repository: config, starter files, npm scripts, editor settings, CI workflow',
    run: async (args, io) => (await import('./init.ts')).initCommand(args, io),
  },
  new: {
    summary: 'write a commented starter journey or persona with the schema line',
    run: async (args, io) => (await import('./new.ts')).newCommand(args, io),
  },
  validate: {
    summary: 'check journeys, personas and config; report problems with file:line:col',
    run: async (args, io) => (await import('./validate.ts')).validateCommand(args, io),
  },
};
