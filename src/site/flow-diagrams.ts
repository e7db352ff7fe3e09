import content from 'virtual:parcours/content';
import type { Project } from '../core/index.ts';
import type { FlowDiagram } from '../publish/draw-flow-diagrams.ts';

export type { FlowDiagram };

const diagrams = new WeakMap<Project, Promise<Map<string, FlowDiagram>>>();

/** Every journey's flow diagram, drawn once per check (see src/publish/draw-flow-diagrams.ts). */
export function flowDiagrams(project: Project): Promise<Map<string, FlowDiagram>> {
  let pending = diagrams.get(project);
  if (!pending) {
    pending = content.flowDiagrams(project);
    diagrams.set(project, pending);
  }
  return pending;
}
