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
 * The build draws journey.pdf (the poster) and persona.pdf with Chromium only for sites of up to this many journeys, about half a second a page; above it, the poster pages stay and the build says it left the PDFs out. 0 never draws them.
 */
export type PDFsUpToThisManyJourneys = number;
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
 * The column identifying the case (a customer, a file, a request) an event belongs to. Case ids never reach the site.
 */
export type CaseColumn = string;
/**
 * The column giving when the event happened (an ISO 8601 date and time, or a Parquet timestamp).
 */
export type TimestampColumn = string;
/**
 * The column naming the event, which steps' `events` patterns match.
 */
export type EventColumn = string;
/**
 * The column giving the channel id of the event (web, phone...). Optional in the logs: without it, channels are not analysed.
 */
export type ChannelColumn = string;
/**
 * A column that orders the events of a case that share a timestamp (a sequence number). Without it, ties keep the order of the rows in the file.
 */
export type OrderColumn = string;
/**
 * A figure computed over fewer cases than this is withheld from the site, the downloads and the CLI's output, so that no small group of customers can be singled out.
 */
export type MinimumOfCases = number;
/**
 * How much memory the analysis of the logs may take, as DuckDB writes it (4GB, 512MB). DuckDB is given about half of it for its tables, past which it spills to a temporary folder on disk: its sorts take more than that share.
 */
export type MemoryLimit = string;
/**
 * Path under public/ of the team's logo (SVG or PNG), shown before the site's title and on posters.
 */
export type Logo = string;
/**
 * CSS font stack of the whole site, posters and PDFs. Its first family may be loaded from `fontFile`.
 */
export type Font = string;
/**
 * Path under public/ of a font file (WOFF2, WOFF, TTF or OTF) that the first family of `font` is loaded from, so that posters drawn on any machine use it.
 */
export type FontFile = string;
/**
 * The page. A hex colour, #rgb or #rrggbb.
 */
export type Background = string;
/**
 * Text. A hex colour, #rgb or #rrggbb.
 */
export type Ink = string;
/**
 * Secondary text: lane names, details, dates. A hex colour, #rgb or #rrggbb.
 */
export type Muted = string;
/**
 * Behind lane titles and stage headers. A hex colour, #rgb or #rrggbb.
 */
export type Surface = string;
/**
 * Links, buttons and the stages' colour: the brand's main colour. A hex colour, #rgb or #rrggbb.
 */
export type Accent = string;
/**
 * Moments of truth on the map and the curve. A hex colour, #rgb or #rrggbb.
 */
export type MomentOfTruth = string;
/**
 * Pain points and warnings. A hex colour, #rgb or #rrggbb.
 */
export type Warning = string;
/**
 * Opportunities. A hex colour, #rgb or #rrggbb.
 */
export type Opportunity = string;
/**
 * The curve's area above 0, a light tint. A hex colour, #rgb or #rrggbb.
 */
export type PositiveEmotion = string;
/**
 * The curve's area below 0, a light tint. A hex colour, #rgb or #rrggbb.
 */
export type NegativeEmotion = string;
/**
 * Icons of digital channels. A hex colour, #rgb or #rrggbb.
 */
export type DigitalChannels = string;
/**
 * Icons of channels where a person answers. A hex colour, #rgb or #rrggbb.
 */
export type HumanChannels = string;
/**
 * Icons of physical channels: shops, mail. A hex colour, #rgb or #rrggbb.
 */
export type PhysicalChannels = string;
/**
 * Colours of the emotion curves and persona avatars, in the order of each journey's personas; after the last, the list starts again.
 *
 * @minItems 1
 */
export type PersonaColours = [string, ...string[]];
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
 * The icon shown beside the channel's name, by its name in Parcours' icon set: web, mobile-app, email, sms, chat, chatbot, social, ivr, phone, video, in-person, store, mail, digital, human or physical. Without it, a built-in channel has its own icon and another channel the icon of its kind; any other text is left out, since an emoji shows as an empty box where no emoji font is installed.
 */
export type Icon = string;
/**
 * The file starts with a byte order mark. Default: warn.
 */
export type FileBom = 'off' | 'warn' | 'error';
/**
 * A step has no touchpoint. Default: warn.
 */
export type StepWithoutTouchpoints = 'off' | 'warn' | 'error';
/**
 * An audio or video attachment has no transcript. Default: warn.
 */
export type MediaWithoutTranscript = 'off' | 'warn' | 'error';
/**
 * A media file under public/ is larger than mediaMaxMegabytes. Default: warn.
 */
export type MediaFileTooLarge = 'off' | 'warn' | 'error';
/**
 * No journey uses this persona. Default: warn.
 */
export type PersonaUnused = 'off' | 'warn' | 'error';
/**
 * The journey was last reviewed longer ago than the review age. Default: warn.
 */
export type ReviewOverdue = 'off' | 'warn' | 'error';
/**
 * A file's schema line points to no schema, so editors give no completion. Default: warn.
 */
export type SchemaLineUnresolved = 'off' | 'warn' | 'error';
/**
 * A step's emotion map leaves out a persona of the journey. Default: warn.
 */
export type EmotionMissingPersona = 'off' | 'warn' | 'error';
/**
 * A colour of the theme does not reach WCAG AA contrast against the background it is used on. Default: warn.
 */
export type ThemeContrast = 'off' | 'warn' | 'error';
/**
 * A CSV column is not recognised, so it is ignored. Default: warn.
 */
export type CsvUnknownColumn = 'off' | 'warn' | 'error';
/**
 * A Mermaid diagram scores beyond 1..5, so its scores were mapped onto the emotion scale by their own range. Default: warn.
 */
export type ImportScoreRescaled = 'off' | 'warn' | 'error';
/**
 * An imported journey names a persona that has no file yet. Default: warn.
 */
export type ImportPersonaMissing = 'off' | 'warn' | 'error';
/**
 * Two data rows give figures for the same step and period. Default: warn.
 */
export type DataDuplicateRow = 'off' | 'warn' | 'error';
/**
 * An event log row has no case, an unreadable timestamp or a value in an unknown column; it is left out. Default: warn.
 */
export type EventsBadRow = 'off' | 'warn' | 'error';
/**
 * A step's event pattern matches no event of the logs. Default: warn.
 */
export type EventsPatternUnmatched = 'off' | 'warn' | 'error';
/**
 * The journey names no owner to keep it true. Default: warn.
 */
export type OwnerMissing = 'off' | 'warn' | 'error';
/**
 * The journey has no lastReviewed date. Default: warn.
 */
export type ReviewDateMissing = 'off' | 'warn' | 'error';
/**
 * Emotions or pain points of a journey cite no source. Default: warn.
 */
export type ClaimsWithoutEvidence = 'off' | 'warn' | 'error';
/**
 * A step is digital only while a persona of the journey is far from digital. Default: warn.
 */
export type InclusionGapDigital = 'off' | 'warn' | 'error';
/**
 * None of a step's channels is among a persona's preferred channels. Default: warn.
 */
export type InclusionGapChannels = 'off' | 'warn' | 'error';
/**
 * A moment of truth offers no human touchpoint. Default: warn.
 */
export type MomentOfTruthWithoutHuman = 'off' | 'warn' | 'error';
/**
 * The emotion of a persona drops by 3 or more from one step to the next. Default: warn.
 */
export type EmotionCliff = 'off' | 'warn' | 'error';
/**
 * The journey ends on a negative step with no opportunity. Default: warn.
 */
export type DeadEnd = 'off' | 'warn' | 'error';
/**
 * Claims have stood unchanged in Git for longer than the review age with no evidence dated since (shown by the site, which reads the history; validate does not). Default: warn.
 */
export type StaleClaims = 'off' | 'warn' | 'error';

/**
 * Optional parcours.config.yaml at the content root: site settings, extra channels and costs, the emotion scale.
 */
export interface ParcoursConfig {
  title?: SiteTitle;
  lang?: Language;
  baseUrl?: BaseURL;
  currency?: Currency;
  reviewAgeDays?: ReviewAge;
  pdfMaxJourneys?: PDFsUpToThisManyJourneys;
  mediaMaxMegabytes?: LargestMediaFile;
  emotionScale?: EmotionScale;
  history?: History;
  events?: EventLogs;
  theme?: Theme;
  channels?: Channels;
  rules?: Rules;
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
 * How to read the event logs under data/events/ (CSV and Parquet files, sub-folders and hive-partitioned folders included): one row per event, with the columns named here. The XES names case:concept:name, concept:name and time:timestamp are recognised when the default names are absent.
 */
export interface EventLogs {
  case?: CaseColumn;
  timestamp?: TimestampColumn;
  event?: EventColumn;
  channel?: ChannelColumn;
  order?: OrderColumn;
  minCases?: MinimumOfCases;
  memoryLimit?: MemoryLimit;
}
/**
 * The team's brand on the site, the posters and the PDFs: logo, colours and font. `validate` reports a colour that does not reach WCAG AA contrast against the background it is used on (4.5:1 for text, 3:1 for lines and icons), with the nearest colour that does.
 */
export interface Theme {
  logo?: Logo;
  font?: Font;
  fontFile?: FontFile;
  colors?: Colours;
  personaColors?: PersonaColours;
}
/**
 * The design's colours; each one left out keeps its default.
 */
export interface Colours {
  background?: Background;
  ink?: Ink;
  muted?: Muted;
  surface?: Surface;
  accent?: Accent;
  momentOfTruth?: MomentOfTruth;
  warning?: Warning;
  opportunity?: Opportunity;
  positive?: PositiveEmotion;
  negative?: NegativeEmotion;
  digital?: DigitalChannels;
  human?: HumanChannels;
  physical?: PhysicalChannels;
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
/**
 * The level of each check, by problem code: `off` (not reported), `warn` (reported, the run still passes) or `error` (the run fails). Every warning code can be set; errors always stay errors.
 */
export interface Rules {
  'file-bom'?: FileBom;
  'step-without-touchpoints'?: StepWithoutTouchpoints;
  'media-without-transcript'?: MediaWithoutTranscript;
  'media-file-too-large'?: MediaFileTooLarge;
  'persona-unused'?: PersonaUnused;
  'review-overdue'?: ReviewOverdue;
  'schema-line-unresolved'?: SchemaLineUnresolved;
  'emotion-missing-persona'?: EmotionMissingPersona;
  'theme-contrast'?: ThemeContrast;
  'csv-unknown-column'?: CsvUnknownColumn;
  'import-score-rescaled'?: ImportScoreRescaled;
  'import-persona-missing'?: ImportPersonaMissing;
  'data-duplicate-row'?: DataDuplicateRow;
  'events-bad-row'?: EventsBadRow;
  'events-pattern-unmatched'?: EventsPatternUnmatched;
  'owner-missing'?: OwnerMissing;
  'review-date-missing'?: ReviewDateMissing;
  'claims-without-evidence'?: ClaimsWithoutEvidence;
  'inclusion-gap-digital'?: InclusionGapDigital;
  'inclusion-gap-channels'?: InclusionGapChannels;
  'moment-of-truth-without-human'?: MomentOfTruthWithoutHuman;
  'emotion-cliff'?: EmotionCliff;
  'dead-end'?: DeadEnd;
  'stale-claims'?: StaleClaims;
}
