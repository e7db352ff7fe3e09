import { columnOf, headerKey, METRIC_KEYS, type MetricKey } from '../csv/journey-columns.ts';
import { parseCsv, type CsvCell } from '../csv/parse-csv.ts';
import { parseMetric } from '../csv/parse-metric.ts';
import type { Metrics } from '../model/generated/journey.ts';
import type { JourneyModel, Measurement, StepModel } from '../model/project.ts';
import type { Project } from '../model/built-project.ts';
import type { ProblemCode } from '../problem-codes.ts';
import { problem, suggesting } from '../make-problem.ts';
import type { Problem, ProblemParams } from '../problem.ts';
import { closest } from '../validate/suggest.ts';
import { comparePeriods, parsePeriod } from './parse-period.ts';
import type { DataSource } from './read-data.ts';

type KeyColumn = 'journey' | 'step' | 'period';
const KEY_COLUMNS: Record<KeyColumn, readonly string[]> = {
  journey: ['journey', 'parcours', 'journey id', 'id du parcours'],
  step: ['step', 'étape', 'step id', "id de l'étape"],
  period: ['period', 'période', 'mois', 'month', 'trimestre', 'quarter', 'date', 'jour', 'day'],
};
const KEY_BY_HEADER = new Map(
  Object.entries(KEY_COLUMNS).flatMap(([column, names]) => names.map((name) => [headerKey(name), column as KeyColumn])),
);

/**
 * Reads the measured-data files and merges them into the model: each step gets `measurements`,
 * its figures per period, oldest first; and each metric the YAML leaves out is set to its
 * latest measured value. A figure written in the YAML wins over the data files: it was reviewed
 * in a pull request, and a scheduled build must not silently make the map say something no one
 * reviewed (remove it from the YAML to let the data drive it). Every bad row or cell is a problem
 * at its file, line and column; the rest of the row and the other rows are still used. When two
 * rows give the same step and period, the later one (by file name, then line) wins, per metric.
 */
export function mergeMeasurements(project: Pick<Project, 'journeys'>, data: readonly DataSource[]): Problem[] {
  const problems: Problem[] = [];
  const series = new Map<StepModel, Map<string, Measurement>>();
  const journeys = new Map(project.journeys.map((journey) => [journey.id, journey]));

  for (const source of data) {
    const report = (code: ProblemCode, at: { line: number; column: number }, params?: ProblemParams) =>
      problems.push(problem(code, { file: source.path, line: at.line, column: at.column }, params));
    const parsed = parseCsv(source.text);
    if (parsed.unterminatedQuote) report('csv-syntax', parsed.unterminatedQuote);
    const [header, ...rows] = parsed.rows.filter((row) => row.cells.some((cell) => cell.value.trim() !== ''));
    if (!header) continue;
    const keys = new Map<KeyColumn, number>();
    const metrics = new Map<MetricKey, number>();
    header.cells.forEach((cell, index) => {
      const key = KEY_BY_HEADER.get(headerKey(cell.value));
      const metric = columnOf(cell.value);
      if (key && !keys.has(key)) keys.set(key, index);
      else if (metric && (METRIC_KEYS as readonly string[]).includes(metric) && !metrics.has(metric as MetricKey))
        metrics.set(metric as MetricKey, index);
      else if (cell.value.trim() !== '')
        report('csv-unknown-column', cell, { case: 'data', column: cell.value.trim(), metrics: METRIC_KEYS });
    });
    const missing = (['journey', 'step', 'period'] as const).filter((key) => !keys.has(key));
    if (missing.length > 0 || metrics.size === 0) {
      report(
        'csv-missing-column',
        { line: header.line, column: 1 },
        { case: 'data', missing: [...missing, ...(metrics.size === 0 ? ['metric'] : [])], metrics: METRIC_KEYS },
      );
      continue;
    }
    const cell = (cells: CsvCell[], index: number, line: number): CsvCell =>
      cells[index] ?? { value: '', line, column: (cells.at(-1)?.column ?? 1) + 1 };

    for (const row of rows) {
      const journeyCell = cell(row.cells, keys.get('journey')!, row.line);
      const stepCell = cell(row.cells, keys.get('step')!, row.line);
      const periodCell = cell(row.cells, keys.get('period')!, row.line);
      const journey = journeys.get(journeyCell.value.trim());
      if (!journey) {
        report(
          'data-unknown-journey',
          journeyCell,
          suggesting({ journey: journeyCell.value.trim() }, closest(journeyCell.value.trim(), journeys.keys())),
        );
        continue;
      }
      const step = journey.steps.find((candidate) => candidate.id === stepCell.value.trim());
      if (!step) {
        report(
          'data-unknown-step',
          stepCell,
          suggesting(
            { journey: journey.id, stepId: stepCell.value.trim() },
            closest(
              stepCell.value.trim(),
              journey.steps.map((candidate) => candidate.id),
            ),
          ),
        );
        continue;
      }
      const period = parsePeriod(periodCell.value);
      if (!period) {
        report('data-invalid-period', periodCell, { text: periodCell.value.trim() });
        continue;
      }
      const figures: Metrics = {};
      for (const [key, index] of metrics) {
        const value = cell(row.cells, index, row.line);
        if (value.value.trim() === '') continue;
        const result = parseMetric(key, value.value);
        if ('value' in result) figures[key] = result.value;
        else report('data-invalid-value', value, { metric: key, ...result.problem });
      }
      if (Object.keys(figures).length === 0) continue;
      const bySeries = series.get(step) ?? new Map<string, Measurement>();
      series.set(step, bySeries);
      const existing = bySeries.get(period.label);
      if (existing) report('data-duplicate-row', periodCell, { stepId: step.id, journey: journey.id, period: period.label });
      bySeries.set(period.label, {
        period: period.label,
        start: period.start,
        end: period.end,
        metrics: { ...existing?.metrics, ...figures },
      });
    }
  }

  // Measured steps are copies in copies of their journeys, not edits: a journey's model may be kept
  // from one check to the next (parcours dev, check/check-journey.ts), and must not keep the
  // figures of data files that have changed since.
  const measured = new Map<StepModel, StepModel>();
  for (const [step, bySeries] of series) {
    const measurements = [...bySeries.values()].sort((a, b) => comparePeriods(a, b));
    let metrics = step.metrics;
    for (const key of METRIC_KEYS) {
      if (metrics[key] !== undefined) continue;
      const latest = measurements.findLast((measurement) => measurement.metrics[key] !== undefined);
      if (latest) metrics = { ...metrics, [key]: latest.metrics[key] };
    }
    measured.set(step, { ...step, measurements, metrics });
  }
  if (measured.size > 0)
    project.journeys = project.journeys.map((journey) =>
      journey.steps.some((step) => measured.has(step)) ? withSteps(journey, measured) : journey,
    );
  return problems;
}

function withSteps(journey: JourneyModel, replaced: ReadonlyMap<StepModel, StepModel>): JourneyModel {
  const replace = (step: StepModel) => replaced.get(step) ?? step;
  return {
    ...journey,
    stages: journey.stages.map((stage) => ({ ...stage, steps: stage.steps.map(replace) })),
    steps: journey.steps.map(replace),
  };
}
