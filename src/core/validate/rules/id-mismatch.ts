import type { CheckedFile, Rule } from '../rule.ts';
import type { Finding } from '../finding.ts';

function check(file: CheckedFile<{ id: string }>, noun: string, report: (finding: Finding) => void) {
  if (file.data.id === file.stem) return;
  report({
    code: 'id-mismatch',
    file: file.path,
    pointer: '/id',
    message: `The ${noun} id \`${file.data.id}\` differs from its file name \`${file.stem}\`; the id is what URLs and references use, so both must agree.`,
    hint: `Rename the file to ${file.data.id}${file.path.slice(file.path.lastIndexOf('.'))} or set \`id: ${file.stem}\`.`,
    params: { what: noun, id: file.data.id, stem: file.stem },
  });
}

export const idMismatch: Rule = {
  journeyAlone: (file, context) => check(file, 'journey', context.report),
  personaAlone: (file, context) => check(file, 'persona', context.report),
};
