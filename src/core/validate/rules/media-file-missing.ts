import { mediaAttachments } from '../media-attachments.ts';
import type { Rule } from '../rule.ts';

export const mediaFileMissing: Rule = {
  journey(file, { publicFiles, report }) {
    if (!publicFiles) return;
    for (const { attachment, pointer, localPath, step } of mediaAttachments(file.data)) {
      if (localPath === undefined || publicFiles.has(localPath)) continue;
      report({
        code: 'media-file-missing',
        file: file.path,
        pointer: `${pointer}/href`,
        message: `The ${attachment.kind} \`${attachment.href}\` is not under public/, so the map would show a broken ${attachment.kind === 'image' ? 'picture' : 'player'}.`,
        hint: `Put the file at public/${localPath}, or fix the path (relative to public/).`,
        params: { step: step.id, stepName: step.name, kind: attachment.kind, href: attachment.href },
      });
    }
  },
};
