// Mermaid's own parser, for tests only: mermaid is a devDependency and needs a DOM, which jsdom
// provides once `window` and `document` are on globalThis.
import { JSDOM } from 'jsdom';

export interface ParsedJourneyDiagram {
  title: string;
  sections: string[];
  tasks: { section: string; task: string; score: number; people: string[] }[];
}

let mermaidModule: Promise<typeof import('mermaid')> | undefined;

function loadMermaid() {
  if (!mermaidModule) {
    const dom = new JSDOM('<!doctype html><html><body></body></html>');
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    mermaidModule = import('mermaid');
  }
  return mermaidModule;
}

/** Parses `text` with Mermaid (throws where Mermaid does) and returns what its journey model holds. */
export async function parseWithMermaid(text: string): Promise<ParsedJourneyDiagram> {
  const { default: mermaid } = await loadMermaid();
  const result = await mermaid.parse(text);
  if (result?.diagramType !== 'journey')
    throw new Error(`Mermaid read a ${result ? result.diagramType : 'nothing'} diagram, not a journey`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getDiagramTitle(): string;
    getSections(): string[];
    getTasks(): { section: string; task: string; score: number; people: string[] }[];
  };
  return {
    title: db.getDiagramTitle(),
    sections: [...db.getSections()],
    tasks: db.getTasks().map(({ section, task, score, people }) => ({ section, task, score, people: [...people] })),
  };
}
