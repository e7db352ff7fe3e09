import { isSafeLink } from '../../model/safe-link.ts';
import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

export const unsafeLink: Rule = {
  check(context) {
    const report = (file: string, pointer: string, href: string) =>
      context.report({
        code: 'unsafe-link', file, pointer,
        message: `The link \`${href.length > 60 ? `${href.slice(0, 57)}...` : href}\` is refused: links may only be http(s), mailto or a path in the project.`,
        hint: 'Use a full https:// address or a relative path.',
      });
    for (const file of context.journeys) {
      for (const { step, pointer } of stepsOf(file.data)) {
        (step.evidence ?? []).forEach((evidence, index) => {
          if (evidence.href !== undefined && !isSafeLink(evidence.href)) report(file.path, `${pointer}/evidence/${index}/href`, evidence.href);
        });
        (step.attachments ?? []).forEach((attachment, index) => {
          if (!isSafeLink(attachment.href)) report(file.path, `${pointer}/attachments/${index}/href`, attachment.href);
        });
        for (const field of ['thoughts', 'painPoints'] as const) {
          (step[field] ?? []).forEach((statement, index) => {
            if (typeof statement === 'string' || statement.evidence === undefined) return;
            const list = Array.isArray(statement.evidence) ? statement.evidence : [statement.evidence];
            list.forEach((evidence, evidenceIndex) => {
              if (evidence.href === undefined || isSafeLink(evidence.href)) return;
              report(file.path, `${pointer}/${field}/${index}/evidence${Array.isArray(statement.evidence) ? `/${evidenceIndex}` : ''}/href`, evidence.href);
            });
          });
        }
      }
    }
    for (const file of context.personas) {
      if (file.data.image !== undefined && !isSafeLink(file.data.image)) report(file.path, '/image', file.data.image);
    }
  },
};
