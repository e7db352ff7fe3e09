import { mediaAttachments } from '../media-attachments.ts';
import type { Rule } from '../rule.ts';

export const mediaFileTooLarge: Rule = {
  journey(file, { config, publicFiles, report }) {
    if (!publicFiles) return;
    const limit = config.mediaMaxMegabytes * 1024 * 1024;
    for (const { attachment, pointer, localPath, step } of mediaAttachments(file.data)) {
      const size = localPath === undefined ? undefined : publicFiles.get(localPath);
      if (size === undefined || size <= limit) continue;
      report({
        code: 'media-file-too-large',
        file: file.path,
        pointer: `${pointer}/href`,
        params: {
          step: step.id,
          stepName: step.name,
          kind: attachment.kind,
          href: attachment.href,
          megabytes: Number((size / 1024 / 1024).toPrecision(2)),
          limit: config.mediaMaxMegabytes,
        },
      });
    }
  },
};
