import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { flushContentCaches } from '../core/check/content-cache.ts';
import type { Change } from '../core/edit/change.ts';
import { editText } from '../core/edit/edit-text.ts';
import { numstat } from '../core/edit/numstat.testing.ts';
import { valueAt } from '../core/edit/plain-change.ts';
import { editApi, markArrival } from './edit-api.ts';
import { digestOf } from './edit-files.ts';
import { EDIT_API_PATH } from './edit-session.ts';
import { type LiveContent, liveContent } from './live-content.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const JOURNEY = 'journeys/achat-logiciel-b2b.yaml';
const EMOTION = ['stages', { id: 'prise-de-conscience' }, 'steps', { id: 'constate-debordement' }, 'emotion', 'ines-prescriptrice'];
const NAME = ['stages', { id: 'prise-de-conscience' }, 'steps', { id: 'cherche-sur-google' }, 'name'];
const token = 'a'.repeat(64);
let work: string;
let root: string;
let content: LiveContent;
let server: Server;
let base: string;
let original: string;
let hold: (() => Promise<void>) | undefined;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parcours-edit-api-'));
  root = join(work, 'content');
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml', 'data'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
  await writeFile(join(work, 'secret.yaml'), 'id: secret\n');
  await symlink(join(work, 'secret.yaml'), join(root, 'journeys', 'dehors.yaml'));
  await writeFile(join(root, 'journeys', 'notes.txt'), 'not yaml\n');
  original = await readFile(join(root, JOURNEY), 'utf8');
  content = liveContent(root, '2026-06-01', join(work, 'cache'));
  const handle = editApi({ root, content, session: { token, api: EDIT_API_PATH }, beforeWrite: async () => hold?.() });
  server = createServer((request, response) => {
    markArrival(request);
    void handle(request, response).then((handled) => {
      if (!handled) response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await flushContentCaches();
  await rm(work, { recursive: true, force: true });
});
beforeEach(async () => {
  hold = undefined;
  await writeFile(join(root, JOURNEY), original);
  await content.changed(join(root, JOURNEY));
});

async function call(route: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(base + EDIT_API_PATH + route, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-parcours-token': token, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
/** A POST with its own Host header, which fetch does not let a caller set (DNS rebinding sends the attacker's name). */
function rawPost(host: string, changes: Change[]): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}${EDIT_API_PATH}/apply`);
    const payload = JSON.stringify({ path: JOURNEY, digest: digestOf(original), changes });
    const sent = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { host, 'x-parcours-token': token, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Record<string, unknown> }));
      },
    );
    sent.on('error', reject);
    sent.end(payload);
  });
}
const disk = () => readFile(join(root, JOURNEY), 'utf8');
const editTextOf = (text: string, changes: Change[]) => editText({ path: JOURNEY, kind: 'journey', text }, changes);
const apply = (changes: Change[], digest = digestOf(original), headers?: Record<string, string>) =>
  call('/apply', { path: JOURNEY, digest, changes }, headers);

describe('the edit API', () => {
  it('reads a file with its digest', async () => {
    const { status, body } = await call(`/file?path=${encodeURIComponent(JOURNEY)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, path: JOURNEY, digest: digestOf(original), text: original, data: parse(original) });
  });

  it('writes one changed emotion as one changed line, and the live content holds it when it answers', async () => {
    const { status, body } = await apply([{ op: 'set', path: EMOTION, expect: -2, value: 1 }]);
    expect(status).toBe(200);
    const text = await disk();
    expect(body).toMatchObject({ ok: true, digest: digestOf(text) });
    expect(Array.isArray(body.problems)).toBe(true);
    expect(numstat(original, text)).toEqual([1, 1]);
    const journey = (await content.latest()).project.journeys.find((item) => item.id === 'achat-logiciel-b2b');
    expect(journey?.stages[0]?.steps[0]?.emotion?.['ines-prescriptrice']).toBe(1);
  });

  it('tells the parts of a change in Server-Timing, from the request taken to the file renamed', async () => {
    const response = await fetch(`${base}${EDIT_API_PATH}/apply`, {
      method: 'POST',
      headers: { 'x-parcours-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ path: JOURNEY, digest: digestOf(original), changes: [{ op: 'set', path: EMOTION, expect: -2, value: 0 }] }),
    });
    expect(response.status).toBe(200);
    const parts = new Map(
      (response.headers.get('server-timing') ?? '').split(', ').map((part) => {
        const [name = '', duration = ''] = part.split(';dur=');
        return [name, Number(duration)] as const;
      }),
    );
    expect([...parts.keys()].sort()).toEqual(['body', 'check', 'content', 'edit', 'queue', 'read', 'renamed', 'total', 'write']);
    for (const duration of parts.values()) expect(duration).toBeGreaterThanOrEqual(0);
    // The file is renamed into place before the answer is made: `renamed` lies within the request.
    expect(parts.get('renamed')!).toBeLessThanOrEqual(parts.get('queue')! + parts.get('total')! + 0.2);
  });

  it('undoes and redoes to the exact bytes', async () => {
    const first = await apply([{ op: 'set', path: EMOTION, expect: -2, value: 1 }]);
    const afterFirst = await disk();
    await apply([{ op: 'set', path: NAME, value: 'Cherche: un outil # vite' }], first.body.digest as string);
    const undone = await call('/undo', { path: JOURNEY, digest: digestOf(await disk()) });
    expect(undone.status).toBe(200);
    expect(await disk()).toBe(afterFirst);
    await call('/undo', { path: JOURNEY, digest: digestOf(afterFirst) });
    expect(await disk()).toBe(original);
    expect((await call('/undo', { path: JOURNEY, digest: digestOf(original) })).body.reason).toBe('conflict');
    await call('/redo', { path: JOURNEY, digest: digestOf(original) });
    expect(await disk()).toBe(afterFirst);
  });

  it('refuses a change that adds an error, with the error, and writes nothing', async () => {
    const { status, body } = await apply([{ op: 'set', path: EMOTION, expect: -2, value: 9 }]);
    expect(status).toBe(422);
    expect(body.reason).toBe('invalid');
    const problems = body.problems as { code: string; file: string; line: number }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: JOURNEY });
    expect(await disk()).toBe(original);
  });

  it('keeps an outside edit elsewhere, and refuses a change to a value changed outside', async () => {
    const outside = original.replace(/^title: .*$/m, 'title: Changé ailleurs');
    await writeFile(join(root, JOURNEY), outside);
    const kept = await apply([{ op: 'set', path: EMOTION, expect: -2, value: 0 }]);
    expect(kept.status).toBe(200);
    const text = await disk();
    expect(parse(text).title).toBe('Changé ailleurs');
    expect(numstat(outside, text)).toEqual([1, 1]);

    const changed = text.replace('ines-prescriptrice: 0, marc-decideur: -1', 'ines-prescriptrice: 2, marc-decideur: -1');
    await writeFile(join(root, JOURNEY), changed);
    const conflict = await apply([{ op: 'set', path: EMOTION, expect: 0, value: -1 }], digestOf(text));
    const blind = await apply([{ op: 'set', path: NAME, value: 'Sans expect' }], digestOf(text));
    expect(blind.status).toBe(409);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ reason: 'conflict', digest: digestOf(changed), text: changed });
    expect(await disk()).toBe(changed);
  });

  it('applies a move after an outside edit elsewhere, and refuses one whose step or target stage changed outside', async () => {
    const data = parse(original);
    const stage = (id: string) => data.stages.find((item: { id: string }) => item.id === id);
    const ids = (id: string) => stage(id).steps.map((step: { id: string }) => step.id);
    const step = stage('prise-de-conscience').steps.find((item: { id: string }) => item.id === 'demande-aux-pairs');
    const move: Change = {
      op: 'move',
      path: ['stages', { id: 'prise-de-conscience' }, 'steps', { id: 'demande-aux-pairs' }],
      to: ['stages', { id: 'consideration' }, 'steps'],
      index: 0,
      expect: step,
      expectTo: ids('consideration'),
    };
    // The title changed on disk: the move still applies, and the title stays.
    const retitled = original.replace(/^title: .*$/m, 'title: Changé ailleurs');
    await writeFile(join(root, JOURNEY), retitled);
    const kept = await apply([move]);
    expect(kept.status).toBe(200);
    const moved = parse(await disk());
    expect(moved.title).toBe('Changé ailleurs');
    expect(moved.stages[1].steps[0].id).toBe('demande-aux-pairs');

    // The moved step renamed on disk: a conflict, the disk stays.
    const renamed = original.replace(`name: ${step.name}`, 'name: Renommée ailleurs');
    expect(renamed).not.toBe(original);
    await writeFile(join(root, JOURNEY), renamed);
    const stepChanged = await apply([move]);
    expect([stepChanged.status, stepChanged.body.reason]).toEqual([409, 'conflict']);
    expect(await disk()).toBe(renamed);

    // A step taken out of the target stage on disk: the index would land beside another neighbour.
    const first = stage('consideration').steps[0];
    const without = editTextOf(original, [{ op: 'delete', path: ['stages', { id: 'consideration' }, 'steps', { id: first.id }] }]);
    await writeFile(join(root, JOURNEY), without);
    const listChanged = await apply([move]);
    expect([listChanged.status, listChanged.body.reason]).toEqual([409, 'conflict']);
    expect(await disk()).toBe(without);

    // And a move that says nothing of what it moves, on a file that changed: refused too.
    await writeFile(join(root, JOURNEY), retitled);
    const { expect: _item, expectTo: _list, ...blind } = move as Extract<Change, { op: 'move' }>;
    expect((await apply([blind])).status).toBe(409);
    expect(await disk()).toBe(retitled);
  });

  it('does not blame a change for an error an outside write made', async () => {
    const broken = original.replace('ines-prescriptrice: -2, marc-decideur: -1', 'ines-prescriptrice: -2, marc-decideur: 9');
    await writeFile(join(root, JOURNEY), broken);
    const { status } = await apply([{ op: 'set', path: NAME, expect: parse(original).stages[0].steps[1].name, value: 'Cherche ailleurs' }]);
    expect(status).toBe(200);
    const text = await disk();
    expect(parse(text).stages[0].steps[1].name).toBe('Cherche ailleurs');
    expect(numstat(broken, text)).toEqual([1, 1]);
  });

  it('loses no update when an outside write lands while a save is on its way (50 rounds)', async () => {
    let text = original;
    for (let round = 0; round < 50; round++) {
      const title = `Titre ${round}`;
      let landed = false;
      hold = async () => {
        if (landed) return;
        landed = true;
        const current = await disk();
        await writeFile(join(root, JOURNEY), current.replace(/^title: .*$/m, `title: ${title}`));
      };
      const value = round % 2 === 0 ? 1 : 2;
      const expect_ = parse(text).stages[0].steps[0].emotion['ines-prescriptrice'];
      const { status } = await apply([{ op: 'set', path: EMOTION, expect: expect_, value }], digestOf(text));
      expect(status).toBe(200);
      text = await disk();
      const data = parse(text);
      expect(data.title).toBe(title);
      expect(data.stages[0].steps[0].emotion['ines-prescriptrice']).toBe(value);
    }
  }, 300_000);

  it('applies concurrent changes to one file one after the other, losing none', async () => {
    const data = parse(original);
    const steps = data.stages.flatMap((stage: { id: string; steps: { id: string; name: string }[] }) =>
      stage.steps.map((step) => ({ path: ['stages', { id: stage.id }, 'steps', { id: step.id }, 'name'], name: step.name })),
    );
    const answers = await Promise.all(
      steps.map((step: { path: Change['path']; name: string }, index: number) =>
        apply([{ op: 'set', path: step.path, expect: step.name, value: `Nom ${index}` }]),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(steps.map(() => 200));
    const text = await disk();
    for (const [index, step] of steps.entries()) expect(valueAt(parse(text), step.path)).toBe(`Nom ${index}`);
    expect(numstat(original, text)).toEqual([steps.length, steps.length]);
  });

  it('refuses requests without the token, from another origin or for another host, and writes nothing', async () => {
    const change: Change[] = [{ op: 'set', path: EMOTION, expect: -2, value: 1 }];
    const refused = [
      await apply(change, undefined, { 'x-parcours-token': '' }),
      await apply(change, undefined, { 'x-parcours-token': 'b'.repeat(64) }),
      await apply(change, undefined, { origin: 'http://evil.test' }),
      await apply(change, undefined, { origin: `http://127.0.0.1:1` }),
      await rawPost('evil.test', change),
      await rawPost(`evil.test:${new URL(base).port}`, change),
      await rawPost(`127.0.0.1.evil.test:${new URL(base).port}`, change),
    ];
    expect(refused.map((answer) => [answer.status, answer.body.reason])).toEqual(refused.map(() => [403, 'forbidden']));
    expect(await disk()).toBe(original);
    expect((await apply(change, undefined, { origin: base })).status).toBe(200);
  });

  it('refuses paths outside journeys/ and personas/, links out of the root and files that are not YAML', async () => {
    for (const path of [
      '../secret.yaml',
      'journeys/../../secret.yaml',
      'journeys/dehors.yaml',
      'journeys/notes.txt',
      'parcours.config.yaml',
      '/etc/passwd',
      'journeys/sub/x.yaml',
    ]) {
      const read = await call(`/file?path=${encodeURIComponent(path)}`);
      expect(read.status, path).toBe(403);
      const write = await call('/apply', { path, digest: '', changes: [{ op: 'set', path: ['id'], value: 'x' }] });
      expect(write.status, path).toBe(403);
    }
    expect(await readFile(join(work, 'secret.yaml'), 'utf8')).toBe('id: secret\n');
    expect((await call(`/file?path=${encodeURIComponent('journeys/absent.yaml')}`)).status).toBe(404);
  });

  it('refuses malformed requests with bad-request and writes nothing', async () => {
    const bodies = [
      { path: JOURNEY, digest: digestOf(original), changes: [{ op: 'set', path: EMOTION }] },
      { path: JOURNEY, digest: digestOf(original), changes: [{ op: 'rename', path: EMOTION, value: 1 }] },
      { path: JOURNEY, digest: digestOf(original), changes: [{ op: 'set', path: [{ name: 'x' }], value: 1 }] },
      { path: JOURNEY, digest: digestOf(original), changes: [{ op: 'insert', path: ['stages'], index: 'un', value: {} }] },
      { path: JOURNEY, changes: [] },
    ];
    for (const body of bodies) {
      const answer = await call('/apply', body);
      expect([answer.status, answer.body.reason], JSON.stringify(body)).toEqual([400, 'bad-request']);
    }
    const notJson = await fetch(`${base}${EDIT_API_PATH}/apply`, { method: 'POST', headers: { 'x-parcours-token': token }, body: '{' });
    expect(notJson.status).toBe(400);
    expect((await call('/nothing')).status).toBe(404);
    expect(await disk()).toBe(original);
  });

  it('says in the site’s language why it refused', async () => {
    const { body } = await apply([{ op: 'set', path: ['stages', { id: 'absente' }, 'name'], value: 'x' }]);
    expect(body.reason).toBe('not-found');
    expect(body.message).toMatch(/stages\[id=absente\]/);
    expect(body.message).toMatch(/Rechargez/);
  });
});
