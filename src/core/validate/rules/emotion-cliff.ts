import { insightRule } from '../insight-rule.ts';

export const emotionCliff = insightRule('emotion-cliff');
