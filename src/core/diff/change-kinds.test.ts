import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS } from './change-kinds.ts';

describe('CHANGE_KINDS', () => {
  it('are all documented in docs/diff-format.md with their level', () => {
    const doc = readFileSync(new URL('../../../docs/diff-format.md', import.meta.url), 'utf8');
    const rows = new Map([...doc.matchAll(/^\| `([a-z-]+)` \| ([a-z]+)/gm)].map((match) => [match[1]!, match[2]!]));
    expect(Object.keys(CHANGE_KINDS).map((kind) => [kind, rows.get(kind)])).toEqual(
      Object.entries(CHANGE_KINDS).map(([kind, { level }]) => [kind, kind === 'emotion-changed' ? 'warn' : level]),
    );
  });

  it('are kebab-case', () => {
    for (const kind of Object.keys(CHANGE_KINDS)) expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
