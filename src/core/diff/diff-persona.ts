import type { PersonaModel } from '../model/project.ts';
import { changeMessages, type ChangeNames } from '../messages/change-sentences.ts';
import type { Change } from './change.ts';
import { equalValues } from './equal-values.ts';
import { recordChanges } from './record-change.ts';

const PERSONA_FIELDS = [
  'name',
  'role',
  'description',
  'quote',
  'goals',
  'frustrations',
  'digitalAffinity',
  'preferredChannels',
  'image',
  'tags',
] as const;

/** The changes between two versions of a persona (either may be absent), field by field. Pure. */
export function diffPersona(before: PersonaModel | undefined, after: PersonaModel | undefined, names?: ChangeNames): Change[] {
  const persona = after ?? before;
  const recorder = recordChanges(
    before?.file,
    after?.file,
    changeMessages([], {
      journeyTitle: (id) => names?.journeyTitle(id),
      personaName: (id) => (id === persona?.id ? persona.name : names?.personaName(id)),
      channelName: (id) => names?.channelName(id),
    }),
  );
  if (!before && !after) return [];
  if (!before || !after) {
    recorder.add(after ? 'persona-added' : 'persona-removed', {
      persona: persona!.id,
      at: after ? { after: '' } : { before: '' },
    });
    return recorder.changes;
  }
  if (before.id !== after.id) {
    recorder.add('persona-id-renamed', {
      persona: after.id,
      field: 'id',
      before: before.id,
      after: after.id,
      at: { before: '/id', after: '/id' },
    });
  }
  for (const field of PERSONA_FIELDS) {
    if (equalValues(before[field], after[field])) continue;
    recorder.add('persona-changed', {
      persona: after.id,
      field,
      before: before[field],
      after: after[field],
      at: { before: `/${field}`, after: `/${field}` },
    });
  }
  return recorder.changes;
}
