import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders emphasis, lists and safe links', () => {
    const html = renderMarkdown('Some **bold**\n\n- one\n- [two](https://example.com)', '/');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li><a href="https://example.com">two</a></li>');
  });

  it('shows raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>', '/');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'jav&#x61;script:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
  ])('leaves the unsafe link %j as text', (href) => {
    const html = renderMarkdown(`[click](${href}) ![pic](${href})`, '/');
    expect(html).not.toMatch(/<a |<img /);
    expect(html).toContain('[click](');
  });

  it('resolves project paths against the base and keeps headings under the page title', () => {
    const html = renderMarkdown('# Title\n\n[map](journeys/a/)', '/site/');
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<a href="/site/journeys/a/">map</a>');
  });
});
