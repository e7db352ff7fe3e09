import type { SourceKind } from '../load/read-content.ts';

/** The paths, relative to the content root, that hold content: what git is asked about. */
export const CONTENT_PATHSPECS = ['journeys', 'personas', 'parcours.config.yaml', 'parcours.config.yml'] as const;

/** The kind of content a path holds, as readContent sees it (direct children of journeys/ and personas/), or null. */
export function contentKind(path: string): SourceKind | null {
  if (/^journeys\/[^/]+\.ya?ml$/.test(path)) return 'journey';
  if (/^personas\/[^/]+\.ya?ml$/.test(path)) return 'persona';
  if (/^parcours\.config\.ya?ml$/.test(path)) return 'config';
  return null;
}
