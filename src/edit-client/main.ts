import './edit.css';
import { button, element } from './dom.ts';
import type { EditMeta } from './edit-meta.ts';
import { Editor, type Notices } from './editor.ts';
import { editMessages } from './messages.ts';
import { personaForm } from './persona-form.ts';
import { renderReview } from './review.ts';
import { decorateEmotionSteppers, removeSliders, syncSliders } from './sliders.ts';
import { decoratePersonas, decorateStructure, installMoveKeys } from './structure.ts';
import { decorateTexts } from './texts.ts';

/**
 * The page's editing code, which `parcours dev` alone includes (see session.ts): an Edit button on
 * journey and persona pages that turns the page into its own editor, in place.
 */
const MODE_KEY = 'parcours-edit:on';

function start(): void {
  const tag = document.querySelector<HTMLMetaElement>('meta[name="parcours-edit"]');
  const main = document.querySelector('main');
  const file = document.querySelector<HTMLElement>('main [data-edit-file]');
  if (!tag || !main || !file?.dataset.editFile) return;
  const meta = JSON.parse(tag.content) as EditMeta;
  const t = editMessages(meta.lang);
  const path = file.dataset.editFile;

  const bar = element('div', { class: 'edit-bar', 'data-edit-ui': '', role: 'region', 'aria-label': t.edit });
  const toggle = button(t.edit, `✎ ${t.edit}`, () => void (toggle.getAttribute('aria-pressed') === 'true' ? leave() : enter()));
  toggle.setAttribute('aria-pressed', 'false');
  toggle.classList.add('edit-toggle');
  const tools = element('span', { class: 'edit-tools', hidden: '' });
  const undo = button(t.undo, `↶ ${t.undo}`, () => void editor.undo());
  const redo = button(t.redo, `↷ ${t.redo}`, () => void editor.redo());
  const reviewToggle = button(t.review, t.review, () => void showReview(reviewPanel.hidden === true));
  reviewToggle.setAttribute('aria-expanded', 'false');
  reviewToggle.setAttribute('aria-controls', 'edit-review');
  tools.append(undo, redo, reviewToggle);
  const status = element('p', { class: 'edit-status', role: 'status' });
  const alertBox = element('div', { class: 'edit-alert', role: 'alert' });
  bar.append(toggle, tools, status, alertBox);
  const reviewPanel = element('section', {
    id: 'edit-review',
    class: 'edit-review',
    'data-edit-ui': '',
    'aria-labelledby': 'edit-review-title',
    hidden: '',
  });
  main.before(bar);
  main.before(reviewPanel);

  const notices: Notices = {
    status: (text) => {
      status.textContent = text;
    },
    alert: (text, details = [], reload = false) => {
      alertBox.replaceChildren();
      const sentence = element('p');
      sentence.textContent = text;
      alertBox.append(sentence);
      if (details.length > 0) {
        const list = element('ul');
        for (const detail of details) list.append(Object.assign(element('li'), { textContent: detail }));
        alertBox.append(list);
      }
      if (reload) alertBox.append(button(t.reload, t.reload, () => location.reload()));
      status.textContent = '';
    },
    clear: () => alertBox.replaceChildren(),
  };
  const editor = new Editor(meta, t, path, notices, main);
  const buttons = () => {
    undo.disabled = !editor.canUndo;
    redo.disabled = !editor.canRedo;
  };
  const decorate = (roots: Element[]) => {
    const live = document.querySelector('main')!;
    if (file.dataset.editPersona !== undefined) {
      const article = live.querySelector<HTMLElement>('[data-edit-persona]');
      if (article) personaForm(editor, article);
      return;
    }
    for (const root of roots) {
      decorateTexts(editor, root);
      decorateStructure(editor, root);
      decorateEmotionSteppers(editor, root);
    }
    // Once per update, whatever was swapped: the personas' controls follow the list, and the sliders
    // follow the points drawn now (a refused change puts them back where they were).
    decoratePersonas(editor, live);
    syncSliders(editor, live);
  };
  editor.onSwap = decorate;
  editor.onChange = () => {
    buttons();
    if (!reviewPanel.hidden) void renderReview(editor, reviewPanel);
  };

  const showReview = async (open: boolean) => {
    reviewPanel.hidden = !open;
    reviewToggle.setAttribute('aria-expanded', String(open));
    if (open) await renderReview(editor, reviewPanel);
  };

  const enter = async () => {
    notices.clear();
    if (!(await editor.load())) return;
    sessionStorage.setItem(MODE_KEY, 'true');
    toggle.setAttribute('aria-pressed', 'true');
    tools.hidden = false;
    document.documentElement.classList.add('editing');
    notices.status(t.editing);
    buttons();
    decorate([document.querySelector('main')!]);
  };
  const leave = () => {
    sessionStorage.removeItem(MODE_KEY);
    toggle.setAttribute('aria-pressed', 'false');
    tools.hidden = true;
    void showReview(false);
    document.documentElement.classList.remove('editing');
    const live = document.querySelector('main')!;
    removeSliders(live);
    for (const ui of live.querySelectorAll('[data-edit-ui]')) ui.remove();
    for (const target of live.querySelectorAll('.edit-target')) target.classList.remove('edit-target');
    notices.clear();
    status.textContent = '';
  };

  const active = () => toggle.getAttribute('aria-pressed') === 'true';
  installMoveKeys(editor, active);
  document.addEventListener('keydown', (event) => {
    if (!active() || !(event.ctrlKey || event.metaKey)) return;
    // Inside a text control, Ctrl+Z is the control's own undo.
    if ((event.target as Element).closest('input, textarea, select, [contenteditable]')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      void editor.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      void editor.redo();
    }
  });

  // The dev server tells every page when the edit API wrote a file (it reloads them only for writes
  // made elsewhere): a page of the same file in another tab brings itself up to date.
  import.meta.hot?.on('parcours:edited', (event: { path?: string }) => {
    if (active() && event.path === path) void editor.sync();
  });

  // A reload (an outside edit, or the person's) keeps edit mode on.
  if (sessionStorage.getItem(MODE_KEY) === 'true') void enter();
}

start();
