import type { Channel } from '../core/index.ts';

// Emoji rather than an icon font or sprite: no extra bytes, and the config's own `icon` is a short text too.
const DEFAULT_ICONS: Record<string, string> = {
  web: '🌐',
  'mobile-app': '📱',
  email: '✉️',
  sms: '💬',
  chatbot: '🤖',
  social: '👥',
  ivr: '☎️',
  chat: '💭',
  phone: '📞',
  video: '🎥',
  'in-person': '🤝',
  store: '🏬',
  mail: '📮',
};

/** The short text shown before a channel's name: the config's icon, else the built-in one, else none. */
export function channelIcon(channel: Channel): string {
  return channel.icon ?? DEFAULT_ICONS[channel.id] ?? '';
}
