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
        params: { step: step.id, stepName: step.name, kind: attachment.kind, href: attachment.href, path: localPath },
      });
    }
  },
};
