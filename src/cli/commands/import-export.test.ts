import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../core/index.ts';
import { memoryIo } from '../test-io.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../../core/import/fixtures/', import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcours-import-'));
  for (const entry of ['journeys', 'personas', 'public', 'parcours.config.yaml'])
    await cp(join(repo, entry), join(root, entry), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('parcours import and export', () => {
  it('exports a journey as CSV, imports it under a new id, and the new journey validates and exports the same rows', async () => {
    const out = memoryIo(root);
    expect(await exportCommand(['csv', 'retour-article', '--out', 'retour.csv'], out)).toBe(0);
    expect(out.err()).toMatch(
      /^parcours export csv : absent du CSV, où une ligne est une étape : .*\bowner\b.*\. Ces champs restent dans journeys\/retour-article\.yaml\.\n$/,
    );
    const csv = await readFile(join(root, 'retour.csv'), 'utf8');
    const io = memoryIo(root);
    expect(await importCommand(['csv', 'retour.csv', '--id', 'retour-copie', '--title', 'Copie'], io)).toBe(0);
    expect(io.out()).toMatch(/^journeys\/retour-copie\.yaml écrit : 4 phases, \d+ étapes/);
    const yaml = await readFile(join(root, 'journeys', 'retour-copie.yaml'), 'utf8');
    expect(yaml).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/node_modules\/parcours\/schema\/journey\.schema\.json\n# Importé de retour\.csv/,
    );
    const { problems } = await checkProject(root);
    expect(problems.filter((problem) => problem.file === 'journeys/retour-copie.yaml' && problem.severity === 'error')).toEqual([]);
    const again = memoryIo(root);
    await exportCommand(['csv', 'retour-copie'], again);
    expect(again.out().split('\r\n').slice(1)).toEqual(csv.split('\r\n').slice(1));
  });

  it('imports a Mermaid diagram and exports it back as Mermaid text', async () => {
    const io = memoryIo(root);
    expect(await importCommand(['mermaid', join(fixtures, 'whiteboard.mmd'), '--id', 'renouvellement'], io)).toBe(0);
    expect(io.out()).toContain('personas/claire.yaml, personas/marcel.yaml');
    const out = memoryIo(root);
    expect(await exportCommand(['mermaid', 'renouvellement'], out)).toBe(0);
    expect(out.out()).toMatch(/^journey\n {2}title Renouveler ∶ son contrat\n/);
  });

  it('writes a starter persona for each actor in any script, so the imported project validates at once, and never replaces a file', async () => {
    await writeFile(join(root, 'personas', 'ct-101.yaml'), 'id: ct-101\nname: Existing\n');
    const io = memoryIo(root);
    expect(await importCommand(['mermaid', join(fixtures, 'team-workshop.mmd'), '--id', 'atelier'], io)).toBe(0);
    expect(io.err()).toMatch(/team-workshop\.mmd:10:5 avertissement import-score-rescaled/);
    expect(await readFile(join(root, 'personas', 'u7528-u6237.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=.*persona\.schema\.json\n(#.*\n)+id: u7528-u6237\nname: 用户\n$/,
    );
    expect(await readFile(join(root, 'personas', 'n8n-system.yaml'), 'utf8')).toContain('name: n8n System\n');
    expect(await readFile(join(root, 'personas', 'ct-101.yaml'), 'utf8')).toBe('id: ct-101\nname: Existing\n');
    const { problems } = await checkProject(root);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('writes nothing when a score is not a number', async () => {
    const io = memoryIo(root);
    expect(await importCommand(['mermaid', join(fixtures, 'public', 'jakesteam-score.mmd'), '--id', 'score'], io)).toBe(1);
    expect(io.err()).toMatch(/jakesteam-score\.mmd:10:22 erreur mermaid-syntax/);
    await expect(stat(join(root, 'journeys', 'score.yaml'))).rejects.toThrow();
  });

  it('reports bad rows with file:line:col, exits 1 and writes nothing', async () => {
    const io = memoryIo(root);
    expect(await importCommand(['csv', join(fixtures, 'bad-rows.csv'), '--id', 'mauvais'], io)).toBe(1);
    expect(io.err()).toMatch(/bad-rows\.csv:2:12 erreur unknown-channel/);
    await expect(stat(join(root, 'journeys', 'mauvais.yaml'))).rejects.toThrow();
  });

  it('refuses to overwrite an existing journey (exit 2) and an invalid id (usage error with a suggestion)', async () => {
    await writeFile(join(root, 'in.csv'), 'Étape\nPaie\n');
    const io = memoryIo(root);
    expect(await importCommand(['csv', 'in.csv', '--id', 'retour-article'], io)).toBe(2);
    expect(io.err()).toContain('existe déjà');
    await expect(importCommand(['csv', 'in.csv', '--id', 'Mon Parcours'], memoryIo(root))).rejects.toThrow(/Did you mean `mon-parcours`/);
    await expect(importCommand(['csv', 'in.csv'], memoryIo(root))).rejects.toThrow(/--id is required/);
  });

  it('writes an Excel-ready CSV with --excel, and names the nearest journey for an unknown id', async () => {
    const io = memoryIo(root);
    expect(await exportCommand(['csv', 'retour-article', '--excel'], io)).toBe(0);
    expect(io.out()).toMatch(/^\ufeffPhase;Id de la phase;/);
    await expect(exportCommand(['csv', 'retour-articles'], memoryIo(root))).rejects.toThrow(/Did you mean `retour-article`/);
  });
});
