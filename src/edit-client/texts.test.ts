// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from './api.ts';
import type { Editor } from './editor.ts';
import { editMessages } from './messages.ts';
import { decorateTexts } from './texts.ts';

const data = {
  title: 'Retour',
  stages: [{ id: 'decider', name: 'Décider', steps: [{ id: 'lit', name: 'Lit', thoughts: ['Je garde ?'] }] }],
};

/** The part of an Editor that the text controls use, recording the changes they send. */
function fakeEditor(sent: Change[][]): Editor {
  return {
    t: editMessages('fr'),
    meta: { lang: 'fr', channels: [], personas: [] },
    data,
    notices: {
      status: () => {},
      alert: (text: string) => sent.push([{ op: 'set', path: ['alert'], expect: null, value: text }]),
      clear: () => {},
    },
    change: (make: (data: unknown) => Change[]) => {
      sent.push(make(data));
      return Promise.resolve(true);
    },
  } as unknown as Editor;
}

const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

beforeEach(() => {
  document.body.innerHTML = `<main><header data-edit-file="journeys/r.yaml" data-edit-journey="r"><h1 data-edit="title">Retour</h1></header>
    <section data-stage="decider"><div class="sh"><h3 data-edit="name">Décider</h3></div>
    <article data-step="lit"><h4 data-edit="name">Lit</h4><div data-lane="thoughts"><ul><li data-index="0">Je garde ?</li></ul></div></article></section></main>`;
});

describe('texts edited in place', () => {
  it('gives each text a pen named after it, and each list lane an add button', () => {
    decorateTexts(fakeEditor([]), document.querySelector('main')!);
    const pens = [...document.querySelectorAll<HTMLElement>('.edit-pen')].map((pen) => [
      pen.dataset.editKey,
      pen.getAttribute('aria-label'),
    ]);
    expect(pens).toEqual([
      ['text:journey:title', 'Modifier : Retour'],
      ['text:stage:decider:name', 'Modifier : Décider'],
      ['text:step:lit:name', 'Modifier : Lit'],
      ['text:step:lit:thoughts:0', 'Modifier : Je garde ?'],
    ]);
    expect(document.querySelector<HTMLElement>('.edit-add')?.dataset.editKey).toBe('add:lit:thoughts');
    // Decorating again adds nothing.
    decorateTexts(fakeEditor([]), document.querySelector('main')!);
    expect(document.querySelectorAll('.edit-pen')).toHaveLength(4);
  });

  it('saves with Enter: a control holding the current text, a change naming its target by ids', () => {
    const sent: Change[][] = [];
    decorateTexts(fakeEditor(sent), document.querySelector('main')!);
    document.querySelector<HTMLButtonElement>('[data-edit-key="text:step:lit:name"]')!.click();
    const input = document.querySelector<HTMLInputElement>('.edit-field input')!;
    expect(input.value).toBe('Lit');
    expect(input.getAttribute('aria-label')).toBe('Nom de l’étape');
    expect(document.activeElement).toBe(input);
    input.value = 'Lit: #tout';
    key(input, 'Enter');
    expect(sent).toEqual([
      [{ op: 'set', path: ['stages', { id: 'decider' }, 'steps', { id: 'lit' }, 'name'], expect: 'Lit', value: 'Lit: #tout' }],
    ]);
    expect(document.querySelector('.edit-field')).toBeNull();
    expect(document.activeElement?.getAttribute('data-edit-key')).toBe('text:step:lit:name');
  });

  it('cancels with Escape and sends nothing', () => {
    const sent: Change[][] = [];
    decorateTexts(fakeEditor(sent), document.querySelector('main')!);
    document.querySelector<HTMLButtonElement>('[data-edit-key="text:journey:title"]')!.click();
    const input = document.querySelector<HTMLInputElement>('.edit-field input')!;
    input.value = 'Autre';
    key(input, 'Escape');
    expect(sent).toEqual([]);
    expect(document.querySelector('.edit-field')).toBeNull();
  });

  it('refuses to empty a required text, and keeps the control open', () => {
    const sent: Change[][] = [];
    decorateTexts(fakeEditor(sent), document.querySelector('main')!);
    document.querySelector<HTMLButtonElement>('[data-edit-key="text:stage:decider:name"]')!.click();
    const input = document.querySelector<HTMLInputElement>('.edit-field input')!;
    input.value = ' ';
    key(input, 'Enter');
    expect(sent).toEqual([[{ op: 'set', path: ['alert'], expect: null, value: 'Ce texte ne peut pas être vide.' }]]);
    expect(document.querySelector('.edit-field')).not.toBeNull();
  });

  it('marks a plain sentence as a hypothesis: it becomes an object', () => {
    const sent: Change[][] = [];
    decorateTexts(fakeEditor(sent), document.querySelector('main')!);
    document.querySelector<HTMLButtonElement>('[data-edit-key="text:step:lit:thoughts:0"]')!.click();
    document.querySelector<HTMLInputElement>('.edit-field input[type="checkbox"]')!.checked = true;
    key(document.querySelector<HTMLInputElement>('.edit-field input[type="text"]')!, 'Enter');
    expect(sent).toEqual([
      [
        {
          op: 'set',
          path: ['stages', { id: 'decider' }, 'steps', { id: 'lit' }, 'thoughts', 0],
          expect: 'Je garde ?',
          value: { text: 'Je garde ?', hypothesis: true },
        },
      ],
    ]);
  });
});

describe('a touchpoint, a moment of truth and a stage’s desired experience', () => {
  const more = {
    stages: [
      {
        id: 'decider',
        name: 'Décider',
        experience: 'rassurante',
        steps: [{ id: 'lit', name: 'Lit', touchpoints: ['web', { channel: 'chatbot', name: 'Bot' }], momentOfTruth: true }],
      },
    ],
  };
  const editorOf = (sent: Change[][]) =>
    ({
      ...fakeEditor(sent),
      data: more,
      meta: {
        lang: 'fr',
        channels: [
          { id: 'web', name: 'Site web' },
          { id: 'chatbot', name: 'Chatbot' },
        ],
        personas: [],
      },
      change: (make: (data: unknown) => Change[]) => {
        sent.push(make(more));
        return Promise.resolve(true);
      },
    }) as unknown as Editor;
  beforeEach(() => {
    document.body.innerHTML = `<main><section data-stage="decider"><div class="sh"><h3 data-edit="name">Décider</h3><p data-edit="experience">rassurante</p></div>
      <article data-step="lit"><h4 data-edit="name">Lit</h4><div data-lane="touchpoints"><ul><li data-index="0">Site web</li><li data-index="1">Bot · Chatbot</li></ul></div>
      <div data-lane="momentOfTruth"><p class="motc">★ Moment de vérité</p></div></article></section></main>`;
  });

  it('gives them pens, and a moment of truth its sentence', () => {
    const sent: Change[][] = [];
    decorateTexts(editorOf(sent), document.querySelector('main')!);
    const keys = [...document.querySelectorAll<HTMLElement>('.edit-pen')].map((pen) => pen.dataset.editKey);
    expect(keys).toEqual([
      'text:stage:decider:name',
      'text:stage:decider:experience',
      'text:step:lit:name',
      'channel:lit:0',
      'channel:lit:1',
      'text:step:lit:momentOfTruth',
    ]);
    document.querySelector<HTMLButtonElement>('[data-edit-key="text:step:lit:momentOfTruth"]')!.click();
    const input = document.querySelector<HTMLInputElement>('.edit-field input')!;
    expect(input.value).toBe('');
    input.value = 'Il décide: rester';
    key(input, 'Enter');
    expect(sent).toEqual([
      [
        {
          op: 'set',
          path: ['stages', { id: 'decider' }, 'steps', { id: 'lit' }, 'momentOfTruth'],
          expect: true,
          value: 'Il décide: rester',
        },
      ],
    ]);
  });

  it('decorates a moment of truth’s sentence or a touchpoint that an update put in alone', () => {
    const editor = editorOf([]);
    decorateTexts(editor, document.querySelector('main')!);
    // The page's update replaces the smallest changed element: here the sentence, then a touchpoint.
    for (const selector of ['.motc', '[data-lane="touchpoints"] li[data-index="1"]']) {
      const old = document.querySelector(selector)!;
      const fresh = old.cloneNode(false) as HTMLElement;
      fresh.textContent = 'Nouveau';
      old.replaceWith(fresh);
      expect(fresh.querySelector('.edit-pen')).toBeNull();
      decorateTexts(editor, fresh);
      expect(fresh.querySelectorAll(':scope > .edit-pen')).toHaveLength(1);
    }
    expect(document.querySelectorAll('.edit-pen')).toHaveLength(6);
  });

  it('edits a touchpoint’s channel, name and description in one field: Enter saves, Escape cancels', () => {
    const sent: Change[][] = [];
    decorateTexts(editorOf(sent), document.querySelector('main')!);
    const pen = document.querySelector<HTMLButtonElement>('[data-edit-key="channel:lit:1"]')!;
    pen.click();
    const [select, name, description] = [...document.querySelectorAll<HTMLElement>('.edit-field select, .edit-field input')] as [
      HTMLSelectElement,
      HTMLInputElement,
      HTMLInputElement,
    ];
    expect([select.value, name.value, description.value]).toEqual(['chatbot', 'Bot', '']);
    expect([...document.querySelectorAll('.edit-field label > span')].map((label) => label.textContent)).toEqual([
      'Canal',
      'Nom du point de contact',
      'Description du point de contact',
    ]);
    expect(document.activeElement).toBe(select);
    name.value = 'Assistant';
    key(name, 'Escape');
    expect(sent).toEqual([]);
    expect(document.activeElement).toBe(pen);
    pen.click();
    const again = document.querySelectorAll<HTMLInputElement>('.edit-field input');
    again[1]!.value = 'Répond la nuit';
    key(again[1]!, 'Enter');
    const at = ['stages', { id: 'decider' }, 'steps', { id: 'lit' }, 'touchpoints', 1];
    expect(sent).toEqual([[{ op: 'set', path: [...at, 'description'], expect: null, value: 'Répond la nuit' }]]);
    expect(document.querySelector('.edit-field')).toBeNull();
  });
});
