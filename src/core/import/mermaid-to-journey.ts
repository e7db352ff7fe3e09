import { uniqueSlug } from '../author/unique-slug.ts';
import { MAX_SCORE, MIN_SCORE, scoreToEmotion } from '../export/mermaid-score.ts';
import { fromMermaidText } from '../export/mermaid-text.ts';
import type { Journey, Stage, Step } from '../model/generated/journey.ts';
import { problem } from '../make-problem.ts';
import type { Problem, ProblemParams } from '../problem.ts';
import { assignPersonas, buildEmotion, defaultStageName, type ImportOptions, type ImportResult } from './import-options.ts';
import { readableId } from './readable-id.ts';

interface Task {
  name: string;
  score: number;
  /** Actors as the diagram writes them. */
  actors: string[];
  line: number;
  column: number;
}

/**
 * Turns a Mermaid `journey` diagram into a journey: the title, `accDescr` as the summary,
 * sections as stages, tasks as steps, actors as personas. Lines are read as Mermaid's own
 * grammar reads them (user-journey/parser/journey.jison): blank lines and spaces anywhere, `%%`
 * and `#` comments, `accTitle`, front matter, keywords in any case. Each task's score is mapped
 * onto the emotion scale: Mermaid's 1..5 with `scoreToEmotion`, and a diagram that scores beyond
 * 1..5 (Mermaid draws 0..10 too) by its own range, in order, with a warning. A task's actors feel
 * its score and the journey's other personas take no part in it (null); a task without actors is
 * felt by all. Each line that cannot be read, and each score that is not a number, is an error at
 * its line and column, and then no journey is returned, so nothing half-read gets written.
 */
export function mermaidToJourney(text: string, options: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const at = (line: number, column: number, params: ProblemParams) =>
    problems.push(problem('mermaid-syntax', { file: options.file, line, column }, params));
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
    // Mermaid's lexer skips a token that starts with `%` (so `%%` comments) as a comment.
    if (line === '' || line.startsWith('%')) continue;
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
      else at(lineNumber, column, { case: 'start' });
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
    } else if ((match = /^section\s+(.+)$/i.exec(line))) {
      // Mermaid ends a section's name at a colon and then fails; the whole name is kept here.
      sections.push({ name: fromMermaidText(match[1]!), tasks: [] });
    } else if ((match = /^([^:]+):(.*)$/.exec(line))) {
      // As Mermaid's journeyDb.addTask: the text after the name is split on `:`; the first
      // piece is the score, the second the actors, separated by commas.
      const [scorePiece, actorPiece] = match[2]!.split(':');
      const scoreText = scorePiece!.trim();
      const score = Number(scoreText);
      if (scoreText === '' || !Number.isFinite(score)) {
        const scoreColumn = column + match[1]!.length + 1 + (scorePiece!.length - scorePiece!.trimStart().length);
        at(lineNumber, scoreColumn, { case: 'score', score: scoreText });
        continue;
      }
      // Mermaid keeps actors as written (trimmed); an empty one draws nothing.
      const actors = [
        ...new Set(
          (actorPiece ?? '')
            .split(',')
            .map((actor) => actor.trim())
            .filter(Boolean),
        ),
      ];
      for (const actor of actors)
        if (!actorLines.has(actor)) actorLines.set(actor, { line: lineNumber, column: column + raw.trimStart().lastIndexOf(actor) });
      if (sections.length === 0) sections.push({ name: defaultStageName(options.config.lang), tasks: [] });
      sections.at(-1)!.tasks.push({ name: fromMermaidText(match[1]!), score, actors, line: lineNumber, column });
    } else at(lineNumber, column, { case: 'line' });
  }
  if (!started) at(1, 1, { case: 'empty' });
  if (problems.length > 0) return { problems };

  const { ids, created } = assignPersonas(actorLines, options);
  const personas = [...new Set(ids.values())];
  const toEmotion = scoreMapping(
    sections.flatMap((section) => section.tasks),
    options,
    problems,
  );
  const stageIds = new Set<string>();
  const stepIds = new Set<string>();
  const stages = sections
    .filter((section) => section.tasks.length > 0)
    .map(
      (section): Stage => ({
        id: uniqueSlug(readableId(section.name), stageIds, 'stage'),
        name: section.name || defaultStageName(options.config.lang),
        steps: section.tasks.map((task): Step => {
          const emotion = toEmotion(task.score);
          const taskPersonas = new Set(task.actors.map((actor) => ids.get(actor)!));
          const values = personas.map((persona) => (taskPersonas.size === 0 || taskPersonas.has(persona) ? emotion : undefined));
          const stepEmotion = buildEmotion(personas, personas.length > 0 ? values : [emotion]);
          return {
            id: uniqueSlug(readableId(task.name), stepIds, 'step'),
            name: task.name || 'Step',
            ...(stepEmotion !== undefined ? { emotion: stepEmotion } : {}),
          };
        }) as Stage['steps'],
      }),
    );
  if (stages.length === 0) {
    at(1, 1, { case: 'no-task' });
    return { problems };
  }
  const journey: Journey = {
    id: options.id,
    title: options.title ?? title ?? options.id,
    ...(summary ? { summary } : {}),
    ...(personas.length > 0 ? { personas } : {}),
    stages: stages as Journey['stages'],
  };
  return { journey, personas: created, problems };
}

/**
 * Mermaid's scores run from 1 to 5, but it draws any number, and teams score 0..10 or 0..5. When
 * every score lies in 1..5 they map as always; otherwise the diagram's own range (1..5 widened
 * to its lowest and highest score) is mapped linearly onto the scale, which keeps the order of
 * the scores, and a warning at the first score outside 1..5 says so.
 */
function scoreMapping(tasks: readonly Task[], options: ImportOptions, problems: Problem[]): (score: number) => number {
  const { min, max } = options.config.emotionScale;
  const outside = tasks.find((task) => task.score < MIN_SCORE || task.score > MAX_SCORE);
  if (!outside) return (score) => scoreToEmotion(score, options.config.emotionScale);
  const low = Math.min(MIN_SCORE, ...tasks.map((task) => task.score));
  const high = Math.max(MAX_SCORE, ...tasks.map((task) => task.score));
  const toEmotion = (score: number) => Math.round((min + ((score - low) / (high - low)) * (max - min)) * 100) / 100;
  problems.push(
    problem(
      'import-score-rescaled',
      { file: options.file, line: outside.line, column: outside.column },
      {
        low,
        high,
        lowEmotion: toEmotion(low),
        highEmotion: toEmotion(high),
        score: outside.score,
        emotion: toEmotion(outside.score),
      },
    ),
  );
  return toEmotion;
}

function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd());
}
