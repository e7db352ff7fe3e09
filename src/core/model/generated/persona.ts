/* Generated from schema/persona.schema.json by `npm run gen:types`. Do not edit. */

/**
 * Permanent identifier of the persona: lowercase letters, digits and hyphens, equal to the file name without its extension. Journeys refer to it.
 */
export type PersonaId = string;
/**
 * The persona's name as shown on the site.
 */
export type Name = string;
/**
 * Who the persona is in a few words: situation, occupation, relation to the company.
 */
export type Role = string;
/**
 * The persona's circumstances and habits, in Markdown (raw HTML is shown as text).
 */
export type Description = string;
/**
 * A sentence the persona could say, that sums up their attitude.
 */
export type Quote = string;
/**
 * What the persona wants to achieve.
 */
export type Goals = string[];
/**
 * What annoys the persona in their dealings with companies.
 */
export type Frustrations = string[];
/**
 * How at ease the persona is with digital channels: high, medium, low, or none (digitally excluded). Journeys should leave none of them by the roadside.
 */
export type DigitalAffinity = 'high' | 'medium' | 'low' | 'none';
/**
 * Ids of the channels the persona prefers, most preferred first.
 */
export type PreferredChannels = string[];
/**
 * A picture of the persona: an http(s) address or a path in the project.
 */
export type Image = string;
/**
 * Free labels to group personas.
 */
export type Tags = string[];

/**
 * An archetype of customer, with goals, frustrations and channel habits. One file per persona, personas/<id>.yaml.
 */
export interface Persona {
  id: PersonaId;
  name: Name;
  role?: Role;
  description?: Description;
  quote?: Quote;
  goals?: Goals;
  frustrations?: Frustrations;
  digitalAffinity?: DigitalAffinity;
  preferredChannels?: PreferredChannels;
  image?: Image;
  tags?: Tags;
}
