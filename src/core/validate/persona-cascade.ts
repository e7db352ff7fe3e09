import type { Finding } from './finding.ts';
import { closestId } from './suggest.ts';

/**
 * One wrong id in a journey's `personas` is one error: `unknown-persona`, whose hint names the
 * persona the author most likely meant. What follows from that one id is not reported: emotions
 * given for the persona meant (it is not in the list, the misspelt id is), emotions missing for the
 * misspelt id, and warnings about the misspelt id alone (an emotion cliff in its curve of gaps).
 * Findings that are also about a persona that exists are kept.
 *
 * A journey checked without its personas (a past revision, history/check-history.ts) knows no
 * persona at all: no id is known to be wrong there, so nothing is dropped.
 */
export function withoutPersonaCascade(findings: Finding[], listed: readonly string[], personaIds: ReadonlySet<string>): Finding[] {
  if (personaIds.size === 0) return findings;
  const unknown = new Set(listed.filter((id) => !personaIds.has(id)));
  if (unknown.size === 0) return findings;
  const meant = new Set([...unknown].map((id) => closestId(id, personaIds)));
  return findings.filter((finding) => {
    if (finding.code === 'unknown-persona') return true;
    const { persona, personas } = finding.params ?? {};
    if (finding.code === 'emotion-unknown-persona' && typeof persona === 'string') return !meant.has(persona);
    return !(Array.isArray(personas) && personas.length > 0 && personas.every((id) => unknown.has(id)));
  });
}

/** The existing personas that the misspelt ids of journeys most likely meant: they count as used. */
export function meantPersonas(referenced: Iterable<string>, personaIds: ReadonlySet<string>): Set<string> {
  const meant = new Set<string>();
  for (const id of referenced) {
    const match = personaIds.has(id) ? undefined : closestId(id, personaIds);
    if (match !== undefined) meant.add(match);
  }
  return meant;
}
