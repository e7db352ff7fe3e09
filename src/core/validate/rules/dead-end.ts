import { findDeadEnds } from '../../insights/find-dead-ends.ts';
import { insightRule } from '../insight-rule.ts';

export const deadEnd = insightRule(findDeadEnds, 'dead-end');
