import { findClaimsWithoutEvidence } from '../../insights/evidence-coverage.ts';
import { insightRule } from '../insight-rule.ts';

export const claimsWithoutEvidence = insightRule(findClaimsWithoutEvidence, 'claims-without-evidence');
