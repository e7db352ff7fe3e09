import { headerKey } from '../csv/journey-columns.ts';
import { CHANNEL_WORDS } from '../model/channel-words.ts';
import { BUILT_IN_CHANNELS } from '../model/channels.ts';
import type { ResolvedConfig } from '../model/resolve-config.ts';

/**
 * Finds the channel a spreadsheet cell means: its id first (so Parcours's own exports read back
 * exactly; note that `mail` is postal mail), then the names of the configured channels and the
 * usual words for the built-in ones, compared without case, accents or punctuation.
 */
export function channelMatcher(config: ResolvedConfig): (text: string) => string | undefined {
  const byKey = new Map<string, string>();
  for (const [id, words] of Object.entries(CHANNEL_WORDS))
    if (config.channels.has(id)) for (const word of [...words.fr, ...words.en]) byKey.set(headerKey(word), id);
  for (const [id, channel] of Object.entries(BUILT_IN_CHANNELS))
    if (config.channels.has(id)) for (const name of Object.values(channel.names)) byKey.set(headerKey(name), id);
  for (const channel of config.channels.values()) byKey.set(headerKey(channel.name), channel.id);
  for (const id of config.channels.keys()) byKey.set(headerKey(id), id);
  return (text) => (config.channels.has(text.trim().toLowerCase()) ? text.trim().toLowerCase() : byKey.get(headerKey(text)));
}
