import type { Change, Path } from './api.ts';
import {
  appendItem,
  deleteItem,
  itemFieldChanges,
  stagePath,
  stepPath,
  type TextTarget,
  textChanges,
  textOf,
  touchpointChanges,
  touchpointOf,
  valueAt,
} from './changes.ts';
import type { Editor } from './editor.ts';
import { button, byKey, element, focusIfLost, keepInView, labelled } from './dom.ts';

/** What a piece of the page holds, and how it is edited. */
export interface TextSpec {
  key: string;
  label: string;
  target: TextTarget;
  multiline?: boolean;
  /** A statement may be marked as a hypothesis; an opportunity has impact, effort and status. */
  kind?: 'statement' | 'opportunity';
}

const LISTS = {
  thoughts: { textKey: 'text', kind: 'statement' },
  painPoints: { textKey: 'text', kind: 'statement' },
  opportunities: { textKey: 'title', kind: 'opportunity' },
} as const;
export type ListLane = keyof typeof LISTS;
export const LIST_LANES = Object.keys(LISTS) as ListLane[];

const owner = (element: Element) => element.parentElement?.closest<HTMLElement>('[data-step], [data-stage], [data-edit-file]');

/**
 * The step lanes `root` holds, is, or sits in: an update may put in a lane's part alone (a moment
 * of truth's sentence, a touchpoint), which is decorated through its lane.
 */
function lanesOf(root: Element): HTMLElement[] {
  const around = root.closest<HTMLElement>('[data-step] [data-lane]');
  return around ? [around] : [...root.querySelectorAll<HTMLElement>('[data-step] [data-lane]')];
}

/** The texts under `root` (itself included) that the page can edit, with their specs. */
function textSpecs(editor: Editor, root: Element): { element: HTMLElement; spec: TextSpec }[] {
  const { fields } = editor.t;
  const found: { element: HTMLElement; spec: TextSpec }[] = [];
  const all = (selector: string) => [
    ...(root.matches(selector) ? [root as HTMLElement] : []),
    ...root.querySelectorAll<HTMLElement>(selector),
  ];
  for (const element of all('[data-edit]')) {
    const field = element.dataset.edit!;
    const parent = owner(element);
    if (!parent) continue;
    if (parent.dataset.editFile !== undefined && (field === 'title' || field === 'summary')) {
      found.push({
        element,
        spec: {
          key: `text:journey:${field}`,
          label: field === 'title' ? fields.title : fields.summary,
          target: { at: [], key: field, required: field === 'title' },
          multiline: field === 'summary',
        },
      });
    } else if (parent.dataset.step !== undefined && field === 'name') {
      const stage = parent.closest<HTMLElement>('[data-stage]')?.dataset.stage;
      if (stage)
        found.push({
          element,
          spec: {
            key: `text:step:${parent.dataset.step}:name`,
            label: fields.stepName,
            target: { at: stepPath(stage, parent.dataset.step), key: 'name', required: true },
          },
        });
    } else if (parent.dataset.stage !== undefined && parent.dataset.step === undefined) {
      const stage = parent.dataset.stage;
      const at = stagePath(stage);
      if (field === 'name')
        found.push({
          element,
          spec: { key: `text:stage:${stage}:name`, label: fields.stageName, target: { at, key: 'name', required: true } },
        });
      if (field === 'description' || field === 'experience') found.push({ element, spec: stageFieldSpec(editor, stage, field) });
      if (field === 'expectations')
        for (const item of element.querySelectorAll<HTMLElement>(':scope > li[data-index]')) {
          const index = Number(item.dataset.index);
          found.push({
            element: item,
            spec: {
              key: `text:stage:${stage}:expectations:${index}`,
              label: fields.expectation,
              target: { at, list: 'expectations', index, textKey: 'text' },
            },
          });
        }
    }
  }
  for (const lane of lanesOf(root)) {
    const step = lane.closest<HTMLElement>('[data-step]')!.dataset.step!;
    const stage = lane.closest<HTMLElement>('[data-stage]')?.dataset.stage;
    if (!stage) continue;
    const at = stepPath(stage, step);
    const name = lane.dataset.lane!;
    if (name === 'description') found.push({ element: lane, spec: stepDescriptionSpec(editor, stage, step) });
    // The sentence beside the ★ says why the step is a moment of truth: a step marked `true` gets one here.
    const moment = name === 'momentOfTruth' ? lane.querySelector<HTMLElement>(':scope > .motc') : null;
    if (moment)
      found.push({
        element: moment,
        spec: {
          key: `text:step:${step}:momentOfTruth`,
          label: fields.momentOfTruthReason,
          target: { at, key: 'momentOfTruth', flag: true },
        },
      });
    if (name in LISTS) {
      const { textKey, kind } = LISTS[name as ListLane];
      for (const item of lane.querySelectorAll<HTMLElement>(':scope > ul > li[data-index]')) {
        const index = Number(item.dataset.index);
        found.push({
          element: item,
          spec: {
            key: `text:step:${step}:${name}:${index}`,
            label: fields[laneField(name as ListLane)],
            target: { at, list: name, index, textKey },
            kind,
          },
        });
      }
    }
  }
  return found;
}

/** A stage's description or desired experience: edited where shown, or added from the stage's actions. */
export function stageFieldSpec(editor: Editor, stage: string, field: 'description' | 'experience'): TextSpec {
  const { fields } = editor.t;
  return {
    key: `text:stage:${stage}:${field}`,
    label: field === 'description' ? fields.stageDescription : fields.experience,
    target: { at: stagePath(stage), key: field },
    multiline: field === 'description',
  };
}

/** The field that adds a thought, a pain point or an opportunity to a step (from its lane's + or, when the map has no such lane yet, from the step's actions). */
export function addSpec(editor: Editor, stage: string, step: string, lane: ListLane): TextSpec {
  const { textKey, kind } = LISTS[lane];
  return {
    key: `add:${step}:${lane}`,
    label: editor.t.fields[laneField(lane)],
    target: { at: stepPath(stage, step), list: lane, index: -1, textKey },
    kind,
  };
}

export const addLabel = (editor: Editor, lane: ListLane) =>
  lane === 'thoughts' ? editor.t.addThought : lane === 'painPoints' ? editor.t.addPainPoint : editor.t.addOpportunity;

/** A step's description, edited in its lane or, when the map has no description lane, added from the step's actions. */
export function stepDescriptionSpec(editor: Editor, stage: string, step: string): TextSpec {
  return {
    key: `text:step:${step}:description`,
    label: editor.t.fields.stepDescription,
    target: { at: stepPath(stage, step), key: 'description' },
    multiline: true,
  };
}

const laneField = (lane: ListLane) => (lane === 'thoughts' ? 'thought' : lane === 'painPoints' ? 'painPoint' : 'opportunity');

/** Gives every editable text under `root` a pen button, and every list lane of a step an add button. */
export function decorateTexts(editor: Editor, root: Element): void {
  for (const { element, spec } of textSpecs(editor, root)) {
    if (element.querySelector(':scope > .edit-pen')) continue;
    const current = textOf(editor.data, spec.target);
    const pen = button(current ? editor.t.editText(current.length > 80 ? `${current.slice(0, 79)}…` : current) : spec.label, '✎', () =>
      openField(editor, element, spec, 'edit'),
    );
    pen.classList.add('edit-pen');
    pen.dataset.editKey = spec.key;
    element.append(pen);
    element.classList.add('edit-target');
    // A click on the text opens it too, as in the journey tools people know; links keep working.
    // (The listener outlives edit mode; without the pen, edit mode is off and it does nothing.)
    element.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('a, button, input, textarea, select, label, summary, .edit-field') || !element.querySelector(':scope > .edit-pen'))
        return;
      if (target.closest('.edit-target') !== element) return;
      openField(editor, element, spec, 'edit');
    });
  }
  for (const lane of lanesOf(root)) {
    const name = lane.dataset.lane!;
    if (name === 'touchpoints') decorateTouchpoints(editor, lane);
    if (!(name in LISTS) || lane.querySelector(':scope > .edit-add')) continue;
    const step = lane.closest<HTMLElement>('[data-step]')!.dataset.step!;
    const stage = lane.closest<HTMLElement>('[data-stage]')?.dataset.stage;
    if (!stage) continue;
    const add = button(addLabel(editor, name as ListLane), '+', () =>
      openField(editor, lane, addSpec(editor, stage, step, name as ListLane), 'add'),
    );
    add.classList.add('edit-add');
    add.dataset.editKey = `add:${step}:${name}`;
    lane.append(add);
  }
}

/**
 * A touchpoint's channel (chosen from the config's channels), name and description, in one field
 * opened by its pen: Enter or leaving the field saves the three, Escape cancels.
 */
function decorateTouchpoints(editor: Editor, lane: HTMLElement): void {
  const { t } = editor;
  const step = lane.closest<HTMLElement>('[data-step]')!.dataset.step!;
  const stage = () => lane.closest<HTMLElement>('[data-stage]')?.dataset.stage ?? '';
  for (const item of lane.querySelectorAll<HTMLElement>(':scope > ul > li[data-index]')) {
    if (item.querySelector(':scope > .edit-pen')) continue;
    const index = Number(item.dataset.index);
    const key = `channel:${step}:${index}`;
    const pen = button(t.editTouchpoint(item.textContent?.replace(/\s+/g, ' ').trim() ?? ''), '✎', () => {
      if (item.querySelector(':scope > .edit-field')) return;
      const current = touchpointOf(editor.data, stage(), step, index);
      if (!current) return;
      const field = element('span', { class: 'edit-field edit-touchpoint', 'data-edit-ui': '' });
      const select = element('select');
      for (const option of editor.meta.channels) select.append(new Option(option.name, option.id, false, option.id === current.channel));
      const name = element('input', { type: 'text' });
      name.value = current.name;
      const description = element('input', { type: 'text' });
      description.value = current.description;
      let done = false;
      const close = (save: boolean) => {
        if (done) return;
        done = true;
        const next = { channel: select.value, name: name.value, description: description.value };
        field.remove();
        item.classList.remove('edit-open');
        pen.focus();
        if (save) void editor.change((data) => touchpointChanges(data, stage(), step, index, next));
      };
      field.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close(false);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          close(true);
        }
      });
      field.addEventListener('focusout', (event) => {
        const next = event.relatedTarget as Node | null;
        if (next && field.contains(next)) return;
        // Leaving the field saves it, as the other texts do.
        queueMicrotask(() => {
          if (!done && !field.contains(document.activeElement)) close(true);
        });
      });
      // Three controls in one field: each says what it holds, visibly.
      field.append(
        labelled(t.fields.channel, select),
        labelled(t.fields.touchpointName, name),
        labelled(t.fields.touchpointDescription, description),
      );
      item.classList.add('edit-open');
      item.append(field);
      keepInView(field);
      select.focus();
      // (jsdom, which runs the unit tests, has no scrollIntoView.)
      field.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    });
    pen.classList.add('edit-pen');
    pen.dataset.editKey = key;
    item.classList.add('edit-target');
    item.append(pen);
  }
}

/** Opens the text control of `spec` over `host`: Enter or leaving it saves, Escape cancels. */
export function openField(editor: Editor, host: HTMLElement, spec: TextSpec, mode: 'edit' | 'add'): void {
  if (host.querySelector(':scope > .edit-field')) return;
  const { t } = editor;
  const data = editor.data;
  const target = spec.target;
  // Where the focus goes back to when the field closes: the text's own pen, else what opened it.
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const field = element('span', { class: 'edit-field', 'data-edit-ui': '' });
  const text = spec.multiline ? element('textarea', { rows: '4' }) : element('input', { type: 'text' });
  text.setAttribute('aria-label', spec.label);
  text.value = mode === 'add' ? '' : textOf(data, target);
  field.append(text);

  const item = 'list' in target && mode === 'edit' ? valueAt(data, [...target.at, target.list, target.index]) : undefined;
  const itemObject = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  let hypothesis: HTMLInputElement | undefined;
  const selects: Record<string, HTMLSelectElement> = {};
  if (spec.kind === 'statement' || (spec.kind === undefined && 'list' in target)) {
    hypothesis = element('input', { type: 'checkbox' });
    hypothesis.checked = itemObject.hypothesis === true;
    const label = element('label', { class: 'edit-check' });
    label.append(hypothesis, ` ${t.fields.hypothesis}`);
    field.append(label);
  }
  if (spec.kind === 'opportunity') {
    const choices = { impact: t.levels, effort: t.levels, status: t.statuses } as const;
    for (const [name, labels] of Object.entries(choices)) {
      const select = element('select', { 'aria-label': t.fields[name as keyof typeof choices] });
      if (name !== 'status') select.append(new Option(t.none, ''));
      for (const [value, label] of Object.entries(labels)) select.append(new Option(label, value));
      select.value = typeof itemObject[name] === 'string' ? (itemObject[name] as string) : name === 'status' ? 'idea' : '';
      selects[name] = select;
      field.append(select);
    }
  }
  if (mode === 'edit' && 'list' in target) {
    const remove = button(t.removeItem(text.value), t.remove, () =>
      finish(() => deleteItem(editor.data, target.at, target.list, target.index)),
    );
    field.append(remove);
  }

  let done = false;
  const close = () => {
    done = true;
    field.remove();
    host.classList.remove('edit-open');
    (byKey(host, spec.key) ?? (opener?.isConnected ? opener : undefined))?.focus();
  };
  const finish = (make: () => Change[] | 'empty') => {
    if (done) return;
    const changes = make();
    if (changes === 'empty') {
      editor.notices.alert(t.emptyRequired);
      text.focus();
      return;
    }
    close();
    // A removed item takes its pen away: the focus then goes to its lane's add button.
    const fallback = host.closest('[data-lane]')?.querySelector<HTMLElement>(':scope > .edit-add')?.dataset.editKey;
    if (changes.length > 0) void editor.change(() => changes).then((ok) => ok && focusIfLost(fallback));
  };
  const save = () =>
    finish(() => {
      const value = text.value.replace(/\r\n/g, '\n');
      const current = editor.data;
      if (mode === 'add') {
        if (value.trim() === '' || !('list' in target)) return [];
        const fresh: Record<string, unknown> = { [target.textKey]: value };
        if (hypothesis?.checked) fresh.hypothesis = true;
        for (const [name, select] of Object.entries(selects))
          if (select.value && !(name === 'status' && select.value === 'idea')) fresh[name] = select.value;
        // A plain sentence stays a plain sentence, as people write it by hand.
        return appendItem(current, target.at, target.list, Object.keys(fresh).length === 1 && target.textKey === 'text' ? value : fresh);
      }
      const changes = textChanges(current, target, value);
      if (changes === 'empty' || !('list' in target) || value.trim() === '') return changes;
      // The text first, then the marks, each made from the data the previous one leaves.
      let after = current;
      const all = [...changes];
      const apply = (more: Change[]) => {
        all.push(...more);
        after = simulate(after, more);
      };
      after = simulate(after, changes);
      if (hypothesis)
        apply(itemFieldChanges(after, target.at, target.list, target.index, target.textKey, 'hypothesis', hypothesis.checked));
      for (const [name, select] of Object.entries(selects)) {
        // "idea" is the default status: an opportunity without one keeps having none.
        const value =
          name === 'status' && select.value === 'idea' && itemObject.status === undefined ? undefined : select.value || undefined;
        apply(itemFieldChanges(after, target.at, target.list, target.index, target.textKey, name, value));
      }
      return all;
    });

  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && !event.shiftKey && (event.target === text || event.target instanceof HTMLSelectElement)) {
      event.preventDefault();
      save();
    }
  });
  field.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && field.contains(next)) return;
    // Leaving the field saves it, as in a spreadsheet.
    queueMicrotask(() => {
      if (!done && !field.contains(document.activeElement)) save();
    });
  });
  host.classList.add('edit-open');
  host.append(field);
  keepInView(field);
  text.focus();
  if (mode === 'edit') text.select();
  // (jsdom, which runs the unit tests, has no scrollIntoView.)
  field.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/**
 * The data after `changes`, as far as the page needs it to make the next change of the same
 * save (an item that became an object, a key set): the dev server does the real thing.
 */
function simulate(data: unknown, changes: Change[]): unknown {
  const copy = structuredClone(data);
  for (const change of changes) {
    if (change.op !== 'set') continue;
    const parentPath: Path = change.path.slice(0, -1);
    const last = change.path.at(-1)!;
    const parent = valueAt(copy, parentPath);
    if (parent && typeof parent === 'object' && typeof last !== 'object')
      (parent as Record<string | number, unknown>)[last] = structuredClone(change.value);
  }
  return copy;
}
