import { findInclusionGaps } from '../../insights/find-inclusion-gaps.ts';
import { insightRule } from '../insight-rule.ts';

export const inclusionGapDigital = insightRule(findInclusionGaps, 'inclusion-gap-digital');
