import { uniqueSlug } from '../author/unique-slug.ts';
import type { Emotion, Journey } from '../model/generated/journey.ts';
import type { Lang, ResolvedConfig } from '../model/resolve-config.ts';
import type { Problem } from '../problem.ts';
import { readableId } from './readable-id.ts';

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
  /** The project's personas by name (as written and in lowercase), so `Claire Martin` finds `claire`. */
  personaNames?: ReadonlyMap<string, string>;
}

export interface ImportResult {
  /** The journey, only when no error was found. */
  journey?: Journey;
  /** The personas the journey names that have no file in the project yet. */
  personas?: NewPersona[];
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

/** A persona the import names that has no file yet: the CLI writes a starter file for it. */
export interface NewPersona {
  id: string;
  /** The name as the diagram or the spreadsheet writes it, in any script. */
  name: string;
  /** Where the import first names it. */
  line: number;
  column: number;
}

/**
 * The persona id of each name an import gives, in order: the project's persona of that name or
 * id when there is one, else a readable id made from the name (`readableId`), numbered when two
 * names would share it. Names that match no persona of the project come back in `created`.
 */
export function assignPersonas(
  names: ReadonlyMap<string, { line: number; column: number }>,
  options: ImportOptions,
): { ids: Map<string, string>; created: NewPersona[] } {
  const ids = new Map<string, string>();
  const created: NewPersona[] = [];
  const taken = new Set<string>();
  for (const [name, at] of names) {
    const known = options.personaNames?.get(name.trim()) ?? options.personaNames?.get(name.trim().toLowerCase());
    const made = readableId(name);
    const id =
      known ?? (options.knownPersonas.has(made) ? made : uniqueSlug(made, new Set([...taken, ...options.knownPersonas]), 'persona'));
    taken.add(id);
    ids.set(name, id);
    if (!options.knownPersonas.has(id) && !created.some((persona) => persona.id === id)) created.push({ id, name: name.trim(), ...at });
  }
  return { ids, created };
}
