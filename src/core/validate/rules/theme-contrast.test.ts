import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatters, problemSentences, strings } from '../../../i18n/index.ts';
import { checkProject } from '../../index.ts';
import { contrastRatio } from '../../model/contrast.ts';

const root = fileURLToPath(new URL('../../../../tests/bad-input/theme-contrast/', import.meta.url));
const names = { personaName: () => undefined, channelName: () => undefined };

describe('theme-contrast', () => {
  it('reports each colour the theme sets below AA, with the ratio and a colour that passes', async () => {
    const { problems } = await checkProject(root, { now: new Date('2026-11-23T12:00:00Z') });
    const found = problems.filter((problem) => problem.code === 'theme-contrast');
    expect(found.map((problem) => [problem.pointer, problem.params?.on, problem.params?.ratio])).toEqual([
      ['/theme/colors/accent', 'background', 2.14],
      ['/theme/colors/accent', 'surface', 2.91],
      // The config sets the surface, not the ink: the surface is the colour to change.
      ['/theme/colors/surface', 'surface', 2.64],
      ['/theme/colors/surface', 'surface', 1.09],
      ['/theme/personaColors/1', 'background', 1.32],
      ['/theme/personaColors/1', 'positive', 1.18],
      ['/theme/personaColors/1', 'negative', 1.17],
    ]);
    for (const problem of found) {
      const text = (name: string) => String(problem.params?.[name]);
      const fixed = problem.pointer.endsWith('/surface')
        ? contrastRatio(text('color'), text('suggestion'))
        : contrastRatio(text('suggestion'), text('background'));
      expect(fixed, problem.pointer).toBeGreaterThanOrEqual(Number(problem.params?.needed));
    }
    for (const lang of ['fr', 'en'] as const) {
      const write = problemSentences(strings(lang), formatters(lang, 'EUR'), names);
      for (const problem of found) expect(write(problem), `${lang} ${problem.pointer}`).toMatch(/#[0-9a-f]{6}.*#[0-9a-f]{6}/);
    }
  });

  it('says nothing of a theme that leaves the colours to their defaults', async () => {
    const { problems } = await checkProject(fileURLToPath(new URL('../../../../tests/bad-input/config/', import.meta.url)));
    expect(problems.filter((problem) => problem.code === 'theme-contrast')).toEqual([]);
  });
});
