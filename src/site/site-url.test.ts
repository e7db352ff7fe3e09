import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { siteUrl } from './site-url.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function withConfig(text: string | undefined) {
  dir = await mkdtemp(join(tmpdir(), 'parcours-site-url-'));
  if (text !== undefined) await writeFile(join(dir, 'parcours.config.yaml'), text);
  return siteUrl(dir);
}

describe('siteUrl', () => {
  it('splits baseUrl into site and base', async () => {
    expect(await withConfig('baseUrl: https://acme.github.io/maps\n')).toEqual({ site: 'https://acme.github.io', base: '/maps/' });
  });

  it('publishes at the root without a baseUrl, a config or a valid URL', async () => {
    expect(await withConfig('title: x\n')).toEqual({ base: '/' });
    expect(await withConfig(undefined)).toEqual({ base: '/' });
    expect(await withConfig('baseUrl: [1\n')).toEqual({ base: '/' });
  });

  it('does not read a config linked outside the content root (the check reports it)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parcours-site-url-'));
    await writeFile(join(dir, 'outside.yaml'), 'baseUrl: https://leak.example/secret\n');
    await mkdir(join(dir, 'root'));
    await symlink('../outside.yaml', join(dir, 'root', 'parcours.config.yaml'));
    expect(await siteUrl(join(dir, 'root'))).toEqual({ base: '/' });
  });
});
