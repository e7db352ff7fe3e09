import type { CliIo } from '../io.ts';
import { validateCommand } from './validate.ts';

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Every command, by name. Each lives in a file of its own under commands/. */
export const COMMANDS: Record<string, Command> = {
  validate: { summary: 'check journeys, personas and config; report problems with file:line:col', run: validateCommand },
};
