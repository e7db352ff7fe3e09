/** `warn` for what may hurt the customer (a step or touchpoint removed, an emotion drop...), `info` otherwise. */
export type ChangeLevel = 'warn' | 'info';

/**
 * The catalogue of change kinds. A kind is permanent: CI scripts and `--fail-on` rules match on
 * it, so a kind is never renamed or reused. `level` is the kind's level; `emotion-changed` is
 * `warn` only when the emotion drops (see `dropsWarn`).
 */
export const CHANGE_KINDS = {
  'journey-added': { level: 'info', summary: 'A journey was added.' },
  'journey-removed': { level: 'warn', summary: 'A journey was removed, with every step of it.' },
  'journey-id-renamed': { level: 'info', summary: "A journey's id (and file) changed; same title or same steps." },
  'journey-invalid': { level: 'warn', summary: 'A journey file does not validate on one side, so it could not be compared.' },
  'metadata-changed': {
    level: 'info',
    summary: "A journey's title, summary, personas, owner, review date, tags, state or targetOf changed.",
  },
  'stage-added': { level: 'info', summary: 'A stage was added.' },
  'stage-removed': { level: 'info', summary: 'A stage was removed (its steps are reported on their own).' },
  'stage-renamed': { level: 'info', summary: 'A stage kept its id and got a new name.' },
  'stage-id-renamed': { level: 'info', summary: "A stage's id changed; same name." },
  'stage-moved': { level: 'info', summary: 'A stage changed place among the stages.' },
  'stage-changed': { level: 'info', summary: "A stage's description, expectations or experience changed." },
  'step-added': { level: 'info', summary: 'A step was added.' },
  'step-removed': { level: 'warn', summary: 'A step was removed.' },
  'step-renamed': { level: 'info', summary: 'A step kept its id and got a new name.' },
  'step-id-renamed': { level: 'info', summary: "A step's id changed; same name, same stage." },
  'step-moved': { level: 'info', summary: 'A step moved to another stage or another place.' },
  'step-changed': { level: 'info', summary: "A step's description, backstage, evidence, attachments or sub-journey changed." },
  'touchpoint-added': { level: 'info', summary: 'A touchpoint was added to a step.' },
  'touchpoint-removed': { level: 'warn', summary: 'A touchpoint was removed from a step.' },
  'touchpoint-channel-changed': { level: 'info', summary: 'A touchpoint moved to another channel.' },
  'touchpoint-changed': { level: 'info', summary: "A touchpoint's name, ownership or description changed." },
  'emotion-changed': { level: 'info', summary: "A persona's emotion at a step changed; warn when it drops." },
  'thought-added': { level: 'info', summary: 'A thought was added.' },
  'thought-removed': { level: 'info', summary: 'A thought was removed.' },
  'thought-changed': { level: 'info', summary: "A thought's text or evidence changed." },
  'pain-point-added': { level: 'info', summary: 'A pain point was added.' },
  'pain-point-removed': { level: 'info', summary: 'A pain point was removed.' },
  'pain-point-changed': { level: 'info', summary: "A pain point's text or evidence changed." },
  'hypothesis-confirmed': {
    level: 'info',
    summary: 'A thought, pain point, expectation or moment of truth marked as a hypothesis is no longer one: the team verified it.',
  },
  'hypothesis-raised': {
    level: 'info',
    summary: 'A thought, pain point, expectation or moment of truth became a hypothesis: the team no longer holds it as verified.',
  },
  'opportunity-added': { level: 'info', summary: 'An opportunity was added.' },
  'opportunity-removed': { level: 'info', summary: 'An opportunity was removed.' },
  'opportunity-changed': { level: 'info', summary: "An opportunity's title, description, impact, effort or owner changed." },
  'opportunity-status-changed': { level: 'info', summary: "An opportunity's status changed (idea, planned, in-progress, done)." },
  'moment-of-truth-gained': { level: 'info', summary: 'A step became a moment of truth.' },
  'moment-of-truth-lost': { level: 'warn', summary: 'A step is no longer a moment of truth.' },
  'moment-of-truth-changed': { level: 'info', summary: 'The reason a step is a moment of truth changed.' },
  'metric-changed': {
    level: 'info',
    summary:
      'A measured figure of a step (csat, nps, volume...) changed, in the YAML or in data/*.csv; warn when it got worse for the customer (see metric-direction.ts).',
  },
  'persona-added': { level: 'info', summary: 'A persona was added.' },
  'persona-removed': { level: 'warn', summary: 'A persona was removed.' },
  'persona-id-renamed': { level: 'info', summary: "A persona's id (and file) changed; same name." },
  'persona-invalid': { level: 'warn', summary: 'A persona file does not validate on one side, so it could not be compared.' },
  'persona-changed': { level: 'info', summary: "A persona's profile field changed." },
} as const satisfies Record<string, { level: ChangeLevel; summary: string }>;

export type ChangeKind = keyof typeof CHANGE_KINDS;
