import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CROSS_FILE_CODES } from '../core/history/check-history.ts';
import { PROBLEM_CODES, type ProblemCode } from '../core/problem-codes.ts';
import { checkSources } from '../core/index.ts';
import { formatters, strings } from './index.ts';
import { problemSentences } from './problem-sentences.ts';

// One file per rule, named after its code (src/core/validate/rules/): a new rule is a new code a
// revision page can list, unless it needs other files (those are left out of a revision's check).
const RULE_CODES = readdirSync(new URL('../core/validate/rules/', import.meta.url))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.ts'.length) as ProblemCode);
const REVISION_CODES = RULE_CODES.filter((code) => !CROSS_FILE_CODES.has(code));

const personas = [
  {
    path: 'personas/connectee.yaml',
    kind: 'persona' as const,
    text: 'id: connectee\nname: Claire, connectée\ndigitalAffinity: high\npreferredChannels: [web]\n',
  },
  {
    path: 'personas/eloigne.yaml',
    kind: 'persona' as const,
    text: 'id: eloigne\nname: Marcel, éloigné du numérique\ndigitalAffinity: none\npreferredChannels: [phone]\n',
  },
];
const fixture = readFileSync(new URL('./fixtures/souscription.yaml', import.meta.url), 'utf8');
// public/ holds the video, above the 20 MB a media file may weigh; the audio file is missing.
const publicFiles = new Map([['media/visite.mp4', 30 * 1024 * 1024]]);
const checked = checkSources([{ path: 'journeys/souscription.yaml', kind: 'journey', text: fixture }, ...personas], {
  now: new Date('2026-11-01'),
  publicFiles,
});
const problems = checked.problems.filter(
  (problem) => problem.file === 'journeys/souscription.yaml' && REVISION_CODES.includes(problem.code),
);
const names = {
  personaName: (id: string) => personas.find((persona) => persona.path.includes(`/${id}.`))?.text.match(/name: (.*)/)?.[1],
  channelName: () => undefined,
};

describe("problems in the site's language", () => {
  it('reads every rule code from its file, each a known code', () => {
    expect(RULE_CODES.length).toBeGreaterThan(15);
    expect(RULE_CODES.filter((code) => !(code in PROBLEM_CODES))).toEqual([]);
  });

  it('the fixture breaks every rule of one journey file but those it cannot break at once', () => {
    const found = new Set(problems.map((problem) => problem.code));
    // A review date that is overdue cannot be missing; the scale and the theme are the config's.
    expect(REVISION_CODES.filter((code) => !found.has(code)).sort()).toEqual([
      'emotion-scale-invalid',
      'review-date-missing',
      'theme-contrast',
    ]);
  });

  it.each(['fr', 'en'] as const)('writes them in %s with the names of steps and personas, never backquoted ids', (lang) => {
    const write = problemSentences(strings(lang), formatters(lang, 'EUR'), names);
    for (const problem of problems) {
      const sentence = write(problem);
      expect(sentence, problem.code).toBeDefined();
      expect(sentence, problem.code).not.toMatch(/`|undefined|NaN|\[object/);
      const step = problem.params?.step;
      if (typeof step === 'string' && typeof problem.params?.stepName === 'string') {
        expect(sentence, problem.code).toContain(problem.params.stepName);
        expect(sentence, problem.code).not.toContain(` ${step} `);
      }
      // Personas go by their names when a sentence names them; their ids never show.
      for (const persona of [...((problem.params?.personas as readonly string[] | undefined) ?? []), problem.params?.persona]) {
        if (typeof persona === 'string' && names.personaName(persona)) expect(sentence, problem.code).not.toContain(persona);
      }
    }
    const french = problems.map(write).join('\n');
    if (lang === 'fr') {
      expect(french).toContain('Moment de vérité sans humain');
      expect(french).toContain('Marcel, éloigné du numérique');
      expect(french).toContain('L’étape «\u00a0Reçoit son devis\u00a0» n’a aucun point de contact');
      expect(french).toMatch(/L’émotion 9 de l’étape «\u00a0Signe le contrat\u00a0» sort de l’échelle, qui va de -3 à 3\./);
    }
  });

  it('writes schema problems in French too, from the params the schema check gives', () => {
    const write = problemSentences(strings('fr'), formatters('fr', 'EUR'), names);
    const schema = checkSources([{ path: 'journeys/x.yaml', kind: 'journey', text: 'id: x\ntitle: X\nstages: 3\n' }], {
      now: new Date('2026-11-01'),
    }).problems;
    expect(schema.map((problem) => problem.code)).toEqual(['invalid-type']);
    expect(schema[0]!.message).toBe('`stages` of the journey must be a list, but it is the number 3.');
    expect(write(schema[0]!)).toBe('«\u00a0stages\u00a0» du parcours doit être une liste, mais c’est le nombre 3.');
  });

  it.each(['fr', 'en'] as const)('writes the slips of YAML syntax in %s, each kind', (lang) => {
    const write = problemSentences(strings(lang), formatters(lang, 'EUR'), names);
    const texts = [
      'id: x\ntitle: X\nstages:\n  - id: a\n      name: A\n', // a key right of the one above
      'id: x\ntitle: X\nstages:\n  - id: a\n   name: A\n', // left
      'id: x\ntitle:X\nstages: []\n', // no space after the colon
      'id: x\ntitle: X\ntags:\n  - a\n - b\n', // a list item out of line
      'id: x\ntitle: Étape: X\nstages: []\n', // a colon in a value
      'id: x\ntitle: "X\nstages: []\n', // a quote never closed
    ];
    const slips = texts.map(
      (text) => checkSources([{ path: 'journeys/x.yaml', kind: 'journey', text }], { now: new Date('2026-11-01') }).problems,
    );
    expect(slips.map((found) => found.map((problem) => [problem.code, problem.params?.kind]))).toEqual([
      [['yaml-syntax', 'indent-deeper']],
      [['yaml-syntax', 'indent-shallower']],
      [['yaml-syntax', 'colon-space']],
      [['yaml-syntax', 'item-misaligned']],
      [['yaml-syntax', 'colon-in-value']],
      [['yaml-syntax', 'unclosed-quote']],
    ]);
    const sentences = slips.map((found) => write(found[0]!));
    for (const sentence of sentences) expect(sentence).not.toMatch(/`|undefined|NaN|\[object/);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('keeps params out of the JSON formats and the English messages as they were', () => {
    const step = problems.find((problem) => problem.code === 'step-without-touchpoints')!;
    expect(step.message).toBe('Step `recoit-devis` has no touchpoint, so the map cannot say on which channel it happens or what it costs.');
    expect(step.params).toEqual({ step: 'recoit-devis', stepName: 'Reçoit son devis' });
  });
});
