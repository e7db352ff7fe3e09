import type { Rule } from '../rule.ts';
import { duplicateId } from './duplicate-id.ts';
import { emotionMissingPersona } from './emotion-missing-persona.ts';
import { emotionOutOfScale } from './emotion-out-of-scale.ts';
import { emotionScaleInvalid } from './emotion-scale-invalid.ts';
import { emotionUnknownPersona } from './emotion-unknown-persona.ts';
import { idMismatch } from './id-mismatch.ts';
import { personaUnused } from './persona-unused.ts';
import { reviewOverdue } from './review-overdue.ts';
import { stepWithoutTouchpoints } from './step-without-touchpoints.ts';
import { targetOfInvalid } from './target-of-invalid.ts';
import { unknownChannel } from './unknown-channel.ts';
import { unknownJourney } from './unknown-journey.ts';
import { unknownPersona } from './unknown-persona.ts';
import { unsafeLink } from './unsafe-link.ts';

/** Every cross-file rule, run in this order on the files that passed their schema. */
export const RULES: readonly Rule[] = [
  idMismatch,
  duplicateId,
  unknownPersona,
  unknownChannel,
  unknownJourney,
  targetOfInvalid,
  emotionScaleInvalid,
  emotionOutOfScale,
  emotionUnknownPersona,
  emotionMissingPersona,
  unsafeLink,
  stepWithoutTouchpoints,
  personaUnused,
  reviewOverdue,
];
