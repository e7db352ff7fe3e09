import type { Change } from '../core/diff/change.ts';
import type { PersonaModel } from '../core/model/project.ts';
import type { Mark } from './map-marks.ts';

/** The profile fields a persona's revision page shows, in the profile page's order. */
export const PERSONA_PROFILE_FIELDS = [
  'name',
  'role',
  'quote',
  'description',
  'digitalAffinity',
  'preferredChannels',
  'goals',
  'frustrations',
  'tags',
  'image',
] as const satisfies readonly (keyof PersonaModel)[];

export type PersonaProfileField = (typeof PERSONA_PROFILE_FIELDS)[number];

const empty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);

/**
 * How each profile field changed in a persona's revision: added when it had no value before,
 * removed when it has none now, changed otherwise. Fields without a change have no mark.
 */
export function personaFieldMarks(changes: readonly Change[]): Partial<Record<PersonaProfileField, Mark>> {
  const marks: Partial<Record<PersonaProfileField, Mark>> = {};
  for (const change of changes) {
    if (change.kind !== 'persona-changed' || !(PERSONA_PROFILE_FIELDS as readonly string[]).includes(change.field ?? '')) continue;
    marks[change.field as PersonaProfileField] = empty(change.before) ? 'added' : empty(change.after) ? 'removed' : 'changed';
  }
  return marks;
}
