import { randomBytes } from 'node:crypto';

/**
 * The edit session of `parcours dev`: a token made at start, which pages carry in
 * `<meta name="parcours-edit">` and send back in the X-Parcours-Token header. Astro evaluates the
 * pages from its own module graph, so the session is handed over through a process-wide registry
 * keyed by content root (Symbol.for, so that every copy of this module finds the same one). Only
 * `parcours dev` opens a session: `parcours build` finds none, and its pages carry no token.
 */
export interface EditSession {
  token: string;
  /** Path of the edit API, without the site's base. */
  api: string;
}

export const EDIT_API_PATH = '/__parcours/edit';

const REGISTRY = Symbol.for('parcours.edit-session');
type Registry = Map<string, EditSession>;

function registry(): Registry {
  const holder = globalThis as { [REGISTRY]?: Registry };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

/** A session with a fresh token (32 random bytes, hex), registered for the pages of `root`. */
export function openEditSession(root: string): EditSession {
  const session = { token: randomBytes(32).toString('hex'), api: EDIT_API_PATH };
  registry().set(root, session);
  return session;
}

export function closeEditSession(root: string): void {
  registry().delete(root);
}

/** The session of `root`, when `parcours dev` opened one. */
export function editSession(root: string): EditSession | undefined {
  return registry().get(root);
}
