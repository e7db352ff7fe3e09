import { findMomentsWithoutHuman } from '../../insights/find-moments-without-human.ts';
import { insightRule } from '../insight-rule.ts';

export const momentOfTruthWithoutHuman = insightRule(findMomentsWithoutHuman, 'moment-of-truth-without-human');
