/** The page's side of the edit API of `parcours dev` (the contract: EDIT-API, kept with the editor's code). */

/** A step of a path into a YAML document: a map key, a list index, or the list item with that `id`. */
export type Segment = string | number | { id: string };
export type Path = Segment[];

export type Change =
  | { op: 'set'; path: Path; expect: unknown; value: unknown }
  | { op: 'delete'; path: Path; expect: unknown }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  /** `expect`: the item moved; `expectTo`: the ids of the items of `to` before the move. */
  | { op: 'move'; path: Path; to: Path; index: number; expect: unknown; expectTo: unknown[] };

export interface ApiProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
}

export type Reason = 'forbidden' | 'bad-request' | 'not-found' | 'conflict' | 'invalid' | 'network';

export interface ApiFailure {
  ok: false;
  reason: Reason;
  message: string;
  problems?: ApiProblem[];
  /** With a conflict: the disk's digest and text. */
  digest?: string;
  text?: string;
}

export interface FileState {
  ok: true;
  path: string;
  digest: string;
  text: string;
  data: unknown;
}

export interface Written {
  ok: true;
  path: string;
  digest: string;
  problems: ApiProblem[];
}

export interface Review {
  ok: true;
  /** False when the content root is not in Git (the lists are empty then). */
  repository: boolean;
  files: { path: string; status: string }[];
  changes: { file: string; kind: string; level: string; sentence: string }[];
  commit: string[];
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export class EditApi {
  readonly #api: string;
  readonly #token: string;
  readonly #fetch: Fetch;

  constructor(api: string, token: string, fetchImpl: Fetch = (input, init) => fetch(input, init)) {
    this.#api = api.replace(/\/$/, '');
    this.#token = token;
    this.#fetch = fetchImpl;
  }

  file(path: string): Promise<FileState | ApiFailure> {
    return this.#call(`/file?path=${encodeURIComponent(path)}`);
  }

  apply(path: string, digest: string, changes: Change[]): Promise<Written | ApiFailure> {
    return this.#call('/apply', { path, digest, changes });
  }

  undo(path: string, digest: string): Promise<Written | ApiFailure> {
    return this.#call('/undo', { path, digest });
  }

  redo(path: string, digest: string): Promise<Written | ApiFailure> {
    return this.#call('/redo', { path, digest });
  }

  review(): Promise<Review | ApiFailure> {
    return this.#call('/review');
  }

  async #call<T>(route: string, body?: unknown): Promise<T | ApiFailure> {
    const headers: Record<string, string> = { 'X-Parcours-Token': this.#token };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await this.#fetch(this.#api + route, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      return { ok: false, reason: 'network', message: error instanceof Error ? error.message : String(error) };
    }
    // A server without the edit API (or a proxy's error page) answers something else than JSON.
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      return { ok: false, reason: response.status === 403 ? 'forbidden' : 'network', message: `HTTP ${response.status}` };
    }
    if (json && typeof json === 'object' && 'ok' in json) return json as T | ApiFailure;
    return { ok: false, reason: 'network', message: `HTTP ${response.status}` };
  }
}
