import { ALL_PERSONAS } from '../core/index.ts';
import type { Site } from '../site/site.ts';
import type { EditSession } from '../publish/edit-session.ts';

/** What the page's editing code reads from `<meta name="parcours-edit">`: the session and the choices it offers. */
export interface EditMeta {
  token: string;
  api: string;
  lang: 'fr' | 'en';
  /** The site's base path, ending in '/': the page fetches itself again under it. */
  base: string;
  scale: { min: number; max: number; labels: Record<string, string> };
  channels: { id: string; name: string }[];
  personas: { id: string; name: string }[];
  /** The key of a curve that stands for every persona (a journey that lists none). */
  allPersonas: string;
}

/** The meta tag's content for a page of `site` in the edit session `session` (`parcours dev` only). */
export function editMeta(site: Site, session: EditSession): string {
  const { config, project } = site;
  const labels: Record<string, string> = {};
  for (const entry of config.emotionScale.labels) labels[String(entry.value)] = entry.label;
  const meta: EditMeta = {
    token: session.token,
    api: session.api,
    lang: config.lang,
    base: site.base,
    scale: { min: config.emotionScale.min, max: config.emotionScale.max, labels },
    channels: [...config.channels.values()].map((channel) => ({ id: channel.id, name: channel.name })),
    personas: project.personas.map((persona) => ({ id: persona.id, name: persona.name })),
    allPersonas: ALL_PERSONAS,
  };
  return JSON.stringify(meta);
}
