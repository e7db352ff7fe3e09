import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../src/cli/commands/init.ts';
import { memoryIo } from '../../src/cli/test-io.ts';
import { LspClient } from './lsp-client.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const server = join(repo, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

interface Diagnostic {
  range: { start: { line: number } };
  message: string;
}

let root: string;
let client: LspClient;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parcours-editor-'));
  await initCommand(['--lang', 'en'], memoryIo(root));
  // As `npm install -D parcours` leaves it: the schema lines point into node_modules/parcours/schema/.
  await mkdir(join(root, 'node_modules'));
  await symlink(repo, join(root, 'node_modules', 'parcours'), 'dir');
  client = new LspClient(process.execPath, [server, '--stdio'], {
    yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, format: { enable: false } },
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} },
    },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, completion: true, schemaStore: { enable: false } } },
  });
});
afterAll(async () => {
  await client?.close();
  await rm(root, { recursive: true, force: true });
});

describe('a scaffolded journey in a real editor server (yaml-language-server over stdio)', () => {
  it('reports a misspelt field and a wrong type on their lines, from the schema line alone', async () => {
    const file = join(root, 'journeys', 'first-journey.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const nameLine = lines.findIndex((line) => line.trim() === 'name: Discovers the offer');
    lines.splice(nameLine + 1, 0, '        descrption: A misspelt field');
    const touchpointsLine = lines.findIndex((line) => line.trim() === 'touchpoints: [web]');
    lines[touchpointsLine] = '        touchpoints: web';
    const uri = pathToFileURL(file).href;
    const published = client.waitFor<{ uri: string; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && params.diagnostics.length > 0,
    );
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: lines.join('\n') } });
    const { diagnostics } = await published;
    const at = (line: number) =>
      diagnostics
        .filter((diagnostic) => diagnostic.range.start.line === line)
        .map((diagnostic) => diagnostic.message)
        .join(' | ');
    expect(at(nameLine + 1)).toMatch(/descrption.*not allowed/i);
    expect(at(touchpointsLine)).toMatch(/incorrect type/i);
  });

  it('completes the fields of a step', async () => {
    const file = join(root, 'journeys', 'first-journey.yaml');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const thoughtsLine = lines.findIndex((line) => line.trim() === 'thoughts:');
    lines.splice(thoughtsLine, 0, '        ');
    const uri = pathToFileURL(file).href;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join('\n') }] });
    const result = await client.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: thoughtsLine, character: 8 },
    });
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['description', 'painPoints', 'opportunities', 'momentOfTruth', 'backstage', 'evidence']),
    );
  });
});
