import { insightRule } from '../insight-rule.ts';

export const momentOfTruthWithoutHuman = insightRule('moment-of-truth-without-human');
