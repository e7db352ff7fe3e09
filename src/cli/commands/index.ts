import type { CliIo } from '../io.ts';
import { buildCommand } from './build.ts';
import { devCommand } from './dev.ts';
import { diffCommand } from './diff.ts';
import { exportCommand } from './export.ts';
import { fmtCommand } from './fmt.ts';
import { importCommand } from './import.ts';
import { newCommand } from './new.ts';
import { validateCommand } from './validate.ts';

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Every command, by name. Each lives in a file of its own under commands/. */
export const COMMANDS: Record<string, Command> = {
  build: { summary: 'check the content, then build the static site into dist/', run: buildCommand },
  dev: { summary: 'serve the site on 127.0.0.1, reloading when a YAML file changes', run: devCommand },
  diff: { summary: 'compare journeys and personas between two Git revisions: what changed for the customer', run: diffCommand },
  export: { summary: 'write a journey as CSV (a row a step) or Mermaid journey text', run: exportCommand },
  fmt: { summary: 'rewrite content files in canonical key order and layout, keeping comments; --check for CI', run: fmtCommand },
  import: { summary: 'turn a CSV spreadsheet or a Mermaid journey diagram into a journey YAML', run: importCommand },
  new: { summary: 'write a commented starter journey or persona with the schema line', run: newCommand },
  validate: { summary: 'check journeys, personas and config; report problems with file:line:col', run: validateCommand },
};
