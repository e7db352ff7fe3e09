import { findInclusionGaps } from '../../insights/find-inclusion-gaps.ts';
import { insightRule } from '../insight-rule.ts';

export const inclusionGapChannels = insightRule(findInclusionGaps, 'inclusion-gap-channels');
