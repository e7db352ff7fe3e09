import { headerKey } from '../csv/journey-columns.ts';
import { BUILT_IN_CHANNELS } from '../model/channels.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';

/** Words spreadsheets use for the built-in channels, in French and English, beside their ids and names. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  web: ['site', 'site internet', 'internet', 'website', 'espace client'],
  'mobile-app': ['app', 'appli', 'application', 'application mobile', 'mobile'],
  email: ['e-mail', 'courriel', 'mel'],
  sms: ['texto', 'text message'],
  chatbot: ['bot', 'assistant virtuel', 'agent conversationnel'],
  social: ['reseaux sociaux', 'reseau social', 'social media', 'social network'],
  ivr: ['svi', 'serveur vocal', 'serveur vocal interactif'],
  chat: ['tchat', 'live chat'],
  phone: ['tel', 'telephone', 'appel', 'call', 'phone call', 'centre d appels', 'call center'],
  video: ['visio', 'visioconference', 'video call'],
  'in-person': ['face a face', 'en personne', 'rendez-vous', 'rdv', 'face to face', 'in person'],
  store: ['magasin', 'boutique', 'agence', 'point de vente', 'shop', 'branch'],
  mail: ['courrier', 'courrier postal', 'lettre', 'postal mail', 'post'],
};

/**
 * Finds the channel a spreadsheet cell means: its id first (so Parcours's own exports read back
 * exactly; note that `mail` is postal mail), then the names of the configured channels and the
 * usual words for the built-in ones, compared without case, accents or punctuation.
 */
export function channelMatcher(config: ResolvedConfig): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const [id, words] of Object.entries(ALIASES)) if (config.channels.has(id)) for (const word of words) byKey.set(headerKey(word), id);
  for (const [id, channel] of Object.entries(BUILT_IN_CHANNELS))
    if (config.channels.has(id)) for (const name of Object.values(channel.names)) byKey.set(headerKey(name), id);
  for (const channel of config.channels.values()) byKey.set(headerKey(channel.name), channel.id);
  for (const id of config.channels.keys()) byKey.set(headerKey(id), id);
  return (text) => (config.channels.has(text.trim().toLowerCase()) ? text.trim().toLowerCase() : byKey.get(headerKey(text)));
}
