import { describe, expect, it } from 'vitest';
import { contentHref } from './content-href.ts';

describe('contentHref', () => {
  it('keeps absolute http(s) and mailto links', () => {
    expect(contentHref('https://example.com/a?b=1', '/')).toBe('https://example.com/a?b=1');
    expect(contentHref('mailto:team@example.com', '/site/')).toBe('mailto:team@example.com');
  });

  it('resolves project paths against the site base', () => {
    expect(contentHref('images/a.svg', '/site/')).toBe('/site/images/a.svg');
    expect(contentHref('/images/a.svg', '/site/')).toBe('/site/images/a.svg');
    expect(contentHref('./images/a.svg', '/')).toBe('/images/a.svg');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jav&#x61;script:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>',
    ' vbscript:x',
    '//evil.example',
    'javascript&colon;alert(1)',
  ])('refuses %j', (href) => expect(contentHref(href, '/')).toBeUndefined());
});
