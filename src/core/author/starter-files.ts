import { stringify } from 'yaml';
import type { Lang, ResolvedConfig } from '../model/resolve-config.ts';

export interface StarterOptions {
  id: string;
  /** The `# yaml-language-server: $schema=...` target, a path relative to the file or a URL. */
  schema: string;
  config: ResolvedConfig;
}

/** "commande-en-ligne" → "Commande en ligne": a readable placeholder until someone writes the real one. */
function nameFromId(id: string): string {
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const JOURNEY_TEXT: Record<
  Lang,
  {
    intro: string;
    summary: string;
    owner: string;
    stage: [string, string, string, string];
    step: [string, string, string];
    comments: Record<string, string>;
  }
> = {
  fr: {
    intro: "Nouveau parcours : remplacez les textes d'exemple, puis lancez `npx parcours validate`.",
    summary: 'Ce que couvre ce parcours et pourquoi il existe, en Markdown.',
    owner: 'À définir',
    stage: [
      'decouverte',
      'Découverte',
      "Le client prend conscience d'un besoin et cherche comment y répondre.",
      "Comprendre l'offre sans effort",
    ],
    step: ['decouvre-offre', "Découvre l'offre", 'Est-ce que ça répond à mon besoin ?'],
    comments: {
      personas: 'ids des personas (personas/<id>.yaml) qui vivent ce parcours',
      owner: 'qui tient cette carte à jour et en répond',
      lastReviewed: 'date de la dernière relecture (AAAA-MM-JJ)',
      state: "current : le parcours d'aujourd'hui ; target : le parcours visé",
      emotion: 'de {min} (très négatif) à {max} (très positif) ; ou une valeur par persona',
      more: 'Ajoutez au besoin : painPoints (irritants), opportunities, momentOfTruth,\n metrics, backstage, evidence (sources). Voir schema/journey.schema.json.',
    },
  },
  en: {
    intro: 'New journey: replace the sample texts, then run `npx parcours validate`.',
    summary: 'What this map covers and why it exists, in Markdown.',
    owner: 'To be decided',
    stage: [
      'discovery',
      'Discovery',
      'The customer realises they have a need and looks for ways to meet it.',
      'Understand the offer without effort',
    ],
    step: ['discovers-offer', 'Discovers the offer', 'Does this meet my need?'],
    comments: {
      personas: 'ids of the personas (personas/<id>.yaml) who live this journey',
      owner: 'who keeps this map true and answers for it',
      lastReviewed: 'date of the last review (YYYY-MM-DD)',
      state: "current: today's journey; target: the journey aimed for",
      emotion: 'from {min} (very negative) to {max} (very positive); or one value per persona',
      more: 'Add as needed: painPoints, opportunities, momentOfTruth, metrics,\n backstage, evidence (sources). See schema/journey.schema.json.',
    },
  },
};

/**
 * A commented starter journey that passes the schema and the cross-file rules: it names the
 * project's existing personas (none when there are none), is reviewed today, has one stage and
 * one step on the web with a neutral emotion, and is already in `parcours fmt` layout.
 */
export function starterJourney({ id, schema, config }: StarterOptions, personas: readonly string[], today: string): string {
  const text = JOURNEY_TEXT[config.lang];
  const [stageId, stageName, stageDescription, expectation] = text.stage;
  const [stepId, stepName, thought] = text.step;
  const neutral = config.emotionScale.min <= 0 && config.emotionScale.max >= 0 ? 0 : config.emotionScale.min;
  const emotionComment = text.comments
    .emotion!.replace('{min}', String(config.emotionScale.min))
    .replace('{max}', String(config.emotionScale.max));
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# ${text.intro}`,
    `id: ${id}`,
    `title: ${nameFromId(id)}`,
    'summary: |',
    `  ${text.summary}`,
    personas.length > 0 ? `personas: [${personas.join(', ')}] # ${text.comments.personas}` : `# personas: [] # ${text.comments.personas}`,
    `owner: ${text.owner} # ${text.comments.owner}`,
    `lastReviewed: ${today} # ${text.comments.lastReviewed}`,
    `state: current # ${text.comments.state}`,
    'stages:',
    `  - id: ${stageId}`,
    `    name: ${stageName}`,
    `    description: ${stageDescription}`,
    '    expectations:',
    `      - ${expectation}`,
    '    steps:',
    `      - id: ${stepId}`,
    `        name: ${stepName}`,
    '        touchpoints: [web]',
    `        emotion: ${neutral} # ${emotionComment}`,
    '        thoughts:',
    `          - ${thought}`,
    '',
    ...text.comments.more!.split('\n').map((line) => `# ${line.trimStart()}`),
    '',
  ].join('\n');
}

const PERSONA_TEXT: Record<
  Lang,
  { role: string; description: string; quote: string; goal: string; frustration: string; affinity: string; channels: string }
> = {
  fr: {
    role: "Situation, âge, relation avec l'entreprise",
    description: 'Ses circonstances et ses habitudes, en Markdown.',
    quote: "Une phrase qu'il ou elle pourrait dire et qui résume son attitude.",
    goal: 'Ce que ce persona veut accomplir',
    frustration: "Ce qui l'agace dans ses échanges avec les entreprises",
    affinity: 'high, medium, low ou none (personne éloignée du numérique)',
    channels: 'ids des canaux préférés, le premier en tête',
  },
  en: {
    role: 'Situation, age, relation to the company',
    description: 'Their circumstances and habits, in Markdown.',
    quote: 'A sentence they could say that sums up their attitude.',
    goal: 'What this persona wants to achieve',
    frustration: 'What annoys them in their dealings with companies',
    affinity: 'high, medium, low or none (digitally excluded)',
    channels: 'ids of the preferred channels, most preferred first',
  },
};

/** A commented starter persona that passes the schema, already in `parcours fmt` layout. */
export function starterPersona({ id, schema, config }: StarterOptions): string {
  const text = PERSONA_TEXT[config.lang];
  return [
    `# yaml-language-server: $schema=${schema}`,
    `id: ${id}`,
    `name: ${nameFromId(id)}`,
    `role: ${text.role}`,
    'description: |',
    `  ${text.description}`,
    `quote: ${text.quote}`,
    'goals:',
    `  - ${text.goal}`,
    'frustrations:',
    `  - ${text.frustration}`,
    `digitalAffinity: medium # ${text.affinity}`,
    `preferredChannels: [web, phone] # ${text.channels}`,
    '',
  ].join('\n');
}

const IMPORTED_PERSONA_TEXT: Record<Lang, string> = {
  fr: "Persona créé par l'import : décrivez-le (role, description, goals, frustrations,\n digitalAffinity, preferredChannels). Voir `parcours new persona` pour un modèle commenté.",
  en: 'Persona created by the import: describe them (role, description, goals, frustrations,\n digitalAffinity, preferredChannels). See `parcours new persona` for a commented model.',
};

/**
 * The file of a persona an import names but the project does not have yet: its id and its name
 * as the import wrote it (any script, quoted when YAML needs it), and a comment saying what to
 * add. It claims nothing about the persona that the import did not say.
 */
export function importedPersona({ id, schema, config }: StarterOptions, name: string, origin: string): string {
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# ${origin}`,
    ...IMPORTED_PERSONA_TEXT[config.lang].split('\n').map((line) => `# ${line.trimStart()}`),
    `id: ${id}`,
    `name: ${stringify(name).trimEnd()}`,
    '',
  ].join('\n');
}
