/**
 * The interface's icons: one small set drawn for Parcours on a 24-unit grid, stroked at 2 units with
 * round ends (the GOV.UK Design System's advice: inline SVG, with text beside it). Inline paths
 * rather than emoji, which render as empty boxes on a machine without an emoji font (CI runners,
 * many company desktops, and so the PDFs drawn there). Each icon is one path, so an icon costs two
 * DOM nodes.
 */
const circle = (cx: number, cy: number, r: number) => `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const dot = (x: number, y: number) => `M${x} ${y}h.01`;

export const ICONS = {
  // Channels
  web: `${circle(12, 12, 9)}M3 12h18M12 3c3 3 3.5 15 0 18M12 3c-3 3-3.5 15 0 18`,
  'mobile-app': 'M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2',
  email: 'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM3 7l9 6 9-6',
  sms: 'M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H10l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM8 8h8M8 12h5',
  chat: 'M3 4h11a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H8l-4 3v-3H3a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM18 8h3a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-1v3l-4-3h-5a1 1 0 0 1-1-1v-1',
  chatbot: `M6 8h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2zM12 8V4M2 13v3M22 13v3${dot(9, 13)}${dot(15, 13)}M10 17h4`,
  social: `${circle(9, 8, 3)}M3 20a6 6 0 0 1 12 0${circle(17, 9, 2.5)}M16 14a5 5 0 0 1 5 6`,
  ivr: `${dot(7, 5)}${dot(12, 5)}${dot(17, 5)}${dot(7, 10)}${dot(12, 10)}${dot(17, 10)}${dot(7, 15)}${dot(12, 15)}${dot(17, 15)}${dot(12, 20)}`,
  phone: 'M5 3h3l2 5-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z',
  video: 'M4 6h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zM15 10l6-3v10l-6-3',
  'in-person': `${circle(8, 7, 3)}M2 20a6 6 0 0 1 12 0${circle(17, 8, 2)}M15 13.5a4.5 4.5 0 0 1 7 4.5`,
  store: 'M3 9l2-5h14l2 5M3 9h18M3 9a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M5 12v8h14v-8M10 20v-5h4v5',
  mail: 'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM15 8h3v3h-3zM6 13h6M6 16h4',
  // Channel kinds, for a channel the set does not know
  digital: 'M4 4h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1zM8 20h8M12 16v4',
  human: `${circle(12, 7, 4)}M4 21a8 8 0 0 1 16 0`,
  physical: 'M3 7.5l9-4.5 9 4.5v9L12 21l-9-4.5zM3 7.5l9 4.5 9-4.5M12 12v9',
  // Marks of the map
  star: 'M12 2.5l2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17l-5.9 3.3 1.3-6.5-4.9-4.5 6.6-.8z',
  warning: `M12 3L2 20h20zM12 9.5v5${dot(12, 17.5)}`,
  opportunity: 'M4 12h15M13 6l6 6-6 6',
  sparkle: 'M12 3l2 7 7 2-7 2-2 7-2-7-7-2 7-2z',
  'sub-journey': 'M6 3v9a3 3 0 0 0 3 3h11M16 11l4 4-4 4',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  attachment: 'M20 11l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 16.7a1.7 1.7 0 0 1-2.4-2.4L15 6.6',
  back: 'M20 12H5M11 6l-6 6 6 6',
  forward: 'M4 12h15M13 6l6 6-6 6',
  download: 'M12 3v12M7 10l5 5 5-5M4 20h16',
  dot: circle(12, 12, 5),
} as const;

export type IconName = keyof typeof ICONS;

/** Icons drawn filled rather than stroked. */
export const FILLED: ReadonlySet<IconName> = new Set(['star', 'sparkle', 'dot']);

export function isIconName(name: string): name is IconName {
  return Object.hasOwn(ICONS, name);
}
