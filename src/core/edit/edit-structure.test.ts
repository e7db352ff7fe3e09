import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Change } from './change.ts';
import { editText } from './edit-text.ts';
import { unmetExpectation } from './expectations.ts';
import { numstat } from './numstat.testing.ts';

// Comments attached to a list item, the quotes of new items, and what a move expects: the rules a
// reviewer of the written diff relies on.

const COMMENTED = `id: commentee
title: Commentée
personas: [amelie-pressee]
stages:
  - id: phase
    name: Phase
    steps:
    # Section comment at the key's column: the list's, not an item's.
      # The first step's own comment.
      - id: a
        name: A
        # Inside a, after its last key.

      # Nobody's: a blank line apart from both steps.

      # b's own comment,
      # on two lines.
      - id: b
        name: B

      - id: c
        name: C
  - id: autre
    name: Autre
    steps:
      - id: d
        name: D
`;
const file = (text: string) => ({ path: 'journeys/commentee.yaml', kind: 'journey' as const, text });
const steps = (text: string, stage = 0) => (parse(text).stages[stage].steps as { id: string }[]).map((step) => step.id);

describe('comments attached to a list item', () => {
  it('go with a deleted step; a comment apart from it by a blank line, and the section comment, stay', () => {
    // A step in the middle: its comment, its lines, and the blank line after it.
    const b = editText(file(COMMENTED), [{ op: 'delete', path: ['stages', 0, 'steps', { id: 'b' }] }]);
    expect(b).toBe(COMMENTED.replace("      # b's own comment,\n      # on two lines.\n      - id: b\n        name: B\n\n", ''));
    expect(numstat(COMMENTED, b)).toEqual([0, 5]);

    // The first step: its comment, its lines, the comment inside it, and the blank line after it.
    const a = editText(file(COMMENTED), [{ op: 'delete', path: ['stages', 0, 'steps', { id: 'a' }] }]);
    expect(a).toBe(
      COMMENTED.replace(
        "      # The first step's own comment.\n      - id: a\n        name: A\n        # Inside a, after its last key.\n\n",
        '',
      ),
    );
    expect(a).toContain("    # Section comment at the key's column: the list's, not an item's.\n");
    expect(a).toContain("      # Nobody's: a blank line apart from both steps.\n");
    expect(numstat(COMMENTED, a)).toEqual([0, 5]);

    // The last step: its lines and the blank line before them.
    const c = editText(file(COMMENTED), [{ op: 'delete', path: ['stages', 0, 'steps', { id: 'c' }] }]);
    expect(c).toBe(COMMENTED.replace('        name: B\n\n      - id: c\n        name: C\n', '        name: B\n'));
    expect(numstat(COMMENTED, c)).toEqual([0, 3]);
  });

  it('move with a moved step, within its stage and to the next one; other comments stay', () => {
    const later = editText(file(COMMENTED), [
      { op: 'move', path: ['stages', 0, 'steps', { id: 'b' }], to: ['stages', 0, 'steps'], index: 2 },
    ]);
    expect(steps(later)).toEqual(['a', 'c', 'b']);
    const bLines = "      # b's own comment,\n      # on two lines.\n      - id: b\n        name: B\n";
    expect(later).toBe(
      COMMENTED.replace(`${bLines}\n`, '').replace('      - id: c\n        name: C\n', `      - id: c\n        name: C\n\n${bLines}`),
    );
    // Git sees the shorter side move: c's two lines and a blank one.
    expect(numstat(COMMENTED, later)).toEqual([3, 3]);

    const across = editText(file(COMMENTED), [
      { op: 'move', path: ['stages', 0, 'steps', { id: 'a' }], to: ['stages', 1, 'steps'], index: 1 },
    ]);
    expect(steps(across)).toEqual(['b', 'c']);
    expect(steps(across, 1)).toEqual(['d', 'a']);
    const aLines = "      # The first step's own comment.\n      - id: a\n        name: A\n        # Inside a, after its last key.\n";
    // The list it joins has one item, so no separator of its own: a takes the one of the list it left.
    expect(across).toBe(
      COMMENTED.replace(`${aLines}\n`, '').replace('      - id: d\n        name: D\n', `      - id: d\n        name: D\n\n${aLines}`),
    );
    expect(numstat(COMMENTED, across)).toEqual([5, 5]);
  });

  it('go with a deleted key, and a comment of the next key stays with it', () => {
    const text = 'id: j\n# the title\ntitle: T\n# the summary\nsummary: S\n';
    const after = editText({ path: 'journeys/j.yaml', kind: 'journey', text }, [{ op: 'delete', path: ['title'] }]);
    expect(after).toBe('id: j\n# the summary\nsummary: S\n');
  });
});

describe('the quotes of a new item', () => {
  const quoted = `id: q
title: Q
stages:
  - id: s
    name: S
    steps:
      - id: a
        name: 'Paie: en ligne'
      - id: b
        name: 'Reçoit #1'
`;
  it('writes a new name plain beside neighbours quoted because their text needs it', () => {
    const after = editText(file(quoted), [
      { op: 'insert', path: ['stages', 0, 'steps'], index: 1, value: { id: 'n', name: 'Nouvelle étape' } },
    ]);
    expect(after).toContain("        name: 'Paie: en ligne'\n      - id: n\n        name: Nouvelle étape\n      - id: b\n");
    expect(numstat(quoted, after)).toEqual([2, 0]);
  });

  it('quotes a name a plain scalar cannot say, in the quotes the file uses, and reads it back unchanged', () => {
    for (const name of ['Compare: les offres', 'Prix #1 du marché', '- tiret', '@ arobase', '123', 'true', "l'offre: « bonne »"]) {
      const after = editText(file(quoted), [{ op: 'insert', path: ['stages', 0, 'steps'], index: 2, value: { id: 'n', name } }]);
      expect(parse(after).stages[0].steps[2].name, name).toBe(name);
      expect(numstat(quoted, after)).toEqual([2, 0]);
      if (!name.includes("'")) expect(after, name).toContain(`        name: '${name}'\n`);
    }
    // A double-quoting file gets double quotes.
    const double = quoted.replace("'Paie: en ligne'", '"Paie: en ligne"').replace("'Reçoit #1'", '"Reçoit #1"');
    const after = editText(file(double), [{ op: 'insert', path: ['stages', 0, 'steps'], index: 2, value: { id: 'n', name: 'a: b' } }]);
    expect(after).toContain('        name: "a: b"\n');
    // In a file that mostly double-quotes, beside names single-quoted because they need it: the neighbours' quotes.
    const mixed = quoted.replace('title: Q', 'title: "Q: un"\nsummary: "S: deux"');
    const beside = editText(file(mixed), [{ op: 'insert', path: ['stages', 0, 'steps'], index: 2, value: { id: 'n', name: 'a: b' } }]);
    expect(beside).toContain("        name: 'a: b'\n");
    const thought = editText(file(mixed), [{ op: 'insert', path: ['stages', 0, 'steps', 0, 'thoughts'], index: 0, value: 'x' }]);
    expect(parse(thought).stages[0].steps[0].thoughts).toEqual(['x']);
    // A rename of a plain name that now needs quotes takes the file's quotes too.
    const renamed = editText(file(quoted), [{ op: 'set', path: ['stages', 0, 'name'], expect: 'S', value: 'S: deux' }]);
    expect(renamed).toContain("    name: 'S: deux'\n");
  });

  it('keeps quoting a new name where the neighbours quote names that need none', () => {
    const always = quoted.replace("'Paie: en ligne'", '"Paie en ligne"').replace("'Reçoit #1'", '"Reçoit"');
    const after = editText(file(always), [{ op: 'insert', path: ['stages', 0, 'steps'], index: 1, value: { id: 'n', name: 'Nouvelle' } }]);
    expect(after).toContain('      - id: n\n        name: "Nouvelle"\n');
  });
});

describe('what a change expects', () => {
  const data = parse(COMMENTED);
  const b = data.stages[0].steps[1];
  const move = (extra: Partial<Extract<Change, { op: 'move' }>>): Change => ({
    op: 'move',
    path: ['stages', { id: 'phase' }, 'steps', { id: 'b' }],
    to: ['stages', { id: 'autre' }, 'steps'],
    index: 0,
    ...extra,
  });

  it('holds for a move when the step and the list it goes into are as the page showed them', () => {
    expect(unmetExpectation(data, [move({ expect: b, expectTo: ['d'] })], true)).toBeUndefined();
    // An outside edit elsewhere (the title) does not matter.
    expect(unmetExpectation({ ...data, title: 'Autre titre' }, [move({ expect: b, expectTo: ['d'] })], true)).toBeUndefined();
  });

  it('fails for a move of a step changed outside, or into a list changed outside, or without expectations on a changed file', () => {
    const changedStep = structuredClone(data);
    changedStep.stages[0].steps[1].name = 'B changé ailleurs';
    expect(unmetExpectation(changedStep, [move({ expect: b, expectTo: ['d'] })], true)?.op).toBe('move');
    const changedList = structuredClone(data);
    changedList.stages[1].steps.unshift({ id: 'e', name: 'E' });
    expect(unmetExpectation(changedList, [move({ expect: b, expectTo: ['d'] })], true)?.op).toBe('move');
    expect(unmetExpectation(data, [move({ expect: b })], true)?.op).toBe('move');
    expect(unmetExpectation(data, [move({})], true)?.op).toBe('move');
    // On the text the page read, a move without expectations is applied as before.
    expect(unmetExpectation(data, [move({})], false)).toBeUndefined();
  });

  it('checks sets and deletes as before, and never an insert', () => {
    const name = ['stages', 0, 'steps', { id: 'a' }, 'name'];
    expect(unmetExpectation(data, [{ op: 'set', path: name, expect: 'A', value: 'Z' }], true)).toBeUndefined();
    expect(unmetExpectation(data, [{ op: 'set', path: name, expect: 'Y', value: 'Z' }], false)?.op).toBe('set');
    expect(unmetExpectation(data, [{ op: 'delete', path: name }], true)?.op).toBe('delete');
    expect(unmetExpectation(data, [{ op: 'insert', path: ['stages', 0, 'steps'], index: 0, value: { id: 'z' } }], true)).toBeUndefined();
  });
});
