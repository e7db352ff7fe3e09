import { describe, expect, it } from 'vitest';
import type { Channel } from '../core/index.ts';
import { channelIcon } from './channel-icon.ts';
import { ICONS } from './icons.ts';

const channel = (id: string, extra: Partial<Channel> = {}): Channel => ({
  id,
  name: id,
  kind: 'digital',
  cost: 0,
  builtIn: false,
  ...extra,
});

describe('channelIcon', () => {
  it('takes the icon the config names, then the channel id, then its kind', () => {
    expect(channelIcon(channel('whatsapp', { icon: 'chat' }))).toBe('chat');
    expect(channelIcon(channel('phone'))).toBe('phone');
    expect(channelIcon(channel('kiosk', { kind: 'physical' }))).toBe('physical');
    expect(channelIcon(channel('advisor', { kind: 'human' }))).toBe('human');
  });

  it('leaves out an emoji or any text that names no icon of the set', () => {
    expect(channelIcon(channel('whatsapp', { icon: '💬' }))).toBe('digital');
    expect(channelIcon(channel('pigeon', { kind: 'physical', icon: '<img src=x>' }))).toBe('physical');
    // Not an inherited property either.
    expect(channelIcon(channel('x', { icon: 'toString' }))).toBe('digital');
  });

  it('draws every icon as one path of the 24-unit grid, with no emoji in the set', () => {
    for (const [name, path] of Object.entries(ICONS)) {
      expect(path, name).toMatch(/^M[-\d.\s,a-zA-Z]+$/);
      expect(path, name).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });
});
