import { problemAt } from '../csv/cell-problem.ts';
import { uniqueSlug } from '../author/unique-slug.ts';
import { slugify } from '../validate/suggest.ts';
import { scoreToEmotion } from '../export/mermaid-score.ts';
import { fromMermaidText } from '../export/mermaid-text.ts';
import type { Journey, Stage, Step } from '../model/generated/journey.ts';
import type { Problem } from '../problem.ts';
import { buildEmotion, defaultStageName, missingPersonas, type ImportOptions, type ImportResult } from './import-options.ts';

interface Task {
  name: string;
  score: number;
  actors: string[];
}

/**
 * Turns a Mermaid `journey` diagram into a journey: the title, `accDescr` as the summary,
 * sections as stages, tasks as steps, actors as personas (ids made from their names), each
 * task's score (1..5) mapped onto the emotion scale with `scoreToEmotion`. A task's actors feel
 * its score and the journey's other personas take no part in it (null); a task without actors
 * is felt by all. Comments (`%%`, `#`), front matter and `accTitle` are skipped. Each line that
 * is none of these is an error at its line, and the other lines are still read.
 */
export function mermaidToJourney(text: string, options: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const at = (line: number, column: number, message: string, hint?: string) => problems.push(problemAt('mermaid-syntax', options.file, { line, column }, message, hint));
  let title: string | undefined;
  let summary: string | undefined;
  let started = false;
  const sections: { name: string; tasks: Task[] }[] = [];
  const actorLines = new Map<string, { line: number; column: number }>();

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    // As in Mermaid's lexer, `#` starts a comment wherever it stands.
    const line = raw.replace(/#.*$/, '').trim();
    const lineNumber = index + 1;
    const column = raw.length - raw.trimStart().length + 1;
    if (line === '' || line.startsWith('%%')) continue;
    if (!started && line === '---') {
      // Front matter: only its title matters here.
      for (index++; index < lines.length && lines[index]!.trim() !== '---'; index++) {
        const match = /^\s*title:\s*(.+?)\s*$/.exec(lines[index]!);
        if (match) title = match[1]!.replace(/^(['"])(.*)\1$/, '$2');
      }
      continue;
    }
    if (!started) {
      if (/^journey\b/i.test(line)) started = true;
      else at(lineNumber, column, 'A Mermaid journey diagram starts with the word `journey`.', 'Export a user journey diagram (it starts with `journey`); other Mermaid diagrams cannot be imported.');
      if (!started) return { problems };
      continue;
    }
    let match: RegExpExecArray | null;
    if ((match = /^title\s+(.+)$/i.exec(line))) title = fromMermaidText(match[1]!);
    else if (/^accTitle\s*:/i.test(line)) continue;
    else if ((match = /^accDescr\s*:\s*(.*)$/i.exec(line))) summary = fromMermaidText(match[1]!);
    else if (/^accDescr\s*\{/i.test(line)) {
      const block: string[] = [];
      for (index++; index < lines.length && !lines[index]!.includes('}'); index++) block.push(lines[index]!);
      block.push((lines[index] ?? '').split('}')[0]!);
      summary = fromMermaidText(dedent(block).join('\n'));
    } else if ((match = /^section\s+(.+)$/i.exec(line))) sections.push({ name: fromMermaidText(match[1]!), tasks: [] });
    else if ((match = /^([^:]+):([^:]*)(?::(.*))?$/.exec(line))) {
      const score = Number(match[2]!.trim());
      if (match[2]!.trim() === '' || !Number.isFinite(score) || score < 1 || score > 5) {
        at(lineNumber, column + raw.trimStart().indexOf(':') + 1, `The score of this task, \`${match[2]!.trim()}\`, is not a number from 1 to 5.`, 'Write the task as `Task name: 3: Actor, Other actor`.');
        continue;
      }
      const actors = (match[3] ?? '').split(',').map((actor) => slugify(actor)).filter(Boolean);
      for (const actor of actors) if (!actorLines.has(actor)) actorLines.set(actor, { line: lineNumber, column });
      if (sections.length === 0) sections.push({ name: defaultStageName(options.config.lang), tasks: [] });
      sections.at(-1)!.tasks.push({ name: fromMermaidText(match[1]!), score, actors: [...new Set(actors)] });
    } else at(lineNumber, column, 'This line is neither a title, a section nor a task (`Task name: score: actors`).');
  }
  if (!started) at(1, 1, 'The file holds no Mermaid journey diagram.', 'A journey diagram starts with the word `journey`.');
  if (problems.length > 0) return { problems };

  const personas = [...actorLines.keys()];
  const stageIds = new Set<string>();
  const stepIds = new Set<string>();
  const stages = sections.filter((section) => section.tasks.length > 0).map((section): Stage => ({
    id: uniqueSlug(slugify(section.name), stageIds, 'stage'),
    name: section.name || defaultStageName(options.config.lang),
    steps: section.tasks.map((task): Step => {
      const emotion = scoreToEmotion(task.score, options.config.emotionScale);
      const values = personas.map((persona) => (task.actors.length === 0 || task.actors.includes(persona) ? emotion : undefined));
      const stepEmotion = buildEmotion(personas, personas.length > 0 ? values : [emotion]);
      return { id: uniqueSlug(slugify(task.name), stepIds, 'step'), name: task.name || 'Step', ...(stepEmotion !== undefined ? { emotion: stepEmotion } : {}) };
    }) as Stage['steps'],
  }));
  if (stages.length === 0) {
    at(1, 1, 'The diagram has no task, so there is no step to import.');
    return { problems };
  }
  const journey: Journey = { id: options.id, title: options.title ?? title ?? options.id, ...(summary ? { summary } : {}), ...(personas.length > 0 ? { personas } : {}), stages: stages as Journey['stages'] };
  return { journey, problems: missingPersonas(personas, options, { line: 1, column: 1 }, actorLines) };
}

function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd());
}
