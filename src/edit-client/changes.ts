import type { Change, Path } from './api.ts';

/**
 * The changes the page sends, made from the file's data as the page last read it: each names its
 * target by ids and carries the value the page showed (`expect`), so that the dev server applies it
 * to a file that changed meanwhile only where that value is still the same. Pure functions over plain
 * data, tested without a browser.
 */

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` in `data`, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let here: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') here = Array.isArray(here) ? here[segment] : undefined;
    else if (typeof segment === 'string') here = isObject(here) ? here[segment] : undefined;
    else here = Array.isArray(here) ? here.find((item) => isObject(item) && item.id === segment.id) : undefined;
    if (here === undefined) return undefined;
  }
  return here;
}

export const stagePath = (stage: string): Path => ['stages', { id: stage }];
export const stepPath = (stage: string, step: string): Path => [...stagePath(stage), 'steps', { id: step }];

/**
 * A text the page edits: a field of a map (`key`), an item of a list (`list`, `index`), or the
 * sentence of a field that is `true`, a sentence or `{ text, hypothesis }` (`flag`: a step's moment
 * of truth, whose sentence says why).
 */
export type TextTarget =
  | { at: Path; key: string; required?: boolean }
  | { at: Path; key: string; flag: true }
  | { at: Path; list: string; index: number; textKey: 'text' | 'title' };

/** The text a target holds now ('' when absent). */
export function textOf(data: unknown, target: TextTarget): string {
  if ('flag' in target) {
    const value = valueAt(data, [...target.at, target.key]);
    const text = isObject(value) ? value.text : value;
    return typeof text === 'string' ? text : '';
  }
  if ('key' in target) {
    const value = valueAt(data, [...target.at, target.key]);
    return typeof value === 'string' ? value : '';
  }
  const item = valueAt(data, [...target.at, target.list, target.index]);
  if (typeof item === 'string') return item;
  const text = isObject(item) ? item[target.textKey] : undefined;
  return typeof text === 'string' ? text : '';
}

/**
 * The changes that give `target` the text `text`: none when it is the same; 'empty' when a required
 * text would be emptied. An emptied optional field or list item is removed, with the list when it
 * was its last item (an empty list is noise in a reviewed file).
 */
export function textChanges(data: unknown, target: TextTarget, text: string): Change[] | 'empty' {
  const before = textOf(data, target);
  if (text === before) return [];
  if ('flag' in target) return flagTextChanges(data, [...target.at, target.key], text);
  if ('key' in target) {
    const path = [...target.at, target.key];
    const expect = valueAt(data, path) ?? null;
    if (text.trim() === '') return target.required ? 'empty' : expect === null ? [] : [{ op: 'delete', path, expect }];
    return [{ op: 'set', path, expect, value: text }];
  }
  if (text.trim() === '') return deleteItem(data, target.at, target.list, target.index);
  const itemPath = [...target.at, target.list, target.index];
  const item = valueAt(data, itemPath);
  if (isObject(item)) return [{ op: 'set', path: [...itemPath, target.textKey], expect: item[target.textKey] ?? null, value: text }];
  return [{ op: 'set', path: itemPath, expect: item ?? null, value: text }];
}

/** A moment of truth's sentence: `true` takes one and becomes it, an emptied one becomes `true` again (the mark stays). */
function flagTextChanges(data: unknown, path: Path, text: string): Change[] {
  const before = valueAt(data, path);
  if (before === undefined || before === false) return [];
  if (isObject(before)) {
    if (text.trim() === '') return [{ op: 'set', path, expect: before, value: true }];
    return [{ op: 'set', path: [...path, 'text'], expect: before.text ?? null, value: text }];
  }
  if (text.trim() === '') return before === true ? [] : [{ op: 'set', path, expect: before, value: true }];
  return [{ op: 'set', path, expect: before, value: text }];
}

/** Removes item `index` of the list `list` at `at`, or the whole list when it is its only item. */
export function deleteItem(data: unknown, at: Path, list: string, index: number): Change[] {
  const items = valueAt(data, [...at, list]);
  if (!Array.isArray(items) || items[index] === undefined) return [];
  if (items.length === 1) return [{ op: 'delete', path: [...at, list], expect: items }];
  return [{ op: 'delete', path: [...at, list, index], expect: items[index] }];
}

/** Adds `value` at the end of the list `list` at `at`, making the list when there is none. */
export function appendItem(data: unknown, at: Path, list: string, value: unknown): Change[] {
  const items = valueAt(data, [...at, list]);
  if (Array.isArray(items)) return [{ op: 'insert', path: [...at, list], index: items.length, value }];
  return [{ op: 'set', path: [...at, list], expect: items ?? null, value: [value] }];
}

/** Sets or clears `field` of a list item that may be written as a plain string (`textKey` holds the string then). */
export function itemFieldChanges(
  data: unknown,
  at: Path,
  list: string,
  index: number,
  textKey: 'text' | 'title',
  field: string,
  value: unknown,
): Change[] {
  const itemPath = [...at, list, index];
  const item = valueAt(data, itemPath);
  if (typeof item === 'string') {
    if (value === undefined || value === false) return [];
    return [{ op: 'set', path: itemPath, expect: item, value: { [textKey]: item, [field]: value } }];
  }
  if (!isObject(item)) return [];
  const before = item[field];
  if (before === value) return [];
  if (value === undefined || (value === false && field === 'hypothesis')) {
    return before === undefined ? [] : [{ op: 'delete', path: [...itemPath, field], expect: before }];
  }
  return [{ op: 'set', path: [...itemPath, field], expect: before ?? null, value }];
}

/** Sets one persona's emotion at a step; a step with one value for everybody gets a map, each persona keeping its value. */
export function emotionChanges(
  data: unknown,
  stage: string,
  step: string,
  persona: string,
  value: number,
  journeyPersonas: readonly string[],
): Change[] {
  const path = [...stepPath(stage, step), 'emotion'];
  const emotion = valueAt(data, path);
  if (isObject(emotion)) {
    const before = emotion[persona];
    if (before === value) return [];
    return [{ op: 'set', path: [...path, persona], expect: before ?? null, value }];
  }
  if (emotion === value) return [];
  // One number for every persona: it stays one number when the journey has one persona or none,
  // else each persona keeps the old value and this one gets the new.
  if (journeyPersonas.length <= 1 || !journeyPersonas.includes(persona)) return [{ op: 'set', path, expect: emotion ?? null, value }];
  const map: Record<string, number> = {};
  for (const id of journeyPersonas)
    if (typeof emotion === 'number' || id === persona) map[id] = id === persona ? value : (emotion as number);
  return [{ op: 'set', path, expect: emotion ?? null, value: map }];
}

/** The journey's step and stage ids, which a new one must not reuse (ids are unique within a journey). */
function usedIds(data: unknown): Set<string> {
  const ids = new Set<string>();
  const stages = valueAt(data, ['stages']);
  if (!Array.isArray(stages)) return ids;
  for (const stage of stages) {
    if (!isObject(stage)) continue;
    if (typeof stage.id === 'string') ids.add(stage.id);
    if (Array.isArray(stage.steps)) for (const step of stage.steps) if (isObject(step) && typeof step.id === 'string') ids.add(step.id);
  }
  return ids;
}

/** A fresh id from a name ("Nouvelle étape" -> "nouvelle-etape", then "nouvelle-etape-2"...). */
export function freshId(data: unknown, name: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'item';
  const used = usedIds(data);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function stepIndex(data: unknown, stage: string, step: string): { steps: unknown[]; index: number } | undefined {
  const steps = valueAt(data, [...stagePath(stage), 'steps']);
  if (!Array.isArray(steps)) return undefined;
  const index = steps.findIndex((item) => isObject(item) && item.id === step);
  return index < 0 ? undefined : { steps, index };
}

function stageIds(data: unknown): string[] {
  const stages = valueAt(data, ['stages']);
  return Array.isArray(stages) ? stages.flatMap((stage) => (isObject(stage) && typeof stage.id === 'string' ? [stage.id] : [])) : [];
}

export function addStepAfter(data: unknown, stage: string, step: string, name: string): { changes: Change[]; id: string } {
  const found = stepIndex(data, stage, step);
  const id = freshId(data, name);
  if (!found) return { changes: [], id };
  return { changes: [{ op: 'insert', path: [...stagePath(stage), 'steps'], index: found.index + 1, value: { id, name } }], id };
}

export function addStageAfter(data: unknown, stage: string, name: string, stepName: string): { changes: Change[]; id: string } {
  const ids = stageIds(data);
  const id = freshId(data, name);
  const index = ids.indexOf(stage);
  if (index < 0) return { changes: [], id };
  // A stage holds at least one step (the schema's minItems): it comes with one to rename.
  const stepId = freshId({ stages: [...(valueAt(data, ['stages']) as unknown[]), { id, steps: [] }] }, stepName);
  return {
    changes: [{ op: 'insert', path: ['stages'], index: index + 1, value: { id, name, steps: [{ id: stepId, name: stepName }] } }],
    id,
  };
}

/**
 * Moves a step one place earlier (-1) or later (+1): within its stage, or to the end of the stage
 * before (the start of the stage after) when it is the first (last) of its own. `index` is its
 * place in the target list once it has left its own.
 */
export function moveStep(data: unknown, stage: string, step: string, direction: -1 | 1): Change[] {
  const found = stepIndex(data, stage, step);
  if (!found) return [];
  const from = [...stepPath(stage, step)];
  const expect = found.steps[found.index];
  // The list the step goes into, as the page shows it: moved after an outside change to it, the
  // step could land beside other neighbours, so the server refuses it then (a conflict).
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.map((item) => (isObject(item) && typeof item.id === 'string' ? item.id : item)) : [];
  const target = found.index + direction;
  if (target >= 0 && target < found.steps.length)
    return [{ op: 'move', path: from, to: [...stagePath(stage), 'steps'], index: target, expect, expectTo: ids(found.steps) }];
  const stages = stageIds(data);
  const neighbour = stages[stages.indexOf(stage) + direction];
  // The last step of a stage stays: a stage without steps is invalid.
  if (neighbour === undefined || found.steps.length === 1) return [];
  const neighbourSteps = valueAt(data, [...stagePath(neighbour), 'steps']);
  const index = direction < 0 ? (Array.isArray(neighbourSteps) ? neighbourSteps.length : 0) : 0;
  return [{ op: 'move', path: from, to: [...stagePath(neighbour), 'steps'], index, expect, expectTo: ids(neighbourSteps) }];
}

export function deleteStep(data: unknown, stage: string, step: string): Change[] {
  const path = stepPath(stage, step);
  const expect = valueAt(data, path);
  return expect === undefined ? [] : [{ op: 'delete', path, expect }];
}

export function deleteStage(data: unknown, stage: string): Change[] {
  const path = stagePath(stage);
  const expect = valueAt(data, path);
  return expect === undefined ? [] : [{ op: 'delete', path, expect }];
}

/** Toggles a step's moment of truth: `true` when it has none, removed (with its reason) when it has one. */
export function momentOfTruthChanges(data: unknown, stage: string, step: string): Change[] {
  const path = [...stepPath(stage, step), 'momentOfTruth'];
  const before = valueAt(data, path);
  if (before === undefined || before === false) return [{ op: 'set', path, expect: before ?? null, value: true }];
  return [{ op: 'delete', path, expect: before }];
}

/** What the page shows of a touchpoint and lets one change: its channel, its name and its description. */
export interface TouchpointText {
  channel: string;
  name: string;
  description: string;
}

/** A touchpoint as the page edits it ('' for a name or description it has not). */
export function touchpointOf(data: unknown, stage: string, step: string, index: number): TouchpointText | undefined {
  const item = valueAt(data, [...stepPath(stage, step), 'touchpoints', index]);
  if (typeof item === 'string') return { channel: item, name: '', description: '' };
  if (!isObject(item)) return undefined;
  const text = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');
  return { channel: text('channel'), name: text('name'), description: text('description') };
}

/**
 * The changes that give a touchpoint a channel, a name and a description. A shorthand (a channel id)
 * stays one while it has neither name nor description, and becomes `{ channel, name, description }`
 * when it gets one; an object's fields are set or removed one by one, the others kept.
 */
export function touchpointChanges(data: unknown, stage: string, step: string, index: number, next: TouchpointText): Change[] {
  const path = [...stepPath(stage, step), 'touchpoints', index];
  const item = valueAt(data, path);
  const name = next.name.trim() === '' ? '' : next.name;
  const description = next.description.trim() === '' ? '' : next.description;
  if (typeof item === 'string') {
    if (name === '' && description === '') return item === next.channel ? [] : [{ op: 'set', path, expect: item, value: next.channel }];
    const value: Record<string, string> = { channel: next.channel };
    if (name) value.name = name;
    if (description) value.description = description;
    return [{ op: 'set', path, expect: item, value }];
  }
  if (!isObject(item)) return [];
  const changes: Change[] = [];
  for (const [key, value] of [
    ['channel', next.channel],
    ['name', name],
    ['description', description],
  ] as const) {
    const before = item[key];
    if ((before ?? '') === value) continue;
    if (value === '') changes.push({ op: 'delete', path: [...path, key], expect: before });
    else changes.push({ op: 'set', path: [...path, key], expect: before ?? null, value });
  }
  return changes;
}

/** Adds a persona to a journey (each step's emotion map gets nothing: the checker says which steps lack a value). */
export function addPersona(data: unknown, persona: string): Change[] {
  const personas = valueAt(data, ['personas']);
  if (Array.isArray(personas) && personas.includes(persona)) return [];
  return appendItem(data, [], 'personas', persona);
}

/** Removes a persona from a journey, with its values in the steps' emotion maps (a map left empty goes too). */
export function removePersona(data: unknown, persona: string): Change[] {
  const personas = valueAt(data, ['personas']);
  if (!Array.isArray(personas)) return [];
  const index = personas.indexOf(persona);
  if (index < 0) return [];
  const changes: Change[] = deleteItem(data, [], 'personas', index);
  for (const stage of stageIds(data)) {
    const steps = valueAt(data, [...stagePath(stage), 'steps']);
    if (!Array.isArray(steps)) continue;
    for (const step of steps) {
      if (!isObject(step) || typeof step.id !== 'string' || !isObject(step.emotion) || !(persona in step.emotion)) continue;
      const path = [...stepPath(stage, step.id), 'emotion'];
      if (Object.keys(step.emotion).length === 1) changes.push({ op: 'delete', path, expect: step.emotion });
      else changes.push({ op: 'delete', path: [...path, persona], expect: step.emotion[persona] });
    }
  }
  return changes;
}
