import { isSafeLink } from '../../model/safe-link.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { stepsOf } from '../rule.ts';

function refused(file: string, pointer: string, href: string): Finding {
  return {
    code: 'unsafe-link',
    file,
    pointer,
    params: { href: shorten(href) },
  };
}

function refusedDelivery(file: string, pointer: string, href: string): Finding {
  return {
    code: 'unsafe-link',
    file,
    pointer,
    params: { case: 'delivery', href: shorten(href) },
  };
}

function shorten(href: string): string {
  return href.length > 60 ? `${href.slice(0, 57)}...` : href;
}

/** A delivery link leads to a tracker, so only a safe, absolute http(s) address makes sense there. */
function isDeliveryLink(href: string): boolean {
  return isSafeLink(href) && /^\s*https?:\/\/[^\s/]/i.test(href);
}

export const unsafeLink: Rule = {
  journeyAlone(file, { report }) {
    const check = (pointer: string, href: string | undefined) => {
      if (href !== undefined && !isSafeLink(href)) report(refused(file.path, pointer, href));
    };
    for (const { step, pointer } of stepsOf(file.data)) {
      (step.evidence ?? []).forEach((evidence, index) => {
        check(`${pointer}/evidence/${index}/href`, evidence.href);
      });
      (step.attachments ?? []).forEach((attachment, index) => {
        check(`${pointer}/attachments/${index}/href`, attachment.href);
      });
      (step.opportunities ?? []).forEach((opportunity, index) => {
        if (typeof opportunity !== 'string' && opportunity.link !== undefined && !isDeliveryLink(opportunity.link)) {
          report(refusedDelivery(file.path, `${pointer}/opportunities/${index}/link`, opportunity.link));
        }
      });
      for (const field of ['thoughts', 'painPoints'] as const) {
        (step[field] ?? []).forEach((statement, index) => {
          if (typeof statement === 'string' || statement.evidence === undefined) return;
          const evidence = statement.evidence;
          if (Array.isArray(evidence))
            evidence.forEach((item, itemIndex) => {
              check(`${pointer}/${field}/${index}/evidence/${itemIndex}/href`, item.href);
            });
          else check(`${pointer}/${field}/${index}/evidence/href`, evidence.href);
        });
      }
    }
  },
  personaAlone(file, { report }) {
    if (file.data.image !== undefined && !isSafeLink(file.data.image)) report(refused(file.path, '/image', file.data.image));
  },
};
