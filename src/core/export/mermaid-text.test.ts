import { describe, expect, it } from 'vitest';
import { fromMermaidText, toMermaidBlock, toMermaidText } from './mermaid-text.ts';

describe('toMermaidText', () => {
  it.each(['Paie : 12 € ; fin #3', 'section choix', 'Title deed', 'journey', '%% commentaire', 'a%%{init}%%', 'accTitle: x', 'accDescr {'])(
    'leaves none of the characters the grammar cannot hold in %j, and fromMermaidText gives it back',
    (text) => {
      const line = toMermaidText(text);
      expect(line).not.toMatch(/[#:;\n]|%%/);
      // The statements of Mermaid's journey lexer that a task name must not start like.
      expect(line).not.toMatch(/^(journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{]|%|[^}]%%)/i);
      expect(fromMermaidText(line)).toBe(text);
    },
  );

  it('puts line breaks and runs of spaces on one line', () => {
    expect(toMermaidText('  Attend\n\tsa   commande ')).toBe('Attend sa commande');
  });
});

describe('toMermaidBlock', () => {
  it('keeps lines and replaces only what ends the block', () => {
    const block = toMermaidBlock('Ligne 1 : a\n\nLigne } 2 %%');
    expect(block.split('\n')).toHaveLength(3);
    expect(block).not.toMatch(/[}]|%%/);
    expect(fromMermaidText(block)).toBe('Ligne 1 : a\n\nLigne } 2 %%');
  });
});
