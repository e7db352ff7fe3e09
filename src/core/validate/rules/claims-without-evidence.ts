import { insightRule } from '../insight-rule.ts';

export const claimsWithoutEvidence = insightRule('claims-without-evidence');
