import { describe, expect, it } from 'vitest';
import {
  addPersona,
  addStageAfter,
  addStepAfter,
  appendItem,
  deleteItem,
  emotionChanges,
  freshId,
  itemFieldChanges,
  momentOfTruthChanges,
  moveStep,
  removePersona,
  stepPath,
  textChanges,
  textOf,
  touchpointChanges,
  touchpointOf,
  valueAt,
} from './changes.ts';

const journey = {
  id: 'retour',
  title: 'Retour',
  personas: ['amelie', 'nadine'],
  stages: [
    {
      id: 'decider',
      name: 'Décider',
      steps: [
        { id: 'essaie', name: 'Essaie', emotion: -1, thoughts: ['Je garde ?', { text: 'Trop grand', hypothesis: true }] },
        { id: 'lit', name: 'Lit', emotion: { amelie: -1, nadine: 0 }, touchpoints: ['web', { channel: 'chatbot', name: 'Bot' }] },
      ],
    },
    {
      id: 'declarer',
      name: 'Déclarer',
      steps: [{ id: 'remplit', name: 'Remplit', opportunities: ['Un clic', { title: 'QR', impact: 'high' }] }],
    },
  ],
};

describe('paths by id', () => {
  it('finds a step by its stage and step ids', () => {
    expect(valueAt(journey, [...stepPath('decider', 'lit'), 'name'])).toBe('Lit');
    expect(valueAt(journey, [...stepPath('declarer', 'lit'), 'name'])).toBeUndefined();
  });
});

describe('emotion changes', () => {
  it('sets one persona inside a map, expecting the value shown', () => {
    expect(emotionChanges(journey, 'decider', 'lit', 'amelie', -2, journey.personas)).toEqual([
      { op: 'set', path: [...stepPath('decider', 'lit'), 'emotion', 'amelie'], expect: -1, value: -2 },
    ]);
  });
  it('turns one value for everybody into a map where the others keep it', () => {
    expect(emotionChanges(journey, 'decider', 'essaie', 'nadine', 1, journey.personas)).toEqual([
      { op: 'set', path: [...stepPath('decider', 'essaie'), 'emotion'], expect: -1, value: { amelie: -1, nadine: 1 } },
    ]);
  });
  it('keeps one number on a journey without personas', () => {
    const alone = { ...journey, personas: undefined };
    expect(emotionChanges(alone, 'decider', 'essaie', '_all', 2, [])).toEqual([
      { op: 'set', path: [...stepPath('decider', 'essaie'), 'emotion'], expect: -1, value: 2 },
    ]);
  });
  it('keeps one number on a journey of one persona', () => {
    expect(emotionChanges(journey, 'decider', 'essaie', 'amelie', 0, ['amelie'])).toEqual([
      { op: 'set', path: [...stepPath('decider', 'essaie'), 'emotion'], expect: -1, value: 0 },
    ]);
  });
  it('sends nothing when the value does not change', () => {
    expect(emotionChanges(journey, 'decider', 'lit', 'nadine', 0, journey.personas)).toEqual([]);
  });
});

describe('text changes', () => {
  const name = { at: stepPath('decider', 'lit'), key: 'name', required: true };
  it('sets a field with what it held', () => {
    expect(textChanges(journey, name, 'Lit: les #conditions')).toEqual([
      { op: 'set', path: [...stepPath('decider', 'lit'), 'name'], expect: 'Lit', value: 'Lit: les #conditions' },
    ]);
  });
  it('refuses to empty a required text, and deletes an optional one', () => {
    expect(textChanges(journey, name, '  ')).toBe('empty');
    expect(textChanges(journey, { at: [], key: 'summary' }, '')).toEqual([]);
    expect(textChanges({ summary: 'x' }, { at: [], key: 'summary' }, '')).toEqual([{ op: 'delete', path: ['summary'], expect: 'x' }]);
  });
  it('edits a plain sentence in place and the text of an object', () => {
    const at = stepPath('decider', 'essaie');
    expect(textOf(journey, { at, list: 'thoughts', index: 1, textKey: 'text' })).toBe('Trop grand');
    expect(textChanges(journey, { at, list: 'thoughts', index: 0, textKey: 'text' }, 'Je renvoie')).toEqual([
      { op: 'set', path: [...at, 'thoughts', 0], expect: 'Je garde ?', value: 'Je renvoie' },
    ]);
    expect(textChanges(journey, { at, list: 'thoughts', index: 1, textKey: 'text' }, 'Trop petit')).toEqual([
      { op: 'set', path: [...at, 'thoughts', 1, 'text'], expect: 'Trop grand', value: 'Trop petit' },
    ]);
  });
  it('removes an emptied item, and the list with its last item', () => {
    const at = stepPath('decider', 'essaie');
    expect(deleteItem(journey, at, 'thoughts', 0)).toEqual([{ op: 'delete', path: [...at, 'thoughts', 0], expect: 'Je garde ?' }]);
    const one = { stages: [{ id: 's', steps: [{ id: 'a', thoughts: ['seul'] }] }] };
    expect(deleteItem(one, stepPath('s', 'a'), 'thoughts', 0)).toEqual([
      { op: 'delete', path: [...stepPath('s', 'a'), 'thoughts'], expect: ['seul'] },
    ]);
  });
  it('appends to a list, or makes it', () => {
    const at = stepPath('decider', 'lit');
    expect(appendItem(journey, at, 'painPoints', 'Long')).toEqual([
      { op: 'set', path: [...at, 'painPoints'], expect: null, value: ['Long'] },
    ]);
    expect(appendItem(journey, stepPath('decider', 'essaie'), 'thoughts', 'Et ?')).toEqual([
      { op: 'insert', path: [...stepPath('decider', 'essaie'), 'thoughts'], index: 2, value: 'Et ?' },
    ]);
  });
});

describe('marks and choices', () => {
  const at = stepPath('decider', 'essaie');
  it('marks a plain sentence as a hypothesis by making it an object', () => {
    expect(itemFieldChanges(journey, at, 'thoughts', 0, 'text', 'hypothesis', true)).toEqual([
      { op: 'set', path: [...at, 'thoughts', 0], expect: 'Je garde ?', value: { text: 'Je garde ?', hypothesis: true } },
    ]);
    expect(itemFieldChanges(journey, at, 'thoughts', 1, 'text', 'hypothesis', false)).toEqual([
      { op: 'delete', path: [...at, 'thoughts', 1, 'hypothesis'], expect: true },
    ]);
    expect(itemFieldChanges(journey, at, 'thoughts', 0, 'text', 'hypothesis', false)).toEqual([]);
  });
  it('sets an opportunity level', () => {
    const remplit = stepPath('declarer', 'remplit');
    expect(itemFieldChanges(journey, remplit, 'opportunities', 1, 'title', 'impact', 'low')).toEqual([
      { op: 'set', path: [...remplit, 'opportunities', 1, 'impact'], expect: 'high', value: 'low' },
    ]);
    expect(itemFieldChanges(journey, remplit, 'opportunities', 0, 'title', 'effort', 'low')).toEqual([
      { op: 'set', path: [...remplit, 'opportunities', 0], expect: 'Un clic', value: { title: 'Un clic', effort: 'low' } },
    ]);
  });
  it('toggles a moment of truth', () => {
    expect(momentOfTruthChanges(journey, 'decider', 'lit')).toEqual([
      { op: 'set', path: [...stepPath('decider', 'lit'), 'momentOfTruth'], expect: null, value: true },
    ]);
    const marked = { stages: [{ id: 's', steps: [{ id: 'a', momentOfTruth: 'Parce que' }] }] };
    expect(momentOfTruthChanges(marked, 's', 'a')).toEqual([
      { op: 'delete', path: [...stepPath('s', 'a'), 'momentOfTruth'], expect: 'Parce que' },
    ]);
  });
  it('changes a channel in the shorthand and in the object form', () => {
    const lit = stepPath('decider', 'lit');
    const web = touchpointOf(journey, 'decider', 'lit', 0)!;
    expect(web).toEqual({ channel: 'web', name: '', description: '' });
    expect(touchpointChanges(journey, 'decider', 'lit', 0, { ...web, channel: 'email' })).toEqual([
      { op: 'set', path: [...lit, 'touchpoints', 0], expect: 'web', value: 'email' },
    ]);
    const bot = touchpointOf(journey, 'decider', 'lit', 1)!;
    expect(bot).toEqual({ channel: 'chatbot', name: 'Bot', description: '' });
    expect(touchpointChanges(journey, 'decider', 'lit', 1, { ...bot, channel: 'phone' })).toEqual([
      { op: 'set', path: [...lit, 'touchpoints', 1, 'channel'], expect: 'chatbot', value: 'phone' },
    ]);
    expect(touchpointChanges(journey, 'decider', 'lit', 1, bot)).toEqual([]);
  });
  it('names and describes a touchpoint: a shorthand becomes an object, an emptied field goes', () => {
    const lit = stepPath('decider', 'lit');
    expect(touchpointChanges(journey, 'decider', 'lit', 0, { channel: 'web', name: 'Page: retours #1', description: '' })).toEqual([
      { op: 'set', path: [...lit, 'touchpoints', 0], expect: 'web', value: { channel: 'web', name: 'Page: retours #1' } },
    ]);
    expect(touchpointChanges(journey, 'decider', 'lit', 1, { channel: 'chatbot', name: ' ', description: 'Répond la nuit' })).toEqual([
      { op: 'delete', path: [...lit, 'touchpoints', 1, 'name'], expect: 'Bot' },
      { op: 'set', path: [...lit, 'touchpoints', 1, 'description'], expect: null, value: 'Répond la nuit' },
    ]);
  });
  it('gives a moment of truth its sentence, and takes it back to `true` when emptied', () => {
    const path = [...stepPath('declarer', 'remplit'), 'momentOfTruth'];
    const target = { at: stepPath('declarer', 'remplit'), key: 'momentOfTruth', flag: true } as const;
    const marked = structuredClone(journey) as typeof journey & { stages: { steps: Record<string, unknown>[] }[] };
    marked.stages[1]!.steps[0]!.momentOfTruth = true;
    expect(textOf(marked, target)).toBe('');
    expect(textChanges(marked, target, 'Le client décide: il reste')).toEqual([
      { op: 'set', path, expect: true, value: 'Le client décide: il reste' },
    ]);
    marked.stages[1]!.steps[0]!.momentOfTruth = 'Il décide';
    expect(textChanges(marked, target, '')).toEqual([{ op: 'set', path, expect: 'Il décide', value: true }]);
    marked.stages[1]!.steps[0]!.momentOfTruth = { text: 'Il décide', hypothesis: true };
    expect(textOf(marked, target)).toBe('Il décide');
    expect(textChanges(marked, target, 'Il part')).toEqual([{ op: 'set', path: [...path, 'text'], expect: 'Il décide', value: 'Il part' }]);
    // A step that is not a moment of truth gets no sentence.
    expect(textChanges(journey, target, 'Rien')).toEqual([]);
  });
});

describe('structure', () => {
  it('adds a step after a step, with an id nobody uses', () => {
    expect(freshId(journey, 'Nouvelle étape')).toBe('nouvelle-etape');
    expect(freshId(journey, 'Lit')).toBe('lit-2');
    expect(addStepAfter(journey, 'decider', 'essaie', 'Nouvelle étape').changes).toEqual([
      { op: 'insert', path: ['stages', { id: 'decider' }, 'steps'], index: 1, value: { id: 'nouvelle-etape', name: 'Nouvelle étape' } },
    ]);
  });
  it('adds a stage with one step, as the schema asks', () => {
    const { changes, id } = addStageAfter(journey, 'decider', 'Nouvelle phase', 'Nouvelle étape');
    expect(id).toBe('nouvelle-phase');
    expect(changes).toEqual([
      {
        op: 'insert',
        path: ['stages'],
        index: 1,
        value: { id: 'nouvelle-phase', name: 'Nouvelle phase', steps: [{ id: 'nouvelle-etape', name: 'Nouvelle étape' }] },
      },
    ]);
  });
  it('moves a step within its stage, then across to the neighbouring stage', () => {
    // Each move carries the step it moves and the ids of the list it goes into, as the page shows them.
    const [essaie, lit] = journey.stages[0]!.steps;
    expect(moveStep(journey, 'decider', 'essaie', 1)).toEqual([
      {
        op: 'move',
        path: stepPath('decider', 'essaie'),
        to: ['stages', { id: 'decider' }, 'steps'],
        index: 1,
        expect: essaie,
        expectTo: ['essaie', 'lit'],
      },
    ]);
    expect(moveStep(journey, 'decider', 'lit', 1)).toEqual([
      {
        op: 'move',
        path: stepPath('decider', 'lit'),
        to: ['stages', { id: 'declarer' }, 'steps'],
        index: 0,
        expect: lit,
        expectTo: ['remplit'],
      },
    ]);
    // The only step of a stage stays, and the first step of the first stage has nowhere to go.
    expect(moveStep(journey, 'declarer', 'remplit', -1)).toEqual([]);
    expect(moveStep(journey, 'decider', 'essaie', -1)).toEqual([]);
  });
  it('adds a persona, and removes one with its emotion values', () => {
    expect(addPersona(journey, 'karim')).toEqual([{ op: 'insert', path: ['personas'], index: 2, value: 'karim' }]);
    expect(addPersona(journey, 'amelie')).toEqual([]);
    expect(removePersona(journey, 'nadine')).toEqual([
      { op: 'delete', path: ['personas', 1], expect: 'nadine' },
      { op: 'delete', path: [...stepPath('decider', 'lit'), 'emotion', 'nadine'], expect: 0 },
    ]);
  });
});
