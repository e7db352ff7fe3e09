import { insightRule } from '../insight-rule.ts';

export const inclusionGapDigital = insightRule('inclusion-gap-digital');
