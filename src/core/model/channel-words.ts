import { closest } from '../validate/suggest.ts';

/**
 * The words people write for the built-in channels, in French and English, beside the channels'
 * ids and names: a spreadsheet's cells are read with them (import/match-channel.ts), and an id
 * that is not a channel is answered with the one it most likely means (`téléphone` → `phone`).
 * `mail` is the channel of postal mail, although French speakers say "un mail" for an email.
 */
export const CHANNEL_WORDS: Readonly<Record<string, { readonly fr: readonly string[]; readonly en: readonly string[] }>> = {
  web: { fr: ['site', 'site internet', 'internet', 'espace client'], en: ['website', 'site', 'internet'] },
  'mobile-app': { fr: ['appli', 'application', 'application mobile', 'mobile'], en: ['app', 'mobile', 'mobile app', 'application'] },
  email: { fr: ['courriel', 'e-mail', 'mel', 'message electronique'], en: ['e-mail', 'electronic mail'] },
  sms: { fr: ['texto', 'message texte'], en: ['text message', 'texting'] },
  chatbot: { fr: ['bot', 'assistant virtuel', 'agent conversationnel'], en: ['bot', 'virtual assistant'] },
  social: {
    fr: ['reseaux sociaux', 'reseau social', 'facebook', 'instagram', 'linkedin'],
    en: ['social media', 'social network', 'facebook', 'instagram', 'linkedin'],
  },
  ivr: {
    fr: ['svi', 'serveur vocal', 'serveur vocal interactif', 'standard automatique'],
    en: ['voice menu', 'interactive voice response'],
  },
  chat: { fr: ['tchat', 'chat en ligne', 'messagerie instantanee'], en: ['live chat', 'web chat', 'instant messaging'] },
  phone: {
    fr: ['tel', 'telephone', 'appel', 'centre d appels', 'hotline'],
    en: ['telephone', 'call', 'phone call', 'call center', 'call centre'],
  },
  video: { fr: ['visio', 'visioconference', 'appel video'], en: ['video call', 'videoconference', 'visio'] },
  'in-person': {
    fr: ['face a face', 'en personne', 'rendez-vous', 'rdv', 'guichet'],
    en: ['face to face', 'in person', 'appointment'],
  },
  store: { fr: ['magasin', 'boutique', 'agence', 'point de vente', 'succursale'], en: ['shop', 'branch', 'point of sale'] },
  mail: { fr: ['courrier', 'courrier postal', 'lettre', 'poste'], en: ['postal mail', 'post', 'letter'] },
};

/** A word compared without case, accents, spaces or punctuation: `Face à face` and `face-a-face` are one. */
export function channelWordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The channel among `ids` that `word` most likely means: an id or a usual word written otherwise
 * (case, accents, spaces), then the closest id, then the id of the closest usual word (a typo in
 * `telefone`). Undefined when nothing is close.
 */
export function suggestChannel(word: string, ids: Iterable<string>): string | undefined {
  const known = [...ids];
  const byWord = new Map<string, string>();
  for (const id of known) {
    for (const alias of [...(CHANNEL_WORDS[id]?.fr ?? []), ...(CHANNEL_WORDS[id]?.en ?? [])])
      if (!byWord.has(channelWordKey(alias))) byWord.set(channelWordKey(alias), id);
  }
  for (const id of known) byWord.set(channelWordKey(id), id);
  const key = channelWordKey(word);
  return byWord.get(key) ?? closest(word, known) ?? byWord.get(closest(key, byWord.keys()) ?? '');
}
