import { insightRule } from '../insight-rule.ts';

export const inclusionGapChannels = insightRule('inclusion-gap-channels');
