import type { CheckedFile, Rule } from '../rule.ts';
import type { Finding } from '../finding.ts';

function check(file: CheckedFile<{ id: string }>, noun: string, report: (finding: Finding) => void) {
  if (file.data.id === file.stem) return;
  report({
    code: 'id-mismatch',
    file: file.path,
    pointer: '/id',
    params: { what: noun, id: file.data.id, stem: file.stem, extension: file.path.slice(file.path.lastIndexOf('.')) },
  });
}

export const idMismatch: Rule = {
  journeyAlone: (file, context) => check(file, 'journey', context.report),
  personaAlone: (file, context) => check(file, 'persona', context.report),
};
