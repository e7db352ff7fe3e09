import { insightRule } from '../insight-rule.ts';

export const deadEnd = insightRule('dead-end');
