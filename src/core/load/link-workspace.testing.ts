import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Text of every file outside the content root: it must appear in no output and no built file. */
export const SECRET = 'SECRET-OUTSIDE-7Q4Z-do-not-print';

/**
 * A temporary folder holding `outside/` (files a link could reach: secret.yaml, secret.csv,
 * secret.txt, folder/secret.yaml) and `root/`, a valid content root with one journey, one persona
 * and a config. Tests add their symbolic links with `fs.symlink`, since links in Git fixtures are brittle.
 */
export async function linkWorkspace(): Promise<{ base: string; root: string; outside: string }> {
  const base = await mkdtemp(join(tmpdir(), 'parcours-links-'));
  const root = join(base, 'root');
  const outside = join(base, 'outside');
  await mkdir(join(outside, 'folder'), { recursive: true });
  await writeFile(join(outside, 'secret.yaml'), `id: secret\nname: ${SECRET}\ndigitalAffinity: high\n`);
  await writeFile(join(outside, 'folder', 'secret.yaml'), `id: secret\nname: ${SECRET}\ndigitalAffinity: high\n`);
  await writeFile(join(outside, 'secret.csv'), `journey,step,period,csat\nachat,recherche,2026-01,${SECRET}\n`);
  await writeFile(join(outside, 'secret.txt'), `${SECRET}\n`);
  await mkdir(join(root, 'journeys'), { recursive: true });
  await mkdir(join(root, 'personas'), { recursive: true });
  await writeFile(join(root, 'parcours.config.yaml'), 'title: Liens\nlang: fr\n');
  await writeFile(join(root, 'personas', 'claire.yaml'), 'id: claire\nname: Claire\ndigitalAffinity: high\n');
  await writeFile(
    join(root, 'journeys', 'achat.yaml'),
    [
      'id: achat',
      'title: Achat en ligne',
      'owner: Equipe web',
      'lastReviewed: 2026-11-01',
      'personas: [claire]',
      'stages:',
      '  - id: choix',
      '    name: Choix',
      '    steps:',
      '      - id: recherche',
      '        name: Recherche',
      '        touchpoints: [web, phone]',
      '',
    ].join('\n'),
  );
  return { base, root, outside };
}
