import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { memoryIo } from '../../cli/test-io.ts';
import { SECRET } from '../load/link-workspace.testing.ts';
import { checkHistory } from './check-history.ts';
import { createRepository, type TestRepository } from './git-repository.testing.ts';
import { readHistory } from './read-history.ts';

// Git stores symbolic links (mode 120000, the link's text as the blob): a pull request can turn a
// journey into a link. History and diffs read blobs, never the working tree, and must say so.
let repository: TestRepository;
let outside: string;
let link: string;
const persona = 'id: claire\nname: Claire\ndigitalAffinity: high\n';

beforeAll(() => {
  outside = mkdtempSync(join(tmpdir(), 'parcours-outside-'));
  link = join(outside, 'secret.yaml');
  writeFileSync(link, `id: claire\nname: ${SECRET}\ndigitalAffinity: high\n`);
  repository = createRepository();
  repository.commit('Add Claire', { 'personas/claire.yaml': persona });
  unlinkSync(join(repository.dir, 'personas/claire.yaml'));
  symlinkSync(link, join(repository.dir, 'personas/claire.yaml'));
  repository.git('add', 'personas/claire.yaml');
  repository.git('commit', '-q', '-m', 'Link Claire to a file of the runner');
  // The link is committed; the working tree gets the file back so only history holds the link.
  unlinkSync(join(repository.dir, 'personas/claire.yaml'));
  writeFileSync(join(repository.dir, 'personas/claire.yaml'), persona);
  repository.commit('Claire back as a file', { 'personas/claire.yaml': persona.replace('high', 'medium') });
});
afterAll(() => {
  repository.remove();
  rmSync(outside, { recursive: true, force: true });
});

describe('a revision in which a content file is a symbolic link', () => {
  it('is a file-link-in-revision problem on its revision, with the link text, and no text of the target', async () => {
    const history = await readHistory(repository.dir);
    const [file] = history.files.filter((candidate) => candidate.path === 'personas/claire.yaml');
    expect(file!.revisions.map((revision) => revision.message)).toEqual([
      'Claire back as a file',
      'Link Claire to a file of the runner',
      'Add Claire',
    ]);
    const linked = file!.revisions[1]!;
    expect(linked.text).toBeUndefined();
    expect(linked.problem).toMatchObject({ code: 'file-link-in-revision', file: 'personas/claire.yaml', line: 1 });
    expect(linked.problem!.message).toContain(`\`${link}\``);
    const [checked] = checkHistory(history);
    expect(checked!.revisions[1]!.problems.map((problem) => problem.code)).toEqual(['file-link-in-revision']);
    expect(JSON.stringify(checked)).not.toContain(SECRET);
  });

  it('is a problem of that side in parcours diff, in every format, and never followed', async () => {
    for (const format of ['json', 'markdown', 'github', 'pretty']) {
      const io = memoryIo(repository.dir);
      expect(await main(['diff', 'main~2', 'main~1', '--format', format], io)).toBe(0);
      expect(io.out() + io.err()).toContain('file-link-in-revision');
      expect(io.out() + io.err()).not.toContain(SECRET);
      if (format === 'json') {
        const { problems } = JSON.parse(io.out()) as { problems: { after: { code: string; file: string }[] } };
        expect(problems.after).toContainEqual(expect.objectContaining({ code: 'file-link-in-revision', file: 'personas/claire.yaml' }));
      }
    }
  });
});
