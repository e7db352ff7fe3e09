import type { Rule } from '../rule.ts';
import { claimsWithoutEvidence } from './claims-without-evidence.ts';
import { deadEnd } from './dead-end.ts';
import { duplicateId } from './duplicate-id.ts';
import { emotionCliff } from './emotion-cliff.ts';
import { emotionMissingPersona } from './emotion-missing-persona.ts';
import { emotionOutOfScale } from './emotion-out-of-scale.ts';
import { emotionScaleInvalid } from './emotion-scale-invalid.ts';
import { emotionUnknownPersona } from './emotion-unknown-persona.ts';
import { idMismatch } from './id-mismatch.ts';
import { inclusionGapChannels } from './inclusion-gap-channels.ts';
import { inclusionGapDigital } from './inclusion-gap-digital.ts';
import { mediaFileMissing } from './media-file-missing.ts';
import { mediaFileTooLarge } from './media-file-too-large.ts';
import { mediaWithoutTranscript } from './media-without-transcript.ts';
import { momentOfTruthWithoutHuman } from './moment-of-truth-without-human.ts';
import { ownerMissing } from './owner-missing.ts';
import { personaUnused } from './persona-unused.ts';
import { reviewDateMissing } from './review-date-missing.ts';
import { reviewOverdue } from './review-overdue.ts';
import { stepWithoutTouchpoints } from './step-without-touchpoints.ts';
import { targetOfInvalid } from './target-of-invalid.ts';
import { themeContrast } from './theme-contrast.ts';
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
  themeContrast,
  emotionOutOfScale,
  emotionUnknownPersona,
  emotionMissingPersona,
  unsafeLink,
  mediaFileMissing,
  stepWithoutTouchpoints,
  mediaWithoutTranscript,
  mediaFileTooLarge,
  personaUnused,
  reviewOverdue,
  reviewDateMissing,
  ownerMissing,
  claimsWithoutEvidence,
  inclusionGapDigital,
  inclusionGapChannels,
  momentOfTruthWithoutHuman,
  emotionCliff,
  deadEnd,
];
