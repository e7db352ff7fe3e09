import { describe, expect, it } from 'vitest';
import type { Change } from '../diff/change.ts';
import { CHANGE_KINDS, type ChangeKind } from '../diff/change-kinds.ts';
import { diffJourney } from '../diff/diff-journey.ts';
import { baseJourney, stageOf, stepOf } from '../diff/journey-cases.testing.ts';
import { buildJourney } from '../model/build-project.ts';
import type { JourneyModel, Lang } from '../index.ts';
import { formatters } from './format.ts';
import { changeSentences } from './change-sentences.ts';
import { enSentences } from './changes/en.ts';
import { frSentences } from './changes/fr.ts';

const PERSONAS: Record<string, string> = { amelie: 'Amélie, pressée', nadine: 'Nadine' };
const CHANNELS: Record<string, string> = { web: 'Site web', phone: 'Téléphone', chat: 'Chat' };

function writer(lang: Lang, journeys: (JourneyModel | undefined)[]) {
  return changeSentences({
    lang,
    fmt: formatters(lang, 'EUR'),
    journeys,
    journeyTitle: (id) => (id === 'livraison' ? 'Commander et se faire livrer' : undefined),
    personaName: (id) => PERSONAS[id],
    channelName: (id) => CHANNELS[id],
  });
}

const step = { journey: 'livraison', stage: 'achat', step: 'paie' };
const touchpoint = { channel: 'web', name: 'Page de paiement', owned: true };
const opportunity = { title: 'Paiement en un clic', status: 'idea' };
/** One change of each kind, shaped as the diff engine records it. */
const SAMPLES: Record<ChangeKind, Omit<Change, 'kind' | 'level' | 'message' | 'location'>> = {
  'journey-added': { journey: 'livraison' },
  'journey-removed': { journey: 'livraison' },
  'journey-id-renamed': { journey: 'livraison', field: 'id', before: 'livraison-old', after: 'livraison' },
  'journey-invalid': { journey: 'livraison' },
  'metadata-changed': { journey: 'livraison', field: 'personas', before: ['amelie'], after: ['amelie', 'nadine'] },
  'stage-added': { journey: 'livraison', stage: 'achat', after: 'Achat' },
  'stage-removed': { journey: 'livraison', stage: 'retour', before: 'Retour' },
  'stage-renamed': { journey: 'livraison', stage: 'achat', field: 'name', before: 'Commande', after: 'Achat' },
  'stage-id-renamed': { journey: 'livraison', stage: 'achat', field: 'id', before: 'commande', after: 'achat' },
  'stage-moved': { journey: 'livraison', stage: 'achat', field: 'position', before: 2, after: 1 },
  'stage-changed': { journey: 'livraison', stage: 'achat', field: 'description', before: 'a', after: 'b' },
  'step-added': { ...step, after: 'Paie sa commande' },
  'step-removed': { ...step, before: 'Paie sa commande' },
  'step-renamed': { ...step, field: 'name', before: 'Règle', after: 'Paie sa commande' },
  'step-id-renamed': { ...step, field: 'id', before: 'regle', after: 'paie' },
  'step-moved': { ...step, field: 'stage', before: { stage: 'livraison', position: 1 }, after: { stage: 'achat', position: 2 } },
  'step-changed': { ...step, field: 'subJourney', after: 'livraison' },
  'touchpoint-added': { ...step, after: touchpoint },
  'touchpoint-removed': { ...step, before: touchpoint },
  'touchpoint-channel-changed': { ...step, field: 'channel', before: 'phone', after: 'chat' },
  'touchpoint-changed': { ...step, field: 'owned', before: false, after: true },
  'emotion-changed': { ...step, persona: 'amelie', before: 1, after: -1, delta: -2 },
  'thought-added': { ...step, after: 'Vite' },
  'thought-removed': { ...step, before: 'Vite' },
  'thought-changed': { ...step, field: 'text', before: 'Vite', after: 'Très vite' },
  'pain-point-added': { ...step, after: 'Lent' },
  'pain-point-removed': { ...step, before: 'Lent' },
  'pain-point-changed': { ...step, field: 'evidence', before: [], after: [] },
  'hypothesis-confirmed': { ...step, field: 'painPoints', before: 'Lent', after: 'Lent' },
  'hypothesis-raised': { ...step, field: 'thoughts', before: 'Vite', after: 'Vite' },
  'opportunity-added': { ...step, after: opportunity },
  'opportunity-removed': { ...step, before: opportunity },
  'opportunity-changed': { ...step, field: 'impact', before: 'low', after: 'high' },
  'opportunity-status-changed': { ...step, field: 'status', before: 'idea', after: 'planned' },
  'moment-of-truth-gained': { ...step, before: false, after: 'Le client hésite ici.' },
  'moment-of-truth-lost': { ...step, before: 'Le client hésite ici.', after: false },
  'moment-of-truth-changed': { ...step, before: 'a', after: 'b' },
  'metric-changed': { ...step, field: 'conversion', before: 2.4, after: 3.1, delta: 0.7 },
  'persona-added': { persona: 'amelie' },
  'persona-removed': { persona: 'amelie' },
  'persona-id-renamed': { persona: 'amelie', field: 'id', before: 'amelie-old', after: 'amelie' },
  'persona-invalid': { persona: 'amelie' },
  'persona-changed': { persona: 'amelie', field: 'preferredChannels', before: ['web'], after: ['web', 'chat'] },
};

const base = () => buildJourney('journeys/livraison.yaml', baseJourney());

describe('changeSentences', () => {
  describe.each(['fr', 'en'] as const)('in %s', (lang) => {
    const sentences = { fr: frSentences, en: enSentences }[lang];
    const write = writer(lang, [base()]);
    it.each(Object.keys(CHANGE_KINDS) as ChangeKind[])('has a sentence for %s that names what changed', (kind) => {
      expect(sentences[kind]).toBeTypeOf('function');
      const change: Change = {
        kind,
        level: CHANGE_KINDS[kind].level,
        message: 'English message',
        ...SAMPLES[kind],
        location: { after: { file: 'journeys/livraison.yaml', pointer: '' } },
      };
      const sentence = write(change);
      expect(sentence).toMatch(/^\S.*\.$/);
      expect(sentence).not.toMatch(/undefined|null|NaN|\[object|English message/);
      // Ids give way to the names the site knows.
      if (change.step) expect(sentence).not.toContain(`${lang === 'fr' ? '«\u00a0' : '“'}${change.step}`);
      if (kind.startsWith('persona-')) expect(sentence).toContain(PERSONAS.amelie);
    });
  });

  it('writes a real diff in French with names, French quotes and French numbers', () => {
    const after = baseJourney();
    stageOf(after, 'livraison').steps.shift();
    stepOf(after, 'paie').metrics = { conversion: 3.1, dropOff: 18 };
    stepOf(after, 'paie').touchpoints = [{ channel: 'web', name: 'Page de paiement' }, 'chat'];
    stepOf(after, 'recoit-colis').emotion = { amelie: -1, nadine: 1 };
    const before = base();
    const now = buildJourney('journeys/livraison.yaml', after);
    const changes = diffJourney(before, now);
    const write = writer('fr', [now, before]);
    const by = (kind: ChangeKind) => write(changes.find((change) => change.kind === kind)!);
    expect(by('step-removed')).toContain('«\u00a0Suit son colis\u00a0»');
    expect(by('step-removed')).toContain('«\u00a0Livraison\u00a0»');
    expect(by('metric-changed')).toMatch(/2,4\s%.*3,1\s%.*\+0,7/);
    expect(by('touchpoint-channel-changed')).toMatch(/Téléphone.*Chat/);
    expect(by('emotion-changed')).toContain(PERSONAS.amelie);
    expect(by('emotion-changed')).toContain(formatters('fr', 'EUR').signed(-3));
  });

  it.each(['fr', 'en'] as const)(
    'in %s, names what a hypothesis change is about: a statement, an expectation of a stage, a moment of truth',
    (lang) => {
      const write = writer(lang, [base()]);
      const say = (kind: 'hypothesis-confirmed' | 'hypothesis-raised', field: string, about: Partial<Change>) =>
        write({
          kind,
          level: 'info',
          message: '',
          field,
          before: 'Vite',
          after: 'Vite',
          location: { after: { file: 'journeys/livraison.yaml', pointer: '' } },
          ...about,
        });
      const sentences = (['hypothesis-confirmed', 'hypothesis-raised'] as const).flatMap((kind) => [
        say(kind, 'expectations', { stage: 'achat' }),
        say(kind, 'momentOfTruth', { stage: 'livraison', step: 'recoit-colis' }),
        say(kind, 'thoughts', { stage: 'achat', step: 'paie' }),
      ]);
      for (const sentence of sentences) expect(sentence).not.toMatch(/undefined|«\u00a0»|“”/);
      expect(sentences[0]).toContain(lang === 'fr' ? '«\u00a0Achat\u00a0»' : '“Achat”');
      expect(sentences[1]).toContain(lang === 'fr' ? '«\u00a0Reçoit le colis\u00a0»' : '“Reçoit le colis”');
      expect(sentences[1]).toMatch(lang === 'fr' ? /moment de vérité/ : /moment of truth/);
      expect(new Set(sentences).size).toBe(sentences.length);
    },
  );

  it('names a step renamed in the newer version by its newer name', () => {
    const after = baseJourney();
    stepOf(after, 'paie').name = 'Règle sa commande';
    stepOf(after, 'paie').description = 'Par carte.';
    const now = buildJourney('journeys/livraison.yaml', after);
    const write = writer('en', [now, base()]);
    const changed = diffJourney(base(), now).find((change) => change.kind === 'step-changed')!;
    expect(write(changed)).toContain('“Règle sa commande”');
  });
});
