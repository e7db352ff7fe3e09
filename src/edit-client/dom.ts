/** Small helpers that make the editing controls; every element they make is marked `data-edit-ui` by its caller or here. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

/** A button with a visible `text` and, when they differ, the accessible name `label`. */
export function button(label: string, text: string, onClick: () => void): HTMLButtonElement {
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
