/** Small helpers that make the editing controls; every element they make is marked `data-edit-ui` by its caller or here. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/** A button with a visible `text` and, when they differ, the accessible name `label`. */
export function button(label: string, text: string, onClick: () => unknown): HTMLButtonElement {
  const made = element('button', { type: 'button', 'data-edit-ui': '' });
  made.textContent = text;
  if (label !== text) made.setAttribute('aria-label', label);
  made.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return made;
}

/** The element of `root` whose data-edit-key is `key` (keys hold ids and colons, which a selector would need escaped). */
export function byKey(root: ParentNode, key: string): HTMLElement | undefined {
  for (const element of root.querySelectorAll<HTMLElement>('[data-edit-key]')) if (element.dataset.editKey === key) return element;
  return undefined;
}

/**
 * Moves an opened panel (a menu, a field) left so that it ends inside the window: at a phone's
 * right edge a step's menu was cut off, and a field stretched the page sideways.
 */
export function keepInView(panel: HTMLElement): void {
  panel.style.left = '';
  const overflow = panel.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) panel.style.left = `${-overflow}px`;
}

/** A control with its visible label before it (the label also names it). */
export function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = element('label', { class: 'edit-field-label' });
  const name = element('span');
  name.textContent = text;
  label.append(name, control);
  return label;
}

/**
 * Focuses the element of `key` when the focus was lost (it was on something a change removed: a
 * deleted step's menu, a removed persona's button), so that a keyboard user goes on from nearby.
 */
export function focusIfLost(key: string | undefined): void {
  const active = document.activeElement;
  if (key && (!active || active === document.body || !active.isConnected)) byKey(document, key)?.focus();
}
