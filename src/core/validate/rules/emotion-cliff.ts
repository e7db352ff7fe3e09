import { findEmotionCliffs } from '../../insights/find-emotion-cliffs.ts';
import { insightRule } from '../insight-rule.ts';

export const emotionCliff = insightRule(findEmotionCliffs, 'emotion-cliff');
