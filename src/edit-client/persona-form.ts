import type { Change } from './api.ts';
import { appendItem, deleteItem, textChanges, valueAt } from './changes.ts';
import { button, element } from './dom.ts';
import type { Editor } from './editor.ts';

/**
 * The persona sheet in edit mode: its name, quote, goals, frustrations, digital affinity and
 * preferred channels, each saved on its own as soon as it is left (Enter in a line, a change of a
 * choice). Made again from the file's data after each write.
 */
export function personaForm(editor: Editor, article: HTMLElement): void {
  const { t } = editor;
  const data = editor.data;
  article.querySelector(':scope > .edit-persona')?.remove();
  const form = element('section', { class: 'edit-persona', 'data-edit-ui': '', 'aria-labelledby': 'edit-persona-title' });
  const title = element('h2', { id: 'edit-persona-title' });
  title.textContent = t.personaFields;
  form.append(title);

  const text = (key: 'name' | 'quote', label: string, multiline: boolean) => {
    const control = multiline ? element('textarea', { rows: '2' }) : element('input', { type: 'text' });
    control.id = `edit-persona-${key}`;
    control.dataset.editKey = `persona:${key}`;
    const value = valueAt(data, [key]);
    control.value = typeof value === 'string' ? value : '';
    // Made at its turn in the queue, from the data the previous write left: Enter then leaving saves once.
    const save = () => {
      if (key === 'name' && control.value.trim() === '') editor.notices.alert(t.emptyRequired);
      else void editor.change((now) => orNone(textChanges(now, { at: [], key, required: key === 'name' }, control.value)));
    };
    lineKeys(control, save, () => (control.value = typeof value === 'string' ? value : ''));
    form.append(labelled(label, control));
  };
  text('name', t.fields.name, false);
  text('quote', t.fields.quote, true);

  const affinity = element('select', { id: 'edit-persona-affinity', 'data-edit-key': 'persona:digitalAffinity' });
  affinity.append(new Option(t.none, ''));
  for (const [value, label] of Object.entries(t.affinities)) affinity.append(new Option(label, value));
  const currentAffinity = valueAt(data, ['digitalAffinity']);
  affinity.value = typeof currentAffinity === 'string' ? currentAffinity : '';
  affinity.addEventListener('change', () => {
    void editor.change((now) => orNone(textChanges(now, { at: [], key: 'digitalAffinity' }, affinity.value)));
  });
  form.append(labelled(t.fields.digitalAffinity, affinity));

  for (const list of ['goals', 'frustrations'] as const) {
    const fieldset = element('fieldset');
    const legend = element('legend');
    legend.textContent = t.fields[list];
    fieldset.append(legend);
    const items = valueAt(data, [list]);
    (Array.isArray(items) ? items : []).forEach((item, index) => {
      const row = element('span', { class: 'edit-row' });
      const input = element('input', {
        type: 'text',
        'aria-label': `${t.fields[list]} ${index + 1}`,
        'data-edit-key': `persona:${list}:${index}`,
      });
      input.value = typeof item === 'string' ? item : '';
      lineKeys(
        input,
        () => {
          void editor.change((now) => orNone(textChanges(now, { at: [], list, index, textKey: 'text' }, input.value)));
        },
        () => (input.value = typeof item === 'string' ? item : ''),
      );
      const remove = button(t.removeItem(input.value), '✕', () => void editor.change((now) => deleteItem(now, [], list, index)));
      remove.dataset.editKey = `persona:${list}:${index}:remove`;
      row.append(input, remove);
      fieldset.append(row);
    });
    const fresh = element('input', {
      type: 'text',
      'aria-label': list === 'goals' ? `${t.add} : ${t.fields.goals}` : `${t.add} : ${t.fields.frustrations}`,
      'data-edit-key': `persona:${list}:new`,
    });
    lineKeys(
      fresh,
      () => {
        const value = fresh.value;
        fresh.value = '';
        if (value.trim() !== '') void editor.change((now) => appendItem(now, [], list, value));
      },
      () => (fresh.value = ''),
    );
    fieldset.append(fresh);
    form.append(fieldset);
  }

  const channels = element('fieldset');
  const legend = element('legend');
  legend.textContent = t.fields.preferredChannels;
  channels.append(legend);
  const preferred = valueAt(data, ['preferredChannels']);
  const chosen = Array.isArray(preferred) ? (preferred as string[]) : [];
  for (const channel of editor.meta.channels) {
    const box = element('input', { type: 'checkbox', 'data-edit-key': `persona:channel:${channel.id}` });
    box.checked = chosen.includes(channel.id);
    box.addEventListener('change', () =>
      editor.change((now) => {
        const list = valueAt(now, ['preferredChannels']);
        const ids = Array.isArray(list) ? (list as string[]) : [];
        if (box.checked) return ids.includes(channel.id) ? [] : appendItem(now, [], 'preferredChannels', channel.id);
        const index = ids.indexOf(channel.id);
        return index < 0 ? [] : deleteItem(now, [], 'preferredChannels', index);
      }),
    );
    const label = element('label', { class: 'edit-check' });
    label.append(box, ` ${channel.name}`);
    channels.append(label);
  }
  form.append(channels);
  article.prepend(form);
}

const orNone = (changes: Change[] | 'empty'): Change[] => (changes === 'empty' ? [] : changes);

function labelled(text: string, control: HTMLElement): HTMLElement {
  const label = element('label', { class: 'edit-label' });
  label.append(`${text} `, control);
  return label;
}

/** Enter saves (Shift+Enter is a new line in a text area), leaving saves, Escape puts the text back. */
function lineKeys(control: HTMLInputElement | HTMLTextAreaElement, save: () => void, cancel: () => void): void {
  let cancelled = false;
  (control as HTMLElement).addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelled = true;
      cancel();
    }
  });
  control.addEventListener('change', () => {
    if (!cancelled) save();
    cancelled = false;
  });
}
