import type { Change } from '../diff/change.ts';
import { diffJourney } from '../diff/diff-journey.ts';
import { diffPersona } from '../diff/diff-persona.ts';
import type { JourneyModel, PersonaModel } from '../model/project.ts';
import { checkSources } from '../check/check-sources.ts';
import type { SourceFile } from '../load/read-content.ts';
import type { ContentCache } from '../check/content-cache.ts';
import type { FileRemoval, RepositoryHistory } from './read-history.ts';

/** A removed journey or persona: the commit that removed it, its last version, and the change. */
export interface CheckedRemoval extends Omit<FileRemoval, 'text' | 'problem' | 'config'> {
  /** The file's id (its name without extension). */
  id: string;
  /** Its last version, when that validated: what the sentences name it by. */
  journey?: JourneyModel;
  persona?: PersonaModel;
  /** `journey-removed` or `persona-removed` (warnings). */
  changes: Change[];
}

/**
 * The removals the history read (readHistory's `removals`), each checked on its own with the
 * config beside it, as checkHistory checks a revision, and turned into its `journey-removed` or
 * `persona-removed` change. A last version that does not validate still gives the change, named
 * by the file's id.
 */
export function checkRemovals(history: RepositoryHistory, options: { cache?: ContentCache } = {}): CheckedRemoval[] {
  return (history.removals ?? []).map((removal) => {
    const id = removal.path.slice(removal.path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
    let model: JourneyModel | PersonaModel | undefined;
    if (removal.text !== undefined) {
      const sources: SourceFile[] = [{ path: removal.path, kind: removal.kind, text: removal.text }];
      if (removal.config) sources.unshift({ path: removal.config.path, kind: 'config', text: removal.config.text });
      const result = checkSources(sources, { now: new Date(removal.date), ...(options.cache ? { cache: options.cache } : {}) });
      model = removal.kind === 'journey' ? result.project.journeys[0] : result.project.personas[0];
    }
    const { text: _text, problem: _problem, config: _config, ...info } = removal;
    const changes =
      removal.kind === 'journey'
        ? diffJourney((model as JourneyModel | undefined) ?? placeholder(id, removal.path), undefined)
        : diffPersona((model as PersonaModel | undefined) ?? (placeholder(id, removal.path) as unknown as PersonaModel), undefined);
    return { ...info, id, ...(model ? { [removal.kind]: model } : {}), changes };
  });
}

/** Enough of a journey for the diff to say it was removed, when its last version does not validate. */
function placeholder(id: string, file: string): JourneyModel {
  return { id, file, title: id, personas: [], curves: [], tags: [], state: 'current', stages: [], steps: [] } as unknown as JourneyModel;
}
