import { createHash } from 'node:crypto';
import content from 'virtual:parcours/content';
import type { JourneyModel } from '../core/index.ts';
import { flowDiagrams } from './flow-diagrams.ts';
import { loadHistory, loadPersonaHistory } from './load-history.ts';
import { siteObserved } from './observed.ts';
import type { Site } from './site.ts';

/**
 * Keys of the pages Astro may take from its build cache instead of rendering them again
 * (`cacheKey` in getStaticPaths, with `experimental.incrementalBuild`): a page is reused only when
 * its key and its own code are those of the build that made it. A key is a digest of everything the
 * page shows that its code does not hold: the text of every file it reads (the journey, its personas,
 * the journeys it links to or that link to it, the config), measured figures, its flow diagram, its
 * history, the site's day and base, and the version of the code that checked and modelled them.
 * A page listing many journeys (numbered pages of the backlog...) takes its key from what it shows
 * (`shown`). Pages without a key (home, the first page of each list...) are always rendered.
 */
export interface PageKeys {
  /** A journey's page and downloads. */
  journey(id: string): string;
  /** A persona's page, which draws the persona's curve in each of their journeys. */
  persona(id: string): string;
  /** The page comparing a current journey with a target one. */
  compare(id: string, target: string): string;
  /** A journey's history pages (the list and the comparison of any two revisions). */
  history(id: string): string;
  /** One revision's page. */
  revision(id: string, commit: string): string;
  /** One revision's data (its model as JSON), which names nothing of the rest of the site. */
  revisionData(id: string, commit: string): string;
  /** A persona's history page (the list of its revisions). */
  personaHistory(id: string): string;
  /** One revision's page of a persona. */
  personaRevision(id: string, commit: string): string;
  /**
   * A listing page's key from what it shows besides what every page shows (the config, the day, the
   * base, the code): its rows' ids, titles and figures, its counts, its place among the pages, as
   * JSON-able data. It must hold everything the page prints that can change with the content.
   */
  shown(shows: unknown): string;
}

const made = new WeakMap<Site, Promise<PageKeys>>();

// parcours dev takes no page from a build cache, and would work every key out again after each
// edit (getStaticPaths runs again): there the keys are left empty. Asked of the content, not of
// import.meta.env.DEV, which a build started from Vitest's environment found true.
const none = () => '';
const DEV_KEYS: PageKeys = {
  journey: none,
  persona: none,
  compare: none,
  history: none,
  revision: none,
  revisionData: none,
  personaHistory: none,
  personaRevision: none,
  shown: none,
};

/** The page keys of the site's content, made once per check. */
export function pageKeys(site: Site): Promise<PageKeys> {
  if (content.live) return Promise.resolve(DEV_KEYS);
  let keys = made.get(site);
  if (!keys) {
    keys = makeKeys(site);
    made.set(site, keys);
  }
  return keys;
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
}

async function makeKeys(site: Site): Promise<PageKeys> {
  const [version, diagrams, histories, personaHistories, observed] = await Promise.all([
    content.version(),
    flowDiagrams(site.project),
    loadHistory(site.root, site.config.historyRevisions),
    loadPersonaHistory(site.root, site.config.historyRevisions),
    siteObserved(site),
  ]);
  const text = (path: string | undefined) => (path === undefined ? '' : (site.files.get(path)?.source.text ?? ''));
  const configs = [...site.files.values()]
    .filter((file) => file.source.kind === 'config')
    .map((file) => `${file.source.path}\n${file.source.text}`);
  const common = [version, site.today, site.base, String(site.pdfs), ...configs];
  // Titles and names other pages show for a journey or persona (revision changes name them).
  const names = digest([
    ...site.project.journeys.map((journey) => `${journey.id}\n${journey.title}`),
    ...site.project.personas.map((persona) => `${persona.id}\n${persona.name}`),
  ]);
  // The names a journey's history pages show besides its own title: every persona's, and the titles of
  // the journeys it refers to (targetOf, sub-journeys) now or in any of its revisions, which change
  // sentences and maps name. Not every journey's title (names): one renamed journey would have every
  // revision page of the site rendered again.
  const personaNames = site.project.personas.map((persona) => `${persona.id}\n${persona.name}`);
  const namedByDigests = new Map<string, string>();
  const namedBy = (id: string) => {
    let value = namedByDigests.get(id);
    if (value === undefined) {
      const referred = new Set([id]);
      const refer = (journey: JourneyModel | undefined) => {
        if (journey?.targetOf !== undefined) referred.add(journey.targetOf);
        for (const step of journey?.steps ?? []) if (step.subJourney !== undefined) referred.add(step.subJourney);
      };
      refer(site.journey(id));
      for (const revision of histories.get(id)?.revisions ?? []) refer(revision.journey);
      value = digest([...personaNames, ...[...referred].sort().map((other) => `${other}\n${site.journey(other)?.title ?? ''}`)]);
      namedByDigests.set(id, value);
    }
    return value;
  };
  // A journey's own text and the figures measured data (data/*.csv) merged into its steps.
  const ownDigests = new Map<string, string>();
  const own = (journey: JourneyModel) => {
    let value = ownDigests.get(journey.id);
    if (value === undefined) {
      value = digest([
        text(journey.file),
        JSON.stringify(journey.steps.map((step) => [step.metrics, step.measurements ?? null])),
        // What the event logs show of it (data/events/), which its page and observed.json print.
        JSON.stringify(observed.journeys.get(journey.id) ?? null),
      ]);
      ownDigests.set(journey.id, value);
    }
    return value;
  };
  const historyOf = (id: string, of = histories) => {
    const history = of.get(id);
    return history
      ? JSON.stringify([history.omitted, history.truncated, history.revisions.map((revision) => [revision.commit, revision.base ?? ''])])
      : '';
  };
  const journeyKey = (id: string) => {
    const journey = site.journey(id);
    if (!journey) return digest([...common, id]);
    const relations = site.relations(id);
    const linked = [
      relations.current,
      ...relations.targets,
      ...relations.parents.map((parent) => parent.journey),
      ...journey.steps.map((step) => (step.subJourney ? site.journey(step.subJourney) : undefined)),
    ];
    const diagram = diagrams.get(id);
    return digest([
      ...common,
      own(journey),
      ...journey.personas.map((persona) => text(site.persona(persona)?.file)),
      ...linked.flatMap((other) => (other ? [other.id, own(other)] : [])),
      diagram?.text ?? '',
      diagram?.svg ?? '',
      historyOf(id),
    ]);
  };
  const byPersona = new Map<string, JourneyModel[]>();
  for (const journey of site.project.journeys)
    for (const persona of journey.personas) byPersona.set(persona, [...(byPersona.get(persona) ?? []), journey]);
  return {
    journey: journeyKey,
    persona: (id) =>
      digest([
        ...common,
        text(site.persona(id)?.file),
        ...(byPersona.get(id) ?? []).map((journey) => own(journey)),
        historyOf(id, personaHistories),
      ]),
    compare: (id, target) => digest([journeyKey(id), journeyKey(target), names]),
    history: (id) => digest([...common, namedBy(id), own(site.journey(id)!), historyOf(id)]),
    revision: (id, commit) => {
      const revision = histories.get(id)?.revisions.find((candidate) => candidate.commit === commit);
      return digest([...common, namedBy(id), id, commit, revision?.base ?? '']);
    },
    revisionData: (id, commit) => digest([...common, 'data', id, commit]),
    personaHistory: (id) => digest([...common, 'persona', text(site.persona(id)?.file), historyOf(id, personaHistories)]),
    personaRevision: (id, commit) => {
      const revision = personaHistories.get(id)?.revisions.find((candidate) => candidate.commit === commit);
      return digest([...common, names, 'persona', id, commit, revision?.base ?? '']);
    },
    shown: (shows) => digest([...common, 'shown', JSON.stringify(shows)]),
  };
}
