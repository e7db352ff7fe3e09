import { describe, expect, it } from 'vitest';
import { isSafeLink } from './safe-link.ts';

describe('isSafeLink', () => {
  it.each([
    'https://example.com/a?b=c#d',
    'http://example.com',
    'mailto:cx@example.com',
    'images/capture.png',
    '/journeys/achat/',
    '#step-paie',
    '../doc.pdf',
    'rapport:2026.pdf?x=1'.replace('rapport:', 'rapport-'),
  ])('accepts %s', (href) => expect(isSafeLink(href)).toBe(true));

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript&colon;alert(1)',
    '&amp;#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '//evil.example.com/x',
    '\\\\evil.example.com\\x',
    '',
    '   ',
  ])('refuses %j', (href) => expect(isSafeLink(href)).toBe(false));
});
