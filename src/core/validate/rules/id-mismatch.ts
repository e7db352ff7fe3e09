import type { Rule } from '../rule.ts';

export const idMismatch: Rule = {
  check(context) {
    for (const [files, noun] of [[context.journeys, 'journey'], [context.personas, 'persona']] as const) {
      for (const file of files) {
        if (file.data.id === file.stem) continue;
        context.report({
          code: 'id-mismatch', file: file.path, pointer: '/id',
          message: `The ${noun} id \`${file.data.id}\` differs from its file name \`${file.stem}\`; the id is what URLs and references use, so both must agree.`,
          hint: `Rename the file to ${file.data.id}${file.path.slice(file.path.lastIndexOf('.'))} or set \`id: ${file.stem}\`.`,
        });
      }
    }
  },
};
