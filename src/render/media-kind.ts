/** How an attachment shows in the map: a picture, a player, or a plain link. */
export type MediaView = 'image' | 'audio' | 'video' | 'link';

const PLAYABLE: Record<'audio' | 'video', RegExp> = {
  audio: /\.(mp3|m4a|aac|oga|ogg|opus|wav|flac|weba)$/i,
  video: /\.(mp4|m4v|webm|ogv|mov)$/i,
};
const PICTURE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * What to draw for an attachment. An image, audio or video becomes a thumbnail or a player only
 * when its address names a file a browser can show (by its extension, query and anchor aside): a
 * recording kept on a web page (a webinar replay) stays a link, since a player cannot play a page.
 */
export function mediaView(kind: string | undefined, href: string): MediaView {
  const path = href.split(/[?#]/, 1)[0]!;
  if (kind === 'image' && PICTURE.test(path)) return 'image';
  if ((kind === 'audio' || kind === 'video') && PLAYABLE[kind].test(path)) return kind;
  return 'link';
}
