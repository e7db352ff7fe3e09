import { describe, expect, it } from 'vitest';
import { describeBuildError } from './describe-build-error.ts';

describe('describeBuildError', () => {
  it('gives the location relative to the current directory, the message and the hint, without colours or stack', () => {
    const error = Object.assign(new Error('\u001b[31mExpected "}"\u001b[39m'), {
      hint: 'Close the expression.',
      loc: { file: '/repo/src/pages/index.astro', line: 4, column: 9 },
    });
    expect(describeBuildError(error, '/repo')).toBe('src/pages/index.astro:4:9 Expected "}"\nhint: Close the expression.');
  });

  it('gives the message alone when Astro knows no location', () => {
    expect(describeBuildError(new Error('pagefind failed'), '/repo')).toBe('pagefind failed');
    expect(describeBuildError('thrown text', '/repo')).toBe('thrown text');
  });
});
