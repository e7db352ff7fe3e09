import { problemAt } from '../csv/cell-problem.ts';
import type { Emotion, Journey } from '../model/generated/journey.ts';
import type { Lang, ResolvedConfig } from '../model/resolve-config.ts';
import type { Problem } from '../problem.ts';

export interface ImportOptions {
  /** The imported file's path as problems should name it. */
  file: string;
  /** Id of the journey to create. */
  id: string;
  /** Title of the journey; the diagram's title or the id when not given. */
  title?: string;
  config: ResolvedConfig;
  /** Ids of the project's personas, to warn about the ones the import names but nobody wrote. */
  knownPersonas: ReadonlySet<string>;
}

export interface ImportResult {
  /** The journey, only when no error was found. */
  journey?: Journey;
  problems: Problem[];
}

/** Name of the stage that holds steps given before any stage. */
export function defaultStageName(lang: Lang): string {
  return lang === 'fr' ? 'Étapes' : 'Steps';
}

/**
 * A step's emotion from one value per persona (or one value when the journey has no persona):
 * a single number when every persona feels the same, else a map where null marks a persona
 * with no value (one who takes no part in the step), and nothing when no value is given.
 */
export function buildEmotion(personas: readonly string[], values: readonly (number | undefined)[]): Emotion | undefined {
  const given = values.filter((value): value is number => value !== undefined);
  if (given.length === 0) return undefined;
  if (personas.length === 0 || (given.length === personas.length && given.every((value) => value === given[0]))) return given[0]!;
  return Object.fromEntries(personas.map((persona, index) => [persona, values[index] ?? null]));
}

/** A warning for each persona the imported journey names that has no file in the project. */
export function missingPersonas(personas: readonly string[], options: ImportOptions, at: { line: number; column: number }, where: ReadonlyMap<string, { line: number; column: number }> = new Map()): Problem[] {
  return personas
    .filter((persona) => !options.knownPersonas.has(persona))
    .map((persona) =>
      problemAt('import-persona-missing', options.file, where.get(persona) ?? at, `The persona \`${persona}\` has no file in personas/ yet, so \`parcours validate\` will report the journey until it has one.`, `Create it with \`parcours new persona ${persona}\`, or rename it to an existing persona.`),
    );
}
