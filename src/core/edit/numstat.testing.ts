import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Lines added and removed between two texts, as `git diff --numstat` counts them (real git, as a reviewer sees it). */
export function numstat(before: string, after: string): [added: number, removed: number] {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-numstat-'));
  try {
    writeFileSync(join(dir, 'a.yaml'), before);
    writeFileSync(join(dir, 'b.yaml'), after);
    const run = spawnSync('git', ['diff', '--no-index', '--numstat', 'a.yaml', 'b.yaml'], { cwd: dir, encoding: 'utf8' });
    const line = run.stdout.trim();
    if (line === '') return [0, 0];
    const [added, removed] = line.split('\t');
    return [Number(added), Number(removed)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
