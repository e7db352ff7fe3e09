import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { type Change, EditError, readChange } from '../core/edit/change.ts';
import { editedData, editText, prepareEdit } from '../core/edit/edit-text.ts';
import { unmetExpectation } from '../core/edit/expectations.ts';
import type { CheckResult } from '../core/index.ts';
import { type ConfinedRoot, confinedRoot } from '../core/load/confine-path.ts';
import type { Lang } from '../core/model/resolve-config.ts';
import { confineEditable, digestOf, type EditableFile, type FileHistory, fileQueues, readText, replaceIfUnchanged } from './edit-files.ts';
import { type RefusalCode, type RefusalReason, refusalMessage, STATUS } from './edit-messages.ts';
import { addedErrors, pageProblems } from './edit-problems.ts';
import { type EditSession, EDIT_API_PATH } from './edit-session.ts';
import { checkRequest } from './edit-guard.ts';

/** What the edit API needs of the live content: its latest check, a check with one file's text replaced, and a re-read after a write. */
export interface EditContent {
  latest(): Promise<CheckResult>;
  checkText(path: string, text: string): Promise<CheckResult>;
  changed(file: string): Promise<CheckResult>;
  written(file: string, text: string): Promise<CheckResult>;
}

export interface EditApiOptions {
  root: string;
  content: EditContent;
  session: EditSession;
  /** Called with a file's path (the root joined with its relative path) and text just after the API wrote it: the watcher then knows the write is its own. */
  onWrite?: (real: string, text: string) => void;
  /** Answers GET /review (edit-review.ts); absent, /review is not found. */
  review?: (lang: Lang) => Promise<unknown>;
  /** For tests: runs after a change was made and checked, just before it is written. */
  beforeWrite?: (file: EditableFile) => Promise<void>;
}

class Refusal extends Error {
  readonly reason: RefusalReason;
  readonly extra: Record<string, unknown>;
  constructor(reason: RefusalReason, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.reason = reason;
    this.extra = extra;
  }
}

/** Outside writes that keep landing between a change and its write: after this many tries the change is refused as a conflict. */
const MAX_TRIES = 20;
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The edit API of `parcours dev` (EDIT-API.md): reads a journey or persona file, applies changes
 * to it through the YAML edit module (core/edit), checks the whole content with the new text as
 * `validate` does, and writes it atomically through one queue per file, keeping what was written
 * for undo and redo. Returns a request handler that answers under /__parcours/edit and says false
 * for any other path.
 */
export function editApi(options: EditApiOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const { root, content, session } = options;
  const queue = fileQueues();
  const histories = new Map<string, FileHistory>();
  let confined: ConfinedRoot | undefined;
  const lang = async (): Promise<Lang> => (await content.latest()).project.config.lang;
  const refuse = async (reason: RefusalReason, code: RefusalCode, detail?: string, extra?: Record<string, unknown>) =>
    new Refusal(reason, refusalMessage(await lang(), code, detail), extra);

  const editable = async (path: unknown): Promise<EditableFile> => {
    confined ??= await confinedRoot(root);
    const found = await confineEditable(confined, path);
    if ('file' in found) return found.file;
    const shown = typeof path === 'string' ? path : String(path);
    throw await refuse(found.refused === 'missing-file' ? 'not-found' : 'forbidden', found.refused, shown);
  };

  /** Writes `text` over `before` (undo, redo and apply), then waits for the live content to hold it. */
  const commit = async (file: EditableFile, before: string, text: string, timing: Timing = {}): Promise<boolean> => {
    await options.beforeWrite?.(file);
    if (!replaceIfUnchanged(file, before, text)) return false;
    timing.renamedAt = performance.now();
    const absolute = join(root, file.path);
    options.onWrite?.(absolute, text);
    const started = performance.now();
    await content.written(absolute, text);
    timing.content = performance.now() - started;
    setImmediate(() => prepareEdit(text));
    return true;
  };

  const answer = async (file: EditableFile, text: string, checked?: CheckResult) => {
    const after = checked ?? (await content.latest());
    const warnings = after.problems.filter((problem) => problem.file === file.path && problem.severity === 'warning');
    return { ok: true, path: file.path, digest: digestOf(text), problems: pageProblems(after, warnings) };
  };

  const apply = async (body: Record<string, unknown>, timing: Timing) => {
    const readStarted = performance.now();
    const file = await editable(body.path);
    if (!Array.isArray(body.changes) || typeof body.digest !== 'string')
      throw await refuse('bad-request', 'bad-json', 'path, digest and changes[] are required.');
    let changes: Change[];
    try {
      changes = body.changes.map(readChange);
    } catch (error) {
      throw error instanceof EditError ? await refuse('bad-request', 'bad-change', error.message) : error;
    }
    return queue(file.real, async () => {
      for (let tries = 0; tries < MAX_TRIES; tries++) {
        const disk = await readText(file);
        const data = editedData(disk);
        // The page's expectations hold on the disk's text, whether or not the disk is the text the
        // page read (core/edit/expectations.ts says what each change expects).
        const moved = digestOf(disk) !== body.digest;
        if (unmetExpectation(data, changes, moved))
          throw await refuse('conflict', 'conflict', file.path, { digest: digestOf(disk), text: disk });
        let text: string;
        const editStarted = performance.now();
        timing.read = editStarted - readStarted;
        try {
          text = editText({ path: file.path, kind: file.kind, text: disk }, changes);
        } catch (error) {
          throw await editRefusal(error, disk);
        }
        timing.edit = performance.now() - editStarted;
        if (text === disk) return answer(file, disk);
        const checkStarted = performance.now();
        // The errors the change is compared with are those of the disk's text: when the file moved
        // on since the page read it, the watcher may not have checked the outside write yet.
        const before = moved ? await content.checkText(file.path, disk) : await content.latest();
        const checked = await content.checkText(file.path, text);
        timing.check = performance.now() - checkStarted;
        const added = addedErrors(before.problems, checked.problems);
        if (added.length > 0) throw await refuse('invalid', 'adds-error', file.path, { problems: pageProblems(checked, added) });
        const writeStarted = performance.now();
        const written = await commit(file, disk, text, timing);
        timing.write = performance.now() - writeStarted - (timing.content ?? 0);
        timing.renamed = (timing.renamedAt ?? Number.NaN) - (timing.arrivedAt ?? Number.NaN);
        if (written) {
          const history = historyOf(file);
          history.undo.push({ before: disk, after: text });
          history.redo = [];
          return answer(file, text, checked);
        }
      }
      throw await refuse('conflict', 'conflict', file.path);
    });
  };

  const historyOf = (file: EditableFile) => {
    let history = histories.get(file.real);
    if (!history) histories.set(file.real, (history = { undo: [], redo: [] }));
    return history;
  };

  const step = async (body: Record<string, unknown>, direction: 'undo' | 'redo') => {
    const file = await editable(body.path);
    return queue(file.real, async () => {
      const history = historyOf(file);
      const stack = direction === 'undo' ? history.undo : history.redo;
      const last = stack[stack.length - 1];
      if (!last) throw await refuse('conflict', direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo', file.path);
      const [from, to] = direction === 'undo' ? [last.after, last.before] : [last.before, last.after];
      const disk = await readText(file);
      if (disk !== from || !(await commit(file, from, to)))
        throw await refuse('conflict', 'undo-conflict', file.path, { digest: digestOf(disk), text: disk });
      stack.pop();
      (direction === 'undo' ? history.redo : history.undo).push(last);
      return answer(file, to);
    });
  };

  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== EDIT_API_PATH && !url.pathname.startsWith(`${EDIT_API_PATH}/`)) return false;
    const started = performance.now();
    const arrived = arrivals.get(request) ?? started;
    const timing: Timing = { queue: started - arrived, arrivedAt: arrived };
    try {
      const guard = checkRequest(request, session.token);
      if (guard) throw await refuse('forbidden', guard.code, guard.detail);
      const route = `${request.method} ${url.pathname.slice(EDIT_API_PATH.length)}`;
      let result: unknown;
      if (route === 'GET /file') {
        const file = await editable(url.searchParams.get('path'));
        const text = await readText(file);
        result = { ok: true, path: file.path, digest: digestOf(text), text, data: editedData(text) };
        // The page's next change starts from this text: parsed now, it finds it ready (core/edit).
        setImmediate(() => prepareEdit(text));
      } else if (route === 'POST /apply') {
        const body = await readBody(request, refuse);
        timing.body = performance.now() - started;
        result = await apply(body, timing);
      } else if (route === 'POST /undo') result = await step(await readBody(request, refuse), 'undo');
      else if (route === 'POST /redo') result = await step(await readBody(request, refuse), 'redo');
      else if (route === 'GET /review' && options.review) result = await options.review(await lang());
      else throw new Refusal('not-found', `${request.method} ${url.pathname}`);
      timing.total = performance.now() - started;
      const { renamedAt: _renamed, arrivedAt: _arrived, ...shown } = timing;
      send(response, 200, result, shown);
    } catch (error) {
      if (error instanceof Refusal)
        send(response, STATUS[error.reason], { ok: false, reason: error.reason, message: error.message, ...error.extra });
      else send(response, 500, { ok: false, reason: 'internal', message: error instanceof Error ? error.message : String(error) });
    }
    return true;
  };

  async function editRefusal(error: unknown, disk: string): Promise<Refusal> {
    if (!(error instanceof EditError)) throw error;
    if (error.code === 'not-found') return refuse('not-found', 'not-found', error.where ?? '', { digest: digestOf(disk), text: disk });
    if (error.code === 'bad-change') return refuse('bad-request', 'bad-change', error.message);
    return refuse('invalid', 'unsupported', error.message);
  }
}

async function readBody(
  request: IncomingMessage,
  refuse: (reason: RefusalReason, code: RefusalCode, detail?: string) => Promise<Refusal>,
): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw await refuse('bad-request', 'bad-json', 'the body is larger than 1 MiB.');
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {}
  throw await refuse('bad-request', 'bad-json', 'the body is not a JSON object.');
}

/** Milliseconds spent in each part of a change, sent as Server-Timing (bench:edit and the browser's network panel read it). */
interface Timing {
  /** From Node's HTTP server taking the request to the API's handler: Vite's and Astro's middlewares before ours. */
  queue?: number;
  /** Reading and parsing the JSON body. */
  body?: number;
  /** The file confined, its queue waited for, read, and the changes' expectations compared. */
  read?: number;
  edit?: number;
  check?: number;
  write?: number;
  content?: number;
  /** From Node's HTTP server taking the request to the file renamed into place: the file on disk. */
  renamed?: number;
  total?: number;
  /** Moments (performance.now), not sent. */
  arrivedAt?: number;
  renamedAt?: number;
}

/** When each request reached Node's HTTP server (its 'request' event), before Vite's middlewares: Server-Timing's `queue`. */
const arrivals = new WeakMap<IncomingMessage, number>();

/** Notes the moment `request` reached the HTTP server (edit-plugin.ts calls it from the server's first 'request' listener). */
export function markArrival(request: IncomingMessage): void {
  arrivals.set(request, performance.now());
}

function send(response: ServerResponse, status: number, body: unknown, timing: Timing = {}): void {
  const json = JSON.stringify(body);
  const parts = Object.entries(timing).map(([name, ms]) => `${name};dur=${(ms as number).toFixed(1)}`);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(parts.length > 0 ? { 'server-timing': parts.join(', ') } : {}),
  });
  response.end(json);
}
