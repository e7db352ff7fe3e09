import { describe, expect, it } from 'vitest';
import { buildJourney } from '../model/build-project.ts';
import type { Journey } from '../model/generated/journey.ts';
import type { Change } from './change.ts';
import { CHANGE_KINDS } from './change-kinds.ts';
import { diffJourney } from './diff-journey.ts';
import { baseJourney, stageOf, stepOf } from './journey-cases.testing.ts';

type Expected = Partial<Omit<Change, 'message' | 'location'>>;

/** Tests as data: an edit of the base journey and exactly the changes it must give. */
const CASES: { description: string; edit: (journey: Journey) => void; changes: Expected[] }[] = [
  { description: 'no edit, no change', edit: () => {}, changes: [] },
  {
    description: 'a step keeps its id and gets a new name',
    edit: (journey) => (stepOf(journey, 'paie').name = 'Règle sa commande'),
    changes: [
      {
        kind: 'step-renamed',
        level: 'info',
        stage: 'achat',
        step: 'paie',
        field: 'name',
        before: 'Paie sa commande',
        after: 'Règle sa commande',
      },
    ],
  },
  {
    description: 'a step moves to another stage',
    edit: (journey) => stageOf(journey, 'livraison').steps.push(stageOf(journey, 'apres-vente').steps.pop()!),
    changes: [
      {
        kind: 'step-moved',
        level: 'info',
        stage: 'livraison',
        step: 'contacte-service',
        field: 'stage',
        before: { stage: 'apres-vente', position: 1 },
        after: { stage: 'livraison', position: 3 },
      },
    ],
  },
  {
    description: 'two steps swap places: one of them moved, not every later one',
    edit: (journey) => stageOf(journey, 'livraison').steps.reverse(),
    changes: [{ kind: 'step-moved', stage: 'livraison', field: 'position' }],
  },
  {
    description: 'a step inserted at the start moves no other step',
    edit: (journey) => stageOf(journey, 'achat').steps.unshift({ id: 'recherche', name: 'Cherche un cadeau', touchpoints: ['web'] }),
    changes: [{ kind: 'step-added', level: 'info', stage: 'achat', step: 'recherche', after: 'Cherche un cadeau' }],
  },
  {
    description: 'a step removed',
    edit: (journey) => stageOf(journey, 'livraison').steps.shift(),
    changes: [{ kind: 'step-removed', level: 'warn', stage: 'livraison', step: 'suit-colis', before: 'Suit son colis' }],
  },
  {
    description: 'a step id changed, same name and stage: an id rename',
    edit: (journey) => (stepOf(journey, 'suit-colis').id = 'suit-livraison'),
    changes: [
      { kind: 'step-id-renamed', stage: 'livraison', step: 'suit-livraison', field: 'id', before: 'suit-colis', after: 'suit-livraison' },
    ],
  },
  {
    description: 'a step id and name changed: removed and added',
    edit: (journey) => Object.assign(stepOf(journey, 'suit-colis'), { id: 'suit-livraison', name: 'Suit la livraison' }),
    changes: [
      { kind: 'step-removed', step: 'suit-colis' },
      { kind: 'step-added', step: 'suit-livraison' },
    ],
  },
  {
    description: 'the description of a step changed',
    edit: (journey) => (stepOf(journey, 'paie').description = 'Par carte ou PayPal.'),
    changes: [{ kind: 'step-changed', step: 'paie', field: 'description', after: 'Par carte ou PayPal.' }],
  },
  {
    description: 'a stage added and a stage removed',
    edit: (journey) => {
      journey.stages.pop();
      journey.stages.push({ id: 'retour', name: 'Retour', steps: [{ id: 'renvoie', name: 'Renvoie un article', touchpoints: ['mail'] }] });
    },
    changes: [
      { kind: 'stage-removed', stage: 'apres-vente', before: 'Après-vente' },
      { kind: 'stage-added', stage: 'retour', after: 'Retour' },
      { kind: 'step-removed', level: 'warn', stage: 'apres-vente', step: 'contacte-service', before: 'Contacte le service client' },
      { kind: 'step-added', stage: 'retour', step: 'renvoie', after: 'Renvoie un article' },
    ],
  },
  {
    description: 'a stage renamed, another one with a new id, a third one described',
    edit: (journey) => {
      stageOf(journey, 'achat').name = 'Commande';
      stageOf(journey, 'apres-vente').id = 'sav';
      stageOf(journey, 'livraison').expectations = ['Être prévenu du créneau'];
    },
    changes: [
      { kind: 'stage-renamed', stage: 'achat', field: 'name', before: 'Achat', after: 'Commande' },
      { kind: 'stage-changed', stage: 'livraison', field: 'expectations', before: [], after: ['Être prévenu du créneau'] },
      { kind: 'stage-id-renamed', stage: 'sav', field: 'id', before: 'apres-vente', after: 'sav' },
    ],
  },
  {
    description: 'a stage moved: only that one',
    edit: (journey) => journey.stages.unshift(journey.stages.pop()!),
    changes: [{ kind: 'stage-moved', stage: 'apres-vente', field: 'position', before: 3, after: 1 }],
  },
  {
    description: 'a touchpoint removed, one added, one moved to another channel, one no longer owned',
    edit: (journey) => {
      stepOf(journey, 'choisit-article').touchpoints = ['web'];
      stepOf(journey, 'paie').touchpoints = [{ channel: 'web', name: 'Page de paiement' }, 'chat'];
      stepOf(journey, 'suit-colis').touchpoints = ['email', 'sms', 'mobile-app'];
      stepOf(journey, 'recoit-colis').touchpoints = [{ channel: 'in-person', name: 'Livreur', owned: true }];
    },
    changes: [
      { kind: 'touchpoint-removed', level: 'warn', step: 'choisit-article', before: { channel: 'mobile-app', owned: true } },
      { kind: 'touchpoint-channel-changed', level: 'info', step: 'paie', field: 'channel', before: 'phone', after: 'chat' },
      { kind: 'touchpoint-added', step: 'suit-colis', after: { channel: 'mobile-app', owned: true } },
      { kind: 'touchpoint-changed', step: 'recoit-colis', field: 'owned', before: false, after: true },
    ],
  },
  {
    description: 'a named touchpoint keeps its name on another channel',
    edit: (journey) => (stepOf(journey, 'recoit-colis').touchpoints = [{ channel: 'store', name: 'Livreur', owned: false }, 'sms']),
    changes: [
      { kind: 'touchpoint-channel-changed', step: 'recoit-colis', before: 'in-person', after: 'store' },
      { kind: 'touchpoint-added', step: 'recoit-colis', after: { channel: 'sms', owned: true } },
    ],
  },
  {
    description: "one persona's emotion drops (warn), the other's rises (info)",
    edit: (journey) => (stepOf(journey, 'recoit-colis').emotion = { amelie: -1, nadine: 2 }),
    changes: [
      { kind: 'emotion-changed', level: 'warn', step: 'recoit-colis', persona: 'amelie', before: 2, after: -1, delta: -3 },
      { kind: 'emotion-changed', level: 'info', step: 'recoit-colis', persona: 'nadine', before: 1, after: 2, delta: 1 },
    ],
  },
  {
    description: 'a shared emotion split into the same values per persona is no change',
    edit: (journey) => (stepOf(journey, 'suit-colis').emotion = { amelie: 0, nadine: 0 }),
    changes: [],
  },
  {
    description: 'a persona added to the journey is a metadata change, not an emotion change per step',
    edit: (journey) => (journey.personas = ['amelie', 'nadine', 'karim']),
    changes: [{ kind: 'metadata-changed', field: 'personas', before: ['amelie', 'nadine'], after: ['amelie', 'nadine', 'karim'] }],
  },
  {
    description: 'thoughts and pain points added, removed and changed',
    edit: (journey) => {
      stepOf(journey, 'choisit-article').thoughts = [{ text: 'Il me le faut pour vendredi.', hypothesis: true }];
      stepOf(journey, 'paie').painPoints = [];
      stepOf(journey, 'paie').thoughts = ['Encore un code par SMS ?'];
      stepOf(journey, 'suit-colis').painPoints = [
        { text: 'Le lien de suivi expire', evidence: { source: 'Verbatims du chat', kind: 'support' } },
      ];
    },
    changes: [
      {
        kind: 'thought-changed',
        step: 'choisit-article',
        field: 'text',
        before: 'Il me le faut pour samedi.',
        after: 'Il me le faut pour vendredi.',
      },
      { kind: 'thought-added', step: 'paie', after: 'Encore un code par SMS ?' },
      { kind: 'pain-point-removed', level: 'info', step: 'paie', before: 'Le 3-D Secure échoue sur mobile' },
      { kind: 'pain-point-added', step: 'suit-colis', after: 'Le lien de suivi expire' },
    ],
  },
  {
    description: 'the evidence behind a pain point changed, and a thought removed',
    edit: (journey) => {
      stepOf(journey, 'paie').painPoints = [
        { text: 'Le 3-D Secure échoue sur mobile', evidence: { source: 'Analytics', kind: 'analytics' } },
      ];
      delete stepOf(journey, 'choisit-article').thoughts;
    },
    changes: [
      { kind: 'thought-removed', step: 'choisit-article', before: 'Il me le faut pour samedi.' },
      { kind: 'pain-point-changed', step: 'paie', field: 'evidence', before: [], after: [{ source: 'Analytics', kind: 'analytics' }] },
    ],
  },
  {
    description: "an opportunity's status moves on, another is added, its effort changes",
    edit: (journey) => {
      stepOf(journey, 'paie').opportunities = [{ title: 'Proposer le paiement en un clic', impact: 'high', effort: 'low', status: 'done' }];
      stepOf(journey, 'suit-colis').opportunities = ['Envoyer le créneau par SMS'];
    },
    changes: [
      { kind: 'opportunity-status-changed', step: 'paie', field: 'status', before: 'planned', after: 'done' },
      { kind: 'opportunity-changed', step: 'paie', field: 'effort', before: 'medium', after: 'low' },
      { kind: 'opportunity-added', step: 'suit-colis', after: { title: 'Envoyer le créneau par SMS', status: 'idea' } },
    ],
  },
  {
    description: 'an opportunity removed',
    edit: (journey) => delete stepOf(journey, 'paie').opportunities,
    changes: [
      {
        kind: 'opportunity-removed',
        step: 'paie',
        before: { title: 'Proposer le paiement en un clic', impact: 'high', effort: 'medium', status: 'planned' },
      },
    ],
  },
  {
    description: 'a moment of truth lost (warn), one gained, and a reason changed',
    edit: (journey) => {
      delete stepOf(journey, 'recoit-colis').momentOfTruth;
      stepOf(journey, 'contacte-service').momentOfTruth = true;
    },
    changes: [
      {
        kind: 'moment-of-truth-lost',
        level: 'warn',
        step: 'recoit-colis',
        before: 'La première impression de la marque se joue à la porte.',
        after: false,
      },
      { kind: 'moment-of-truth-gained', level: 'info', step: 'contacte-service', before: false, after: true },
    ],
  },
  {
    description: 'the reason for a moment of truth changed',
    edit: (journey) => (stepOf(journey, 'recoit-colis').momentOfTruth = 'Le colis arrive abîmé une fois sur vingt.'),
    changes: [
      {
        kind: 'moment-of-truth-changed',
        step: 'recoit-colis',
        before: 'La première impression de la marque se joue à la porte.',
        after: 'Le colis arrive abîmé une fois sur vingt.',
      },
    ],
  },
  {
    description: 'metrics changed, added and removed',
    edit: (journey) => (stepOf(journey, 'paie').metrics = { conversion: 2.7, csat: 3.9 }),
    changes: [
      { kind: 'metric-changed', step: 'paie', field: 'conversion', before: 2.4, after: 2.7, delta: 0.3 },
      { kind: 'metric-changed', step: 'paie', field: 'csat', after: 3.9 },
      { kind: 'metric-changed', step: 'paie', field: 'dropOff', before: 18 },
    ],
  },
  {
    description: 'a thought marked as a hypothesis is verified, and a pain point becomes one',
    edit: (journey) => {
      stepOf(journey, 'choisit-article').thoughts = ['Il me le faut pour samedi.'];
      stepOf(journey, 'paie').painPoints = [{ text: 'Le 3-D Secure échoue sur mobile', hypothesis: true }];
    },
    changes: [
      {
        kind: 'hypothesis-confirmed',
        level: 'info',
        stage: 'achat',
        step: 'choisit-article',
        field: 'thoughts',
        before: 'Il me le faut pour samedi.',
        after: 'Il me le faut pour samedi.',
      },
      {
        kind: 'hypothesis-raised',
        level: 'info',
        stage: 'achat',
        step: 'paie',
        field: 'painPoints',
        before: 'Le 3-D Secure échoue sur mobile',
        after: 'Le 3-D Secure échoue sur mobile',
      },
    ],
  },
  {
    description: 'a hypothesis whose text also changed: both are reported',
    edit: (journey) => (stepOf(journey, 'choisit-article').thoughts = [{ text: 'Il me le faut avant samedi.', hypothesis: false }]),
    changes: [
      {
        kind: 'hypothesis-confirmed',
        step: 'choisit-article',
        field: 'thoughts',
        before: 'Il me le faut pour samedi.',
        after: 'Il me le faut avant samedi.',
      },
      {
        kind: 'thought-changed',
        step: 'choisit-article',
        field: 'text',
        before: 'Il me le faut pour samedi.',
        after: 'Il me le faut avant samedi.',
      },
    ],
  },
  {
    description: 'an expectation and a moment of truth become hypotheses: the same kinds, with their field',
    edit: (journey) => {
      const achat = stageOf(journey, 'achat');
      achat.expectations = achat.expectations!.map((text) => ({ text: String(text), hypothesis: true }));
      const truth = stepOf(journey, 'recoit-colis');
      truth.momentOfTruth = { text: String(truth.momentOfTruth), hypothesis: true };
    },
    changes: [
      {
        kind: 'hypothesis-raised',
        level: 'info',
        stage: 'achat',
        field: 'expectations',
        before: "Payer en moins d'une minute",
        after: "Payer en moins d'une minute",
      },
      {
        kind: 'hypothesis-raised',
        level: 'info',
        stage: 'livraison',
        step: 'recoit-colis',
        field: 'momentOfTruth',
        before: 'La première impression de la marque se joue à la porte.',
        after: 'La première impression de la marque se joue à la porte.',
      },
    ],
  },
  {
    description: "the journey's title, owner and state changed",
    edit: (journey) =>
      Object.assign(journey, { title: 'Se faire livrer', owner: 'Équipe logistique', state: 'target', targetOf: 'livraison-actuelle' }),
    changes: [
      { kind: 'metadata-changed', field: 'title', before: 'Commander et se faire livrer', after: 'Se faire livrer' },
      { kind: 'metadata-changed', field: 'owner', before: 'Équipe e-commerce', after: 'Équipe logistique' },
      { kind: 'metadata-changed', field: 'state', before: 'current', after: 'target' },
      { kind: 'metadata-changed', field: 'targetOf', after: 'livraison-actuelle' },
    ],
  },
];

const project = (change: Change): Expected => {
  const { message: _message, location: _location, journey: _journey, ...rest } = change;
  return rest;
};

describe('diffJourney', () => {
  for (const { description, edit, changes } of CASES) {
    it(description, () => {
      const after = baseJourney();
      edit(after);
      const result = diffJourney(buildJourney('journeys/livraison.yaml', baseJourney()), buildJourney('journeys/livraison.yaml', after));
      expect(result.map(project)).toEqual(
        changes.map((expected, index) => ({ ...(result[index] && project(result[index])), ...expected })),
      );
      expect(result.map((change) => change.kind)).toEqual(changes.map((expected) => expected.kind));
      for (const change of result) {
        expect(change.journey).toBe(after.id);
        expect(change.message).not.toBe('');
      }
    });
  }

  it('reports an added, a removed and a re-identified journey', () => {
    const before = buildJourney('journeys/livraison.yaml', baseJourney());
    const renamed = buildJourney('journeys/livraison-domicile.yaml', { ...baseJourney(), id: 'livraison-domicile' });
    expect(diffJourney(undefined, before).map((change) => [change.kind, change.level, change.location.after])).toEqual([
      ['journey-added', 'info', { file: 'journeys/livraison.yaml', pointer: '' }],
    ]);
    expect(diffJourney(before, undefined).map((change) => [change.kind, change.level])).toEqual([['journey-removed', 'warn']]);
    expect(diffJourney(before, renamed).map((change) => [change.kind, change.before, change.after])).toEqual([
      ['journey-id-renamed', 'livraison', 'livraison-domicile'],
    ]);
  });

  it('points each change at its element in both files', () => {
    const after = baseJourney();
    stepOf(after, 'recoit-colis').emotion = { amelie: -1, nadine: 1 };
    stageOf(after, 'achat').steps.shift();
    const [removed, emotion] = diffJourney(
      buildJourney('journeys/livraison.yaml', baseJourney()),
      buildJourney('journeys/livraison.yaml', after),
    );
    expect(removed!.location).toEqual({
      before: { file: 'journeys/livraison.yaml', pointer: '/stages/0/steps/0' },
      after: { file: 'journeys/livraison.yaml', pointer: '/stages/0' },
    });
    expect(emotion!.location).toEqual({
      before: { file: 'journeys/livraison.yaml', pointer: '/stages/1/steps/1/emotion/amelie' },
      after: { file: 'journeys/livraison.yaml', pointer: '/stages/1/steps/1/emotion/amelie' },
    });
  });

  it('reports an expectation and a moment of truth verified, pointing at the mark it lost; strings stay strings in the model', () => {
    const hypotheses = baseJourney();
    const achat = stageOf(hypotheses, 'achat');
    achat.expectations = [{ text: "Payer en moins d'une minute", hypothesis: true }, 'Recevoir une confirmation'];
    stepOf(hypotheses, 'recoit-colis').momentOfTruth = {
      text: 'La première impression de la marque se joue à la porte.',
      hypothesis: true,
    };
    const verified = baseJourney();
    stageOf(verified, 'achat').expectations = ["Payer en moins d'une minute", 'Recevoir une confirmation'];
    const before = buildJourney('journeys/livraison.yaml', hypotheses);
    expect(before.stages[0]!.expectations).toEqual(["Payer en moins d'une minute", 'Recevoir une confirmation']);
    expect(before.stages[0]!.expectationHypotheses).toEqual([0]);
    expect(before.steps.find((step) => step.id === 'recoit-colis')).toMatchObject({
      momentOfTruth: true,
      momentOfTruthReason: 'La première impression de la marque se joue à la porte.',
      momentOfTruthHypothesis: true,
    });
    expect(buildJourney('journeys/livraison.yaml', verified).stages[0]!.expectationHypotheses).toBeUndefined();
    const changes = diffJourney(before, buildJourney('journeys/livraison.yaml', verified));
    expect(changes.map((change) => [change.kind, change.stage, change.step, change.field, change.location.before?.pointer])).toEqual([
      ['hypothesis-confirmed', 'achat', undefined, 'expectations', '/stages/0/expectations/0/hypothesis'],
      ['hypothesis-confirmed', 'livraison', 'recoit-colis', 'momentOfTruth', '/stages/1/steps/1/momentOfTruth/hypothesis'],
    ]);
    expect(changes.map((change) => change.message)).toEqual([
      "Expectation “Payer en moins d'une minute” of stage “Achat” was verified: it is no longer a hypothesis.",
      'Step “Reçoit le colis” was verified as a moment of truth: it is no longer a hypothesis.',
    ]);
  });

  it('has a case for every journey change kind', () => {
    const covered = new Set(CASES.flatMap((testCase) => testCase.changes.map((change) => change.kind)));
    const journeyKinds = Object.keys(CHANGE_KINDS).filter((kind) => !kind.startsWith('persona-') && !kind.startsWith('journey-'));
    expect(journeyKinds.filter((kind) => !covered.has(kind as never))).toEqual([]);
  });
});
