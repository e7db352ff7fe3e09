import type { JourneyModel } from '../model/project.ts';
import { allQueries, WAREHOUSE_EXTRACT } from './events-sql.ts';

/** A step pattern as an SQL LIKE condition: `*` becomes `%`, and LIKE's own wildcards are escaped. */
export function likeCondition(pattern: string): string {
  const escaped = pattern.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_').replaceAll("'", "''").replaceAll('*', '%');
  return pattern.includes('*') ? `event LIKE '${escaped}' ESCAPE '\\'` : `event = '${pattern.replaceAll("'", "''")}'`;
}

/**
 * What `parcours events --sql` prints: the extract a warehouse sends back (its WHERE clause
 * made from the steps' patterns), then every query of the analysis with what it computes.
 */
export function warehouseSql(journeys: readonly JourneyModel[]): string {
  const patterns = [...new Set(journeys.flatMap((journey) => journey.steps.flatMap((step) => step.events ?? [])))].sort();
  const where = patterns.length > 0 ? patterns.map(likeCondition).join('\n   OR ') : 'false';
  const extract = WAREHOUSE_EXTRACT.sql.replace('event IN (:mapped_events)', `(${where})`);
  const blocks = [
    `-- ${WAREHOUSE_EXTRACT.name}: ${WAREHOUSE_EXTRACT.purpose}\n${extract};`,
    '-- The analysis, over events (case_id, ts, event, channel, ord, file_id, row_in_file) and step_map (event, journey, step_index).',
    ...allQueries().map((query) => `-- ${query.name}: ${query.purpose}\n${query.sql};`),
  ];
  return `${blocks.join('\n\n')}\n`;
}
