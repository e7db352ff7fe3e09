export type ChannelKind = 'digital' | 'human' | 'physical';

/** A channel as the site and the rules use it, after the config's additions and overrides. */
export interface Channel {
  id: string;
  name: string;
  kind: ChannelKind;
  /** What one contact costs the company, in the configured currency. */
  cost: number;
  icon?: string;
  builtIn: boolean;
}

interface BuiltInChannel {
  names: { fr: string; en: string };
  kind: ChannelKind;
  cost: number;
}

/**
 * The built-in catalogue. Costs are per contact in euros for a mid-size company: web 0.30,
 * IVR 0.60, chat 1.80, phone 3 and face to face 15 are field figures (see shared/DOMAIN.md);
 * the others are estimates placed between them, to be overridden in parcours.config.yaml.
 */
export const BUILT_IN_CHANNELS: Readonly<Record<string, BuiltInChannel>> = {
  web: { names: { fr: 'Site web', en: 'Website' }, kind: 'digital', cost: 0.3 },
  'mobile-app': { names: { fr: 'Application mobile', en: 'Mobile app' }, kind: 'digital', cost: 0.3 },
  email: { names: { fr: 'E-mail', en: 'Email' }, kind: 'digital', cost: 2.5 },
  sms: { names: { fr: 'SMS', en: 'SMS' }, kind: 'digital', cost: 0.1 },
  chatbot: { names: { fr: 'Chatbot', en: 'Chatbot' }, kind: 'digital', cost: 0.5 },
  social: { names: { fr: 'Réseaux sociaux', en: 'Social media' }, kind: 'digital', cost: 2 },
  ivr: { names: { fr: 'Serveur vocal (SVI)', en: 'IVR' }, kind: 'digital', cost: 0.6 },
  chat: { names: { fr: 'Chat avec un conseiller', en: 'Live chat' }, kind: 'human', cost: 1.8 },
  phone: { names: { fr: 'Téléphone', en: 'Phone' }, kind: 'human', cost: 3 },
  video: { names: { fr: 'Visio avec un conseiller', en: 'Video call' }, kind: 'human', cost: 6 },
  'in-person': { names: { fr: 'Face à face', en: 'Face to face' }, kind: 'human', cost: 15 },
  store: { names: { fr: 'Magasin / agence', en: 'Store / branch' }, kind: 'physical', cost: 15 },
  mail: { names: { fr: 'Courrier', en: 'Postal mail' }, kind: 'physical', cost: 5 },
};
