import type { JourneyModel } from '../core/model/project.ts';
import type { Project } from '../core/model/built-project.ts';
import { didYouMean } from '../core/validate/suggest.ts';
import { UsageError } from './io.ts';

/** The journey with this id, or a usage error naming the nearest id. */
export function findJourney(command: string, project: Project, id: string): JourneyModel {
  const journey = project.journeys.find((candidate) => candidate.id === id);
  if (journey) return journey;
  const ids = project.journeys.map((candidate) => candidate.id);
  throw new UsageError(
    `parcours ${command}: there is no journey \`${id}\`. ${didYouMean(id, ids) ?? (ids.length > 0 ? `Journeys: ${ids.join(', ')}.` : 'The content root has no valid journey.')}`,
  );
}
