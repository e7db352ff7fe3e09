import type { Channel } from '../core/index.ts';
import { type IconName, isIconName } from './icons.ts';

/**
 * The icon shown before a channel's name: the config's `icon` when it names one of the set
 * (render/icons.ts), else the icon of the channel's id, else the icon of its kind. Any other text
 * (an emoji from an older config) is left out: it would show as an empty box without an emoji font.
 */
export function channelIcon(channel: Channel): IconName {
  if (channel.icon !== undefined && isIconName(channel.icon)) return channel.icon;
  if (isIconName(channel.id)) return channel.id;
  return channel.kind;
}
