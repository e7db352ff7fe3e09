import { mediaAttachments } from '../media-attachments.ts';
import type { Rule } from '../rule.ts';

export const mediaWithoutTranscript: Rule = {
  journey(file, { report }) {
    for (const { attachment, pointer, step } of mediaAttachments(file.data)) {
      if (attachment.kind === 'image' || attachment.transcript !== undefined) continue;
      report({
        code: 'media-without-transcript',
        file: file.path,
        pointer,
        params: { step: step.id, stepName: step.name, kind: attachment.kind, title: attachment.title },
      });
    }
  },
};
