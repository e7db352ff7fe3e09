import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The stage graph of src/, read from the import and export-from statements of every module (type-only
// ones too: a cycle of types still ties two modules together). Tests and test helpers are left out:
// they may drive the CLI from anywhere.
const SRC = new URL('../src/', import.meta.url).pathname;
const MODULES = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts') && !/\.(test|testing)\.ts$/.test(path))
  .map((path) => path.split('\\').join('/'))
  .sort();

/** The relative modules a file imports or re-exports, as paths under src/. */
function importsOf(path: string, text: string): string[] {
  // Comments may quote an import; strings cannot hold one on its own line in this code base.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return found
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(SRC, resolve(dirname(join(SRC, path)), specifier)));
}

const GRAPH = new Map(MODULES.map((path) => [path, importsOf(path, readFileSync(join(SRC, path), 'utf8'))]));

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the stage graph of src/', () => {
  it('reads the imports of every module, type-only and re-exports included', () => {
    expect(MODULES.length).toBeGreaterThan(200);
    expect(
      importsOf('core/x.ts', "import type { A } from './a.ts';\nexport { b } from '../b.ts';\nconst c = await import('./c.ts');"),
    ).toEqual(['core/a.ts', 'b.ts', 'core/c.ts']);
    expect(importsOf('core/x.ts', "// import { a } from './a.ts';\n/* export * from './b.ts' */")).toEqual([]);
    // Every relative import names a module that exists: a parser that misread paths would find no cycle.
    const missing = [...GRAPH].flatMap(([path, imports]) =>
      imports
        .filter(
          (target) =>
            !GRAPH.has(target) &&
            !target.endsWith('.json') &&
            !target.endsWith('.cjs') &&
            !target.endsWith('.astro') &&
            !target.endsWith('.css'),
        )
        .map((target) => `${path} -> ${target}`),
    );
    expect(missing).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import cycle', () => {
    expect(cycles(GRAPH)).toEqual([]);
  });

  it('keeps the core framework-free: nothing in core/ imports i18n/, site/, publish/ or cli/', () => {
    const upward = [...GRAPH]
      .filter(([path]) => path.startsWith('core/'))
      .flatMap(([path, imports]) =>
        imports.filter((target) => /^(i18n|site|publish|cli)\//.test(target)).map((target) => `${path} -> ${target}`),
      );
    expect(upward).toEqual([]);
  });
});
