import type { Change } from '../core/diff/change.ts';
import type { Lane } from './map-lanes.ts';
import { cellKey, type Mark, type Marks } from './map-marks.ts';

/** The lane of the map each step-level change kind shows in. */
const LANE_OF: Partial<Record<Change['kind'], Lane>> = {
  'touchpoint-added': 'touchpoints',
  'touchpoint-removed': 'touchpoints',
  'touchpoint-channel-changed': 'touchpoints',
  'touchpoint-changed': 'touchpoints',
  'emotion-changed': 'emotion',
  'thought-added': 'thoughts',
  'thought-removed': 'thoughts',
  'thought-changed': 'thoughts',
  'pain-point-added': 'painPoints',
  'pain-point-removed': 'painPoints',
  'pain-point-changed': 'painPoints',
  'opportunity-added': 'opportunities',
  'opportunity-removed': 'opportunities',
  'opportunity-changed': 'opportunities',
  'opportunity-status-changed': 'opportunities',
  'moment-of-truth-gained': 'momentOfTruth',
  'moment-of-truth-lost': 'momentOfTruth',
  'moment-of-truth-changed': 'momentOfTruth',
  'metric-changed': 'metrics',
};

const STEP_FIELD_LANES: Readonly<Record<string, Lane>> = {
  description: 'description',
  backstage: 'backstage',
  evidence: 'evidence',
  attachments: 'evidence',
  subJourney: 'description',
};

/**
 * Marks for the map of the newer version: a whole step column when the step was added, the step
 * header when it was renamed or moved, and each cell whose content changed. A cell where both
 * additions and removals happened is "changed". Removed steps are not on the newer map: the page
 * lists them beside it.
 */
export function changeMarks(changes: readonly Change[]): Marks {
  const marks: Record<string, Mark> = {};
  const put = (key: string, mark: Mark) => {
    marks[key] = marks[key] === undefined || marks[key] === mark ? mark : 'changed';
  };
  for (const change of changes) {
    if (change.step === undefined) continue;
    if (change.kind === 'step-added') marks[change.step] = 'added';
    else if (change.kind === 'step-renamed' || change.kind === 'step-id-renamed' || change.kind === 'step-moved')
      put(cellKey(change.step, 'step'), 'changed');
    else if (change.kind === 'step-changed') {
      const lane = STEP_FIELD_LANES[change.field ?? ''];
      if (lane) put(cellKey(change.step, lane), 'changed');
    } else if (change.kind === 'hypothesis-confirmed' || change.kind === 'hypothesis-raised') {
      // The field names the list the statement is in, which is its lane.
      if (change.field === 'thoughts' || change.field === 'painPoints' || change.field === 'momentOfTruth')
        put(cellKey(change.step, change.field), 'changed');
    } else {
      const lane = LANE_OF[change.kind];
      if (lane)
        put(
          cellKey(change.step, lane),
          change.kind.endsWith('-added') || change.kind.endsWith('-gained')
            ? 'added'
            : change.kind.endsWith('-removed') || change.kind.endsWith('-lost')
              ? 'removed'
              : 'changed',
        );
    }
  }
  return marks;
}
