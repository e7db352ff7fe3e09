import { type ApiFailure, type Change, EditApi } from './api.ts';
import type { EditMeta } from './edit-meta.ts';
import type { EditMessages } from './messages.ts';
import { byKey } from './dom.ts';
import { swapChanged } from './swap.ts';

/** The file as the page last read or wrote it: every change is made from it. */
interface Known {
  digest: string;
  data: unknown;
}

/** What the editing code tells the person: a short status, or a refusal to read (role=alert). */
export interface Notices {
  status(text: string): void;
  alert(text: string, details?: string[], reload?: boolean): void;
  clear(): void;
}

/** Keys of sessionStorage: edit mode, and how many writes of each file can be undone and redone, outlive a reload. */
const UNDO_KEY = (path: string) => `parcours-edit:undo:${path}`;
const REDO_KEY = (path: string) => `parcours-edit:redo:${path}`;

function count(key: string): number {
  return Number(sessionStorage.getItem(key) ?? 0) || 0;
}

/**
 * One editing session of one page: reads its file from the dev server, sends changes one at a time
 * (each made from the data the previous one left, so a burst of arrow keys is a chain, never a race),
 * and after the last one fetches the page again and swaps in what changed.
 */
export class Editor {
  readonly meta: EditMeta;
  readonly t: EditMessages;
  readonly api: EditApi;
  readonly path: string;
  readonly notices: Notices;
  #known: Known | undefined;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  /** The page as the server last rendered it, without decorations (see swap.ts). */
  #rendered: Element;
  /** Called with the elements a refresh put in, to decorate them for editing. */
  onSwap: (elements: Element[]) => void = () => {};
  /** Called after each write and refresh (the buttons' states follow). */
  onChange: () => void = () => {};

  constructor(meta: EditMeta, t: EditMessages, path: string, notices: Notices, main: Element) {
    this.meta = meta;
    this.t = t;
    this.path = path;
    this.notices = notices;
    this.api = new EditApi(meta.api, meta.token);
    this.#rendered = main.cloneNode(true) as Element;
  }

  get data(): unknown {
    return this.#known?.data;
  }

  get canUndo(): boolean {
    return count(UNDO_KEY(this.path)) > 0;
  }

  get canRedo(): boolean {
    return count(REDO_KEY(this.path)) > 0;
  }

  /** Reads the file; false (with the reason shown) when the server refused. */
  async load(): Promise<boolean> {
    const file = await this.api.file(this.path);
    if (!file.ok) {
      this.#fail(file);
      return false;
    }
    this.#known = { digest: file.digest, data: file.data };
    return true;
  }

  /**
   * Sends the changes `make` returns from the file's data at its turn in the queue (nothing when it
   * returns none). Resolves true once written, false when refused.
   */
  change(make: (data: unknown) => Change[]): Promise<boolean> {
    return this.#enqueue(async () => {
      const known = this.#known;
      if (!known) return false;
      const changes = make(known.data);
      if (changes.length === 0) return true;
      const written = await this.api.apply(this.path, known.digest, changes);
      if (!written.ok) {
        this.#fail(written);
        return false;
      }
      sessionStorage.setItem(UNDO_KEY(this.path), String(count(UNDO_KEY(this.path)) + 1));
      sessionStorage.removeItem(REDO_KEY(this.path));
      return this.#reread();
    });
  }

  undo(): Promise<boolean> {
    return this.#history('undo');
  }

  redo(): Promise<boolean> {
    return this.#history('redo');
  }

  #history(which: 'undo' | 'redo'): Promise<boolean> {
    return this.#enqueue(async () => {
      const [from, to] = which === 'undo' ? [UNDO_KEY(this.path), REDO_KEY(this.path)] : [REDO_KEY(this.path), UNDO_KEY(this.path)];
      if (!this.#known || count(from) === 0) {
        this.notices.status(which === 'undo' ? this.t.nothingToUndo : this.t.nothingToRedo);
        return false;
      }
      const written = await this.api[which](this.path, this.#known.digest);
      if (!written.ok) {
        this.#fail(written);
        return false;
      }
      sessionStorage.setItem(from, String(count(from) - 1));
      sessionStorage.setItem(to, String(count(to) + 1));
      return this.#reread();
    });
  }

  /**
   * The file was written by the edit API for another page (another tab, a window on the same map):
   * read it again and show it, unless it is what this page last wrote or a change of this page is on its way.
   */
  async sync(): Promise<void> {
    if (this.#pending > 0 || !this.#known) return;
    const file = await this.api.file(this.path);
    if (!file.ok || this.#pending > 0 || file.digest === this.#known.digest) return;
    this.#known = { digest: file.digest, data: file.data };
    await this.refresh();
    this.onChange();
  }

  async #reread(): Promise<boolean> {
    const file = await this.api.file(this.path);
    if (!file.ok) {
      this.#fail(file);
      return false;
    }
    this.#known = { digest: file.digest, data: file.data };
    return true;
  }

  /** Resolves once the queue is empty and the page shows what it wrote. */
  #drained: (() => void)[] = [];

  /** Runs `task` after those before it; resolves to its result once the page shows it. */
  #enqueue(task: () => Promise<boolean>): Promise<boolean> {
    this.#pending++;
    this.notices.status(this.t.saving);
    const run = this.#queue.then(task).catch((error: unknown) => {
      this.notices.alert(this.t.failed(error instanceof Error ? error.message : String(error)));
      return false;
    });
    const shown = new Promise<void>((resolve) => this.#drained.push(resolve));
    this.#queue = run.then(async (ok) => {
      // The page is fetched again once the queue is empty: a burst of changes redraws once.
      if (--this.#pending > 0) return;
      if (ok) this.notices.status(this.t.saved);
      try {
        await this.refresh();
        this.onChange();
      } finally {
        for (const resolve of this.#drained.splice(0)) resolve();
      }
    });
    return shown.then(() => run);
  }

  /** Fetches the page again and swaps in what changed, keeping the focus on the element it was on. */
  async refresh(): Promise<void> {
    const response = await fetch(location.href, { headers: { Accept: 'text/html' } });
    if (!response.ok) return;
    const html = await response.text();
    // Measured apart: parsing the fetched page, then the page's own update (swap, decorations, focus).
    performance.mark('parcours-edit-parse-start');
    const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
    const live = document.querySelector('main');
    if (!fresh || !live) return;
    performance.mark('parcours-edit-update-start');
    performance.measure('parcours-edit-parse', 'parcours-edit-parse-start', 'parcours-edit-update-start');
    const focusKey = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-edit-key]')?.dataset.editKey;
    const replaced = swapChanged(this.#rendered, fresh, live);
    this.#rendered = fresh;
    performance.mark('parcours-edit-swapped');
    performance.measure('parcours-edit-swap', 'parcours-edit-update-start', 'parcours-edit-swapped');
    this.onSwap(replaced);
    if (focusKey && (!document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected)) {
      byKey(document, focusKey)?.focus();
    }
    performance.mark('parcours-edit-update-end');
    performance.measure('parcours-edit-update', 'parcours-edit-update-start', 'parcours-edit-update-end');
  }

  /** Shows a refusal: the server's sentence (in the site's language) when it gave one, else the page's own. */
  #fail(failure: ApiFailure): void {
    const { t } = this;
    const said = failure.reason === 'network' ? undefined : failure.message;
    if (failure.reason === 'invalid') {
      this.notices.alert(
        said ?? t.refused,
        (failure.problems ?? []).filter((problem) => problem.severity === 'error').map((problem) => problem.message),
      );
    } else if (failure.reason === 'conflict') this.notices.alert(said ?? t.conflict, [], true);
    else if (failure.reason === 'forbidden') this.notices.alert(said ?? t.forbidden, [], true);
    else this.notices.alert(said ?? t.failed(failure.message));
  }
}
