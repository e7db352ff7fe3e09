import {
  addPersona,
  addStageAfter,
  addStepAfter,
  deleteStage,
  deleteStep,
  momentOfTruthChanges,
  moveStep,
  removePersona,
  stagePath,
  stepPath,
  valueAt,
} from './changes.ts';
import type { Path } from './api.ts';
import { button, byKey, element, focusIfLost, keepInView } from './dom.ts';
import type { Editor } from './editor.ts';
import { addLabel, addSpec, LIST_LANES, openField, stageFieldSpec, stepDescriptionSpec } from './texts.ts';

/** Asks before something is deleted, in a modal dialog; resolves true when confirmed. */
export function confirmDelete(editor: Editor, question: string): Promise<boolean> {
  const dialog = element('dialog', { 'data-edit-ui': '', class: 'edit-dialog' });
  const text = element('p');
  text.textContent = question;
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const done = (answer: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(answer);
    };
    const yes = button(editor.t.remove, editor.t.remove, () => done(true));
    const no = button(editor.t.cancel, editor.t.cancel, () => done(false));
    dialog.append(text, yes, no);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      done(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

const nameOf = (editor: Editor, path: Path) => {
  const name = valueAt(editor.data, [...path, 'name']);
  return typeof name === 'string' ? name : '';
};

/** Opens the rename control of a step or stage the page just added, once the page shows it. */
function renameWhenShown(key: string): void {
  const pen = byKey(document, key);
  pen?.click();
}

/** A disclosure button and the panel of actions it shows (Escape closes it). */
function actionsMenu(label: string, key: string, actions: HTMLElement[]): HTMLElement {
  const wrap = element('span', { class: 'edit-menu', 'data-edit-ui': '' });
  const panel = element('span', { class: 'edit-actions', hidden: '' });
  panel.id = `edit-actions-${key.replace(/[^a-z0-9-]/gi, '-')}`;
  const toggle = button(label, '⋯', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      keepInView(panel);
      panel.querySelector<HTMLElement>('button')?.focus();
    }
  });
  toggle.dataset.editKey = key;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', panel.id);
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  // An action closes the menu and gives the focus back to its button, where a dialog returns it too.
  for (const action of actions)
    action.addEventListener(
      'click',
      () => {
        panel.hidden = true;
        toggle.setAttribute('aria-expanded', 'false');
        toggle.focus();
      },
      { capture: true },
    );
  panel.append(...actions);
  wrap.append(toggle, panel);
  return wrap;
}

/**
 * Alt+Left and Alt+Right move the step that holds the focus, from anywhere in its column: one
 * listener for the page, installed once (a listener per step would be added again with each
 * redrawn step heading). `active` says whether edit mode is on.
 */
export function installMoveKeys(editor: Editor, active: () => boolean): void {
  document.addEventListener('keydown', (event) => {
    if (!active() || !event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    const target = event.target as Element;
    if (target.closest('[role="slider"], input, textarea, select')) return;
    const step = target.closest<HTMLElement>('main [data-step]')?.dataset.step;
    const stage = target.closest<HTMLElement>('[data-stage]')?.dataset.stage;
    if (!step || !stage) return;
    event.preventDefault();
    const direction = event.key === 'ArrowLeft' ? -1 : 1;
    void editor.change((data) => moveStep(data, stage, step, direction));
  });
}

/** The id (data-step or data-stage) of the element before `element` among `selector`'s, else of the one after. */
function beside(selector: string, element: Element, kind: 'step' | 'stage'): string | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(selector)];
  const index = all.indexOf(element as HTMLElement);
  return (all[index - 1] ?? all[index + 1])?.dataset[kind];
}

/** Step and stage actions (move, add, delete, moment of truth), and the journey's personas. */
export function decorateStructure(editor: Editor, root: Element): void {
  const { t } = editor;
  const all = (selector: string) => [
    ...(root.matches(selector) ? [root as HTMLElement] : []),
    ...root.querySelectorAll<HTMLElement>(selector),
  ];
  for (const heading of all('[data-step] > [data-edit="name"]')) {
    if (heading.querySelector(':scope > .edit-menu')) continue;
    const step = heading.closest<HTMLElement>('[data-step]')!.dataset.step!;
    const stage = () => heading.closest<HTMLElement>('[data-stage]')?.dataset.stage ?? '';
    const key = `tools:step:${step}`;
    const moment = button(
      t.momentOfTruth,
      `★ ${t.momentOfTruth}`,
      () => void editor.change((data) => momentOfTruthChanges(data, stage(), step)),
    );
    moment.setAttribute('aria-pressed', String(heading.closest('[data-step]')!.classList.contains('mot')));
    const move = (direction: -1 | 1) => void editor.change((data) => moveStep(data, stage(), step, direction));
    const add = async () => {
      let id = '';
      const ok = await editor.change((data) => {
        const made = addStepAfter(data, stage(), step, t.newStep);
        id = made.id;
        return made.changes;
      });
      if (ok) renameWhenShown(`text:step:${id}:name`);
    };
    const remove = async () => {
      if (!(await confirmDelete(editor, t.confirmDeleteStep(nameOf(editor, stepPath(stage(), step)))))) return;
      // The focus was on the step's menu, which goes with it: it moves to the step before (or after).
      const neighbour = beside('main [data-stage] [data-step]', heading.closest('[data-step]')!, 'step');
      if (await editor.change((data) => deleteStep(data, stage(), step))) focusIfLost(`tools:step:${neighbour}`);
    };
    // What the step can hold but the map shows no lane for yet (no step of the journey has one):
    // added from here, in a field over the step.
    const article = heading.closest<HTMLElement>('[data-step]')!;
    const missing: HTMLElement[] = [];
    if (!article.querySelector(':scope > [data-lane="description"]'))
      missing.push(
        button(t.addDescription, `+ ${t.addDescription}`, () =>
          openField(editor, article, stepDescriptionSpec(editor, stage(), step), 'edit'),
        ),
      );
    for (const lane of LIST_LANES)
      if (!article.querySelector(`:scope > [data-lane="${lane}"]`)) {
        const label = addLabel(editor, lane);
        missing.push(button(label, `+ ${label}`, () => openField(editor, article, addSpec(editor, stage(), step, lane), 'add')));
      }
    heading.append(
      actionsMenu(t.stepActions(nameOf(editor, stepPath(stage(), step)) || step), key, [
        moment,
        ...missing,
        button(t.moveBack, `← ${t.moveBack}`, () => move(-1)),
        button(t.moveForward, `${t.moveForward} →`, () => move(1)),
        button(t.addStepAfter, `+ ${t.addStepAfter}`, () => void add()),
        button(t.deleteStep, `✕ ${t.deleteStep}`, () => void remove()),
      ]),
    );
  }
  for (const heading of all('[data-stage] > * > [data-edit="name"], [data-stage] > [data-edit="name"]')) {
    if (heading.closest('[data-step]') || heading.querySelector(':scope > .edit-menu')) continue;
    const stage = heading.closest<HTMLElement>('[data-stage]')!.dataset.stage!;
    const add = async () => {
      let id = '';
      const ok = await editor.change((data) => {
        const made = addStageAfter(data, stage, t.newStage, t.newStep);
        id = made.id;
        return made.changes;
      });
      if (ok) renameWhenShown(`text:stage:${id}:name`);
    };
    const remove = async () => {
      if (!(await confirmDelete(editor, t.confirmDeleteStage(nameOf(editor, stagePath(stage)))))) return;
      const neighbour = beside('main [data-stage]', heading.closest('[data-stage]')!, 'stage');
      if (await editor.change((data) => deleteStage(data, stage))) focusIfLost(`tools:stage:${neighbour}`);
    };
    // The stage's own texts that it has not yet: added in a field at the end of its header.
    const header = heading.parentElement!;
    const texts: HTMLElement[] = [];
    for (const field of ['description', 'experience'] as const)
      if (!header.querySelector(`[data-edit="${field}"]`)) {
        const label = field === 'description' ? t.addDescription : t.addExperience;
        texts.push(button(label, `+ ${label}`, () => openField(editor, header, stageFieldSpec(editor, stage, field), 'edit')));
      }
    texts.push(
      button(t.addExpectation, `+ ${t.addExpectation}`, () =>
        openField(
          editor,
          header,
          {
            key: `add:stage:${stage}:expectations`,
            label: t.fields.expectation,
            target: { at: stagePath(stage), list: 'expectations', index: -1, textKey: 'text' },
          },
          'add',
        ),
      ),
    );
    heading.append(
      actionsMenu(t.stageActions(nameOf(editor, stagePath(stage)) || stage), `tools:stage:${stage}`, [
        ...texts,
        button(t.addStageAfter, `+ ${t.addStageAfter}`, () => void add()),
        button(t.deleteStage, `✕ ${t.deleteStage}`, () => void remove()),
      ]),
    );
  }
}

/** The journey's personas: a remove button on each, and a choice of the others to add. */
export function decoratePersonas(editor: Editor, root: Element): void {
  const { t } = editor;
  const header = root.matches('[data-edit-file][data-edit-journey]') ? root : root.querySelector('[data-edit-file][data-edit-journey]');
  if (!header) return;
  // Made again each time: the choice of personas to add follows the list.
  header.querySelector('.edit-personas')?.remove();
  const list = header.querySelector<HTMLElement>('[data-edit="personas"]');
  const listed = valueAt(editor.data, ['personas']);
  const ids = Array.isArray(listed) ? (listed as string[]) : [];
  const nameOfPersona = (id: string) => editor.meta.personas.find((persona) => persona.id === id)?.name ?? id;
  if (list)
    list.querySelectorAll<HTMLElement>(':scope > li').forEach((item, index) => {
      const id = ids[index];
      if (!id || item.querySelector('.edit-remove')) return;
      // The button goes with its persona: the focus moves to the choice of personas to add, where it comes back.
      const remove = button(t.removePersona(nameOfPersona(id)), '✕', async () => {
        if (await editor.change((data) => removePersona(data, id))) focusIfLost('persona:choose');
      });
      remove.classList.add('edit-remove');
      remove.dataset.editKey = `persona:remove:${id}`;
      item.append(remove);
    });
  const others = editor.meta.personas.filter((persona) => !ids.includes(persona.id));
  if (others.length === 0) return;
  const wrap = element('span', { class: 'edit-personas', 'data-edit-ui': '' });
  const select = element('select', { 'aria-label': t.addPersona, 'data-edit-key': 'persona:choose' });
  for (const persona of others) select.append(new Option(persona.name, persona.id));
  const add = button(t.addPersona, `+ ${t.addPersona}`, async () => {
    const id = select.value;
    // The last persona to add takes the choice away with it: the focus goes to the new persona's ✕.
    if (await editor.change((data) => addPersona(data, id))) focusIfLost(`persona:remove:${id}`);
  });
  add.dataset.editKey = 'persona:add';
  wrap.append(select, add);
  (list?.parentElement ?? header).append(wrap);
}
