/* Generated from schema/journey.schema.json by `npm run gen:types`. Do not edit. */

/**
 * Permanent identifier of the journey: lowercase letters, digits and hyphens. It must equal the file name without its extension, and is used in URLs and references.
 */
export type JourneyId = string;
/**
 * The journey's name as stakeholders read it, in the customer's words.
 */
export type Title = string;
/**
 * What this map covers and why it exists, in Markdown (raw HTML is shown as text).
 */
export type Summary = string;
/**
 * Lowercase letters, digits and single hyphens, starting with a letter or digit.
 */
export type Id = string;
/**
 * Ids of the personas (personas/<id>.yaml) who live this journey. Each gets an emotion curve.
 */
export type Personas = Id[];
/**
 * Who keeps this map true: a person or a team that reviews it and answers for it.
 */
export type Owner = string;
/**
 * Date (YYYY-MM-DD) the owner last checked the map against reality. Maps older than the configured review age are flagged.
 */
export type LastReviewed = string;
/**
 * Free labels to group and filter journeys on the site.
 */
export type Tags = string[];
/**
 * `current` (as-is) describes today's journey; `target` (to-be) the journey a transformation aims for.
 */
export type State = 'current' | 'target';
/**
 * Lowercase letters, digits and single hyphens, starting with a letter or digit.
 */
export type Id1 = string;
/**
 * The phases of the journey in the order the customer lives them.
 *
 * @minItems 1
 */
export type Stages = [Stage, ...Stage[]];
/**
 * Lowercase letters, digits and single hyphens, starting with a letter or digit.
 */
export type Id2 = string;
/**
 * The stage's name as shown on the map.
 */
export type Name = string;
/**
 * What happens in this stage, from the customer's side.
 */
export type Description = string;
/**
 * The sentence.
 */
export type Text = string;
/**
 * true marks an assumption the team has not verified yet: the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).
 */
export type Hypothesis = boolean;
/**
 * What the customer expects at this stage, in their words: a sentence, or `{ text, hypothesis: true }` for an expectation the team assumes and has not verified yet.
 */
export type Expectations = (string | SentenceThatMayBeAHypothesis)[];
/**
 * The experience the company wants the customer to have here: reassuring, fun, inspiring, educational, effortless...
 */
export type DesiredExperience = string;
/**
 * The steps of this stage, in order.
 *
 * @minItems 1
 */
export type Steps = [Step, ...Step[]];
/**
 * Lowercase letters, digits and single hyphens, starting with a letter or digit.
 */
export type Id3 = string;
/**
 * What the customer does, as a short sentence.
 */
export type Name1 = string;
/**
 * More detail on what the customer does at this step.
 */
export type Description1 = string;
/**
 * A channel of the built-in catalogue (web, mobile-app, email, sms, phone, ivr, chat, chatbot, social, store, mail, in-person, video) or one added in parcours.config.yaml.
 */
export type ChannelId = string;
/**
 * A channel of the built-in catalogue (web, mobile-app, email, sms, phone, ivr, chat, chatbot, social, store, mail, in-person, video) or one added in parcours.config.yaml.
 */
export type ChannelId1 = string;
/**
 * What the touchpoint is, as the customer knows it.
 */
export type Name2 = string;
/**
 * false marks a touchpoint the company does not control, such as reviews on social media.
 */
export type Owned = boolean;
/**
 * More detail on the touchpoint.
 */
export type Description2 = string;
/**
 * Where the step happens: a channel id (shorthand) or a touchpoint object.
 */
export type Touchpoints = (ChannelId | Touchpoint)[];
/**
 * How the customer feels, on the emotion scale (default -3 to 3): one number for every persona of the journey, or a map giving each persona its own value, where null marks a persona who takes no part in this step.
 */
export type Emotion =
  | number
  | {
      [k: string]: number | null;
    };
/**
 * A sentence, or an object with the sentence and where it comes from.
 */
export type Statement =
  | string
  | {
      text: Text1;
      evidence?: StatementEvidence;
      hypothesis?: Hypothesis1;
    };
/**
 * The sentence, in the customer's words.
 */
export type Text1 = string;
/**
 * Where this comes from: one source or a list of sources.
 */
export type StatementEvidence = Evidence | Evidence[];
/**
 * What the evidence is, so a reader can find it.
 */
export type Source = string;
/**
 * The kind of source.
 */
export type Kind = 'interview' | 'survey' | 'analytics' | 'support' | 'observation' | 'other';
/**
 * Where to read it: an http(s) or mailto link, or a path in the project.
 */
export type Link = string;
/**
 * When the evidence was collected (YYYY-MM-DD).
 */
export type CollectedOn = string;
/**
 * true marks an assumption the team has not verified yet (from a workshop, not from research): the site shows it as a hypothesis and counts it apart, and the diff reports when it is confirmed (set back to false or removed).
 */
export type Hypothesis1 = boolean;
/**
 * What the customer thinks at this step, in their own words.
 */
export type Thoughts = Statement[];
/**
 * What irritates or blocks the customer here.
 */
export type PainPoints = Statement[];
/**
 * The improvement, as a short sentence.
 */
export type Title1 = string;
/**
 * What the improvement is and what it changes for the customer.
 */
export type Description3 = string;
/**
 * Expected impact on the customer's experience.
 */
export type Impact = 'low' | 'medium' | 'high';
/**
 * Effort the company needs to deliver it.
 */
export type Effort = 'low' | 'medium' | 'high';
/**
 * Where the improvement stands.
 */
export type Status = 'idea' | 'planned' | 'in-progress' | 'done';
/**
 * Who carries the improvement.
 */
export type Owner1 = string;
/**
 * The http(s) address of the issue, epic or ticket that carries the work, so a reader goes from the map to where it is delivered. Other schemes (javascript:, data:...) are refused.
 */
export type DeliveryLink = string;
/**
 * Ideas to improve this step: a sentence, or an object with impact, effort, status and owner.
 */
export type Opportunities = (string | Opportunity)[];
/**
 * Marks a step where the customer forms a lasting opinion of the brand: `true`, a sentence saying why, or `{ text, hypothesis: true }` when the team assumes it is one and has not verified it yet.
 */
export type MomentOfTruth = boolean | string | SentenceThatMayBeAHypothesis;
/**
 * Customer satisfaction: share of satisfied customers, in percent (0 to 100).
 */
export type CSAT = number;
/**
 * Net Promoter Score, from -100 to 100.
 */
export type NPS = number;
/**
 * Customer Effort Score, from 1 (very easy) to 7 (very hard).
 */
export type CES = number;
/**
 * Contacts per month at this step; with each channel's cost per contact it gives the cost to serve.
 */
export type Volume = number;
/**
 * Share of customers who go on to the next step, in percent (0 to 100).
 */
export type Conversion = number;
/**
 * Share of customers who abandon at this step, in percent (0 to 100).
 */
export type DropOff = number;
/**
 * Typical time the step takes the customer, in minutes.
 */
export type Duration = number;
/**
 * What is done.
 */
export type Text2 = string;
/**
 * Who does it: front, middle or back office team.
 */
export type Team = string;
/**
 * The system involved (CRM, billing, order management...).
 */
export type System = string;
/**
 * What the company does behind the scenes for this step: front, middle and back office, and systems such as the CRM or billing.
 */
export type Backstage = (string | BackstageAction)[];
/**
 * Where the claims of this step (emotion, pain points) come from.
 */
export type StepEvidence = Evidence[];
/**
 * What the attachment shows.
 */
export type Title2 = string;
/**
 * An http(s) or mailto link, or a path in the project.
 */
export type Link1 = string;
/**
 * The kind of attachment.
 */
export type Kind1 = 'image' | 'video' | 'audio' | 'document' | 'link';
/**
 * What is said or shown in an audio or video recording, in Markdown: shown beside the player and indexed by search, so readers who cannot or do not play it get its content.
 */
export type Transcript = string;
/**
 * Screenshots, recordings or documents that show the step.
 */
export type Attachments = Attachment[];
/**
 * Lowercase letters, digits and single hyphens, starting with a letter or digit.
 */
export type Id4 = string;
/**
 * The events of the logs under data/events/ that show a customer at this step: event names, or patterns where * matches any run of characters (web:/compte/* matches every page under /compte/). Two steps of one journey may not match the same event; an event may match steps of several journeys. `parcours events` and the journey page lay the paths observed in the logs over the map.
 */
export type ObservedEvents = string[];

/**
 * A customer journey map: the stages, steps and touchpoints one kind of customer lives with the company, seen from the customer's side. One file per journey, journeys/<id>.yaml.
 */
export interface Journey {
  id: JourneyId;
  title: Title;
  summary?: Summary;
  personas?: Personas;
  owner?: Owner;
  lastReviewed?: LastReviewed;
  tags?: Tags;
  state?: State;
  targetOf?: Id1;
  stages: Stages;
}
/**
 * A phase of the journey (discovery, purchase, after-sales...), holding its steps.
 */
export interface Stage {
  id: Id2;
  name: Name;
  description?: Description;
  expectations?: Expectations;
  experience?: DesiredExperience;
  steps: Steps;
}
/**
 * A sentence, and whether it is an assumption the team has not verified yet (an expectation, the reason for a moment of truth).
 */
export interface SentenceThatMayBeAHypothesis {
  text: Text;
  hypothesis?: Hypothesis;
}
/**
 * One thing the customer does, through one or more touchpoints, with what they think and feel.
 */
export interface Step {
  id: Id3;
  name: Name1;
  description?: Description1;
  touchpoints?: Touchpoints;
  emotion?: Emotion;
  thoughts?: Thoughts;
  painPoints?: PainPoints;
  opportunities?: Opportunities;
  momentOfTruth?: MomentOfTruth;
  metrics?: Metrics;
  backstage?: Backstage;
  evidence?: StepEvidence;
  attachments?: Attachments;
  subJourney?: Id4;
  events?: ObservedEvents;
}
/**
 * A point of contact on a channel.
 */
export interface Touchpoint {
  channel: ChannelId1;
  name?: Name2;
  owned?: Owned;
  description?: Description2;
}
/**
 * A source backing a claim.
 */
export interface Evidence {
  source: Source;
  kind?: Kind;
  href?: Link;
  date?: CollectedOn;
}
/**
 * An improvement idea, prioritised by its impact on the experience and the effort it takes.
 */
export interface Opportunity {
  title: Title1;
  description?: Description3;
  impact?: Impact;
  effort?: Effort;
  status?: Status;
  owner?: Owner1;
  link?: DeliveryLink;
}
/**
 * Measured figures of the step: satisfaction, effort, volumes, conversion.
 */
export interface Metrics {
  csat?: CSAT;
  nps?: NPS;
  ces?: CES;
  volume?: Volume;
  conversion?: Conversion;
  dropOff?: DropOff;
  duration?: Duration;
}
/**
 * An action behind the scenes, with the team and system that carry it.
 */
export interface BackstageAction {
  text: Text2;
  team?: Team;
  system?: System;
}
/**
 * A file or link illustrating a step.
 */
export interface Attachment {
  title: Title2;
  href: Link1;
  kind?: Kind1;
  transcript?: Transcript;
}
