import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/core/index.ts';
import { formatSource } from '../src/core/format/format-source.ts';
import { readContent } from '../src/core/load/read-content.ts';
import { readSchema } from '../src/core/validate/schema-validators.ts';

const repo = fileURLToPath(new URL('../', import.meta.url));
const result = await checkProject(repo, { now: new Date('2026-11-23T12:00:00Z') });

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  $ref?: string;
  $defs?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
};

/** Every property path the schema defines, as "stages[].steps[].touchpoints[].owned". */
function schemaPaths(root: Schema): Set<string> {
  const paths = new Set<string>();
  const visit = (schema: Schema, path: string, seen: Set<string>) => {
    if (schema.$ref) {
      if (seen.has(schema.$ref)) return;
      visit(root.$defs![schema.$ref.replace('#/$defs/', '')]!, path, new Set([...seen, schema.$ref]));
    }
    for (const branch of schema.anyOf ?? []) visit(branch, path, seen);
    if (schema.items) visit(schema.items, `${path}[]`, seen);
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      paths.add(childPath);
      visit(child, childPath, seen);
    }
  };
  visit(root, '', new Set());
  return paths;
}

function dataPaths(value: unknown, path = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) dataPaths(item, `${path}[]`, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      // Emotion maps are keyed by persona id, not by schema property.
      const childPath = path.endsWith('emotion') ? path : path ? `${path}.${key}` : key;
      if (!path.endsWith('emotion')) into.add(childPath);
      dataPaths(child, childPath, into);
    }
  }
  return into;
}

describe('the example content', () => {
  it('has no error', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('has at least 4 journeys (one target beside its current) and 5 personas', () => {
    expect(result.project.journeys.length).toBeGreaterThanOrEqual(4);
    expect(result.project.personas.length).toBeGreaterThanOrEqual(5);
    const target = result.project.journeys.find((journey) => journey.state === 'target');
    expect(result.project.journeys.map((journey) => journey.id)).toContain(target?.targetOf);
    expect(new Set(result.project.personas.map((persona) => persona.digitalAffinity))).toEqual(new Set(['high', 'medium', 'low', 'none']));
  });

  it.each(['journey', 'persona'] as const)('uses every field of the %s schema', (kind) => {
    const used = new Set<string>();
    for (const file of result.files.values()) if (file.source.kind === kind) dataPaths(file.data, '', used);
    // A field counts as used once per containing field: evidence.href is used whether the
    // evidence hangs on a step or on a pain point.
    const lastTwo = (path: string) => path.replaceAll('[]', '').split('.').slice(-2).join('.');
    const usedPairs = new Set([...used].map(lastTwo));
    const missing = [...schemaPaths(readSchema(kind) as Schema)].filter((path) => !usedPairs.has(lastTwo(path)));
    expect(missing).toEqual([]);
  });

  it('starts every YAML file with the schema line editors read', async () => {
    for (const [dir, schema] of [
      ['journeys', 'journey'],
      ['personas', 'persona'],
    ]) {
      for (const name of await readdir(`${repo}${dir}`)) {
        const first = (await readFile(`${repo}${dir}/${name}`, 'utf8')).split('\n', 1)[0];
        expect(first, `${dir}/${name}`).toBe(`# yaml-language-server: $schema=../schema/${schema}.schema.json`);
      }
    }
    expect((await readFile(`${repo}parcours.config.yaml`, 'utf8')).split('\n', 1)[0]).toBe(
      '# yaml-language-server: $schema=./schema/config.schema.json',
    );
  });

  // What a team copies from: `parcours fmt --check` on them passes.
  it('is laid out as parcours fmt lays it out', async () => {
    const { sources } = await readContent(repo);
    expect(sources.length).toBeGreaterThan(10);
    const unformatted = sources.filter((source) => formatSource(source).text !== source.text).map((source) => source.path);
    expect(unformatted).toEqual([]);
  });
});
