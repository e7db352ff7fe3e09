import type { PersonaModel } from '../model/project.ts';
import type { Change } from './change.ts';
import { equalValues } from './equal-values.ts';
import { label, recordChanges, show } from './record-change.ts';

const PERSONA_FIELDS = ['name', 'role', 'description', 'quote', 'goals', 'frustrations', 'digitalAffinity', 'preferredChannels', 'image', 'tags'] as const;

/** The changes between two versions of a persona (either may be absent), field by field. Pure. */
export function diffPersona(before: PersonaModel | undefined, after: PersonaModel | undefined): Change[] {
  const recorder = recordChanges(before?.file, after?.file);
  if (!before && !after) return [];
  if (!before || !after) {
    const persona = (after ?? before)!;
    recorder.add(after ? 'persona-added' : 'persona-removed', {
      persona: persona.id,
      message: `Persona ${label(persona.name, persona.id)} was ${after ? 'added' : 'removed'}.`,
      at: after ? { after: '' } : { before: '' },
    });
    return recorder.changes;
  }
  if (before.id !== after.id) {
    recorder.add('persona-id-renamed', {
      persona: after.id, field: 'id', before: before.id, after: after.id,
      message: `Persona ${label(after.name, after.id)} was renamed from ${before.id} (file ${before.file} → ${after.file}).`,
      at: { before: '/id', after: '/id' },
    });
  }
  for (const field of PERSONA_FIELDS) {
    if (equalValues(before[field], after[field])) continue;
    const long = field === 'description';
    recorder.add('persona-changed', {
      persona: after.id, field, before: before[field], after: after[field],
      message: `The ${field} of persona ${label(after.name, after.id)} changed${long ? '' : ` from ${show(before[field])} to ${show(after[field])}`}.`,
      at: { before: `/${field}`, after: `/${field}` },
    });
  }
  return recorder.changes;
}
