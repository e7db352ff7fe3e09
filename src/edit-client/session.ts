/**
 * The edit session of `parcours dev`, handed from the dev server to the layout. Astro evaluates
 * the pages from its own bundle, where this module is a copy of its own, so the session lives in a
 * process-wide registry keyed by content root (as integrations/parcours-content.ts does for the
 * content). Only `parcours dev` opens a session: a page rendered by `parcours build` finds none and
 * carries no editing code, no button and no token.
 */
export interface EditSession {
  /** The per-session token the page sends in the X-Parcours-Token header. */
  token: string;
  /** Path of the edit API on the dev server, without the site's base: '/__parcours/edit'. */
  api: string;
}

const REGISTRY = Symbol.for('parcours.edit-session');
type Registry = Map<string, EditSession>;

function registry(): Registry {
  return ((globalThis as { [REGISTRY]?: Registry })[REGISTRY] ??= new Map());
}

/** Makes the pages of `root` editable with `session` (called by `parcours dev` once it has its token). */
export function openEditSession(root: string, session: EditSession): void {
  registry().set(root, session);
}

export function closeEditSession(root: string): void {
  registry().delete(root);
}

/** The session of `root`, if `parcours dev` opened one. */
export function editSession(root: string): EditSession | undefined {
  return registry().get(root);
}
