import type { Attachment, Journey } from '../model/generated/journey.ts';
import { isSafeLink } from '../model/safe-link.ts';
import { stepsOf } from './rule.ts';

const MEDIA_KINDS = new Set(['image', 'audio', 'video']);

export interface MediaAttachment {
  attachment: Attachment & { kind: 'image' | 'audio' | 'video' };
  /** JSON pointer of the attachment. */
  pointer: string;
  /** The step it illustrates. */
  step: { id: string; name: string };
  /** The file under public/ the link names, when it is local (not an http(s) or mailto address). */
  localPath?: string;
}

/** Every image, audio and video attachment of a journey, with the public/ path of the local ones. */
export function mediaAttachments(journey: Journey): MediaAttachment[] {
  return [...stepsOf(journey)].flatMap(({ step, pointer }) =>
    (step.attachments ?? []).flatMap((attachment, index) => {
      if (!attachment.kind || !MEDIA_KINDS.has(attachment.kind)) return [];
      const localPath = publicPath(attachment.href);
      return [
        {
          attachment: attachment as MediaAttachment['attachment'],
          pointer: `${pointer}/attachments/${index}`,
          step: { id: step.id, name: step.name },
          ...(localPath === undefined ? {} : { localPath }),
        },
      ];
    }),
  );
}

/** The path under public/ a relative link names ("./media/a%20b.wav?x" → "media/a b.wav"); undefined for addresses elsewhere. */
function publicPath(href: string): string | undefined {
  const trimmed = href.trim();
  if (!isSafeLink(trimmed) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const path = trimmed.split(/[?#]/, 1)[0]!.replace(/^(\.?\/)+/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
