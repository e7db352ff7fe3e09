/* Generated from schema/config.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The name of the published site.
 */
export type SiteTitle = string;
/**
 * Language of the site's interface: fr or en. Numbers, currencies and dates follow it.
 */
export type Language = 'fr' | 'en';
/**
 * Where the site is published, with its path (for GitHub Pages, https://<owner>.github.io/<repo>/). Links and the sitemap are made relative to it.
 */
export type BaseURL = string;
/**
 * ISO 4217 code of the currency the costs per contact are in.
 */
export type Currency = string;
/**
 * Number of days after which a journey's lastReviewed date counts as stale.
 */
export type ReviewAge = number;
/**
 * Size in megabytes above which validate warns about an image, audio or video file under public/ (media-file-too-large): the map loads pictures as it opens, and readers on a phone download what they play.
 */
export type LargestMediaFile = number;
/**
 * The most negative emotion value.
 */
export type Minimum = number;
/**
 * The most positive emotion value.
 */
export type Maximum = number;
/**
 * Number of revisions per journey or persona shown on the site, newest first; older ones are left out. 0 turns the history pages off.
 */
export type RevisionsKept = number;
/**
 * The channel's name as shown on the site.
 */
export type Name = string;
/**
 * digital, human or physical: the site groups channels by kind.
 */
export type Kind = 'digital' | 'human' | 'physical';
/**
 * What one contact on this channel costs the company, in the configured currency.
 */
export type CostPerContact = number;
/**
 * A short text or emoji shown beside the channel's name.
 */
export type Icon = string;

/**
 * Optional parcours.config.yaml at the content root: site settings, extra channels and costs, the emotion scale.
 */
export interface ParcoursConfig {
  title?: SiteTitle;
  lang?: Language;
  baseUrl?: BaseURL;
  currency?: Currency;
  reviewAgeDays?: ReviewAge;
  mediaMaxMegabytes?: LargestMediaFile;
  emotionScale?: EmotionScale;
  history?: History;
  channels?: Channels;
}
/**
 * The range of emotion values and the words shown for them.
 */
export interface EmotionScale {
  min?: Minimum;
  max?: Maximum;
  labels?: Labels;
}
/**
 * Words for some values of the scale, keyed by the value.
 */
export interface Labels {
  [k: string]: string;
}
/**
 * How the site shows each journey's and persona's revisions from Git.
 */
export interface History {
  revisions?: RevisionsKept;
}
/**
 * Channels to add to the built-in catalogue, or built-in channels whose name, kind or cost to override, keyed by channel id.
 */
export interface Channels {
  [k: string]: Channel;
}
/**
 * A channel's settings.
 */
export interface Channel {
  name?: Name;
  kind?: Kind;
  cost?: CostPerContact;
  icon?: Icon;
}
