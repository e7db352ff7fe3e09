import { describe, expect, it } from 'vitest';
import { problem } from '../make-problem.ts';
import { catalogue, describeProblem } from '../messages/index.ts';
import { LANGS } from '../model/lang.ts';
import type { ProblemParams } from '../problem.ts';

// Every reason a bad row can have, the ones DuckDB names and one it might add, each written in
// both languages from its params: a reason missing from a catalogue falls to the generic sentence.
const BAD_ROWS: ProblemParams[] = [
  { reason: 'case' },
  { reason: 'timestamp', value: '14/03/2026 09h30' },
  { reason: 'timestamp-missing' },
  { reason: 'event' },
  { reason: 'TOO MANY COLUMNS' },
  { reason: 'MISSING COLUMNS' },
  { reason: 'UNQUOTED VALUE', detail: 'Value with unterminated quote found.' },
  { reason: 'more', more: 1 },
  { reason: 'more', more: 1234 },
];

describe('the event problems in the catalogue', () => {
  it.each(LANGS)('writes a distinct message and hint in %s for each reason of a bad row', (lang) => {
    const sentences = BAD_ROWS.map((params) => describeProblem('events-bad-row', params, catalogue(lang)));
    for (const { message, hint } of sentences) {
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      expect(hint.length).toBeGreaterThan(5);
    }
    expect(new Set(sentences.map((sentence) => sentence.message)).size).toBe(BAD_ROWS.length);
  });

  it('quotes the timestamp and the DuckDB detail it was given, and no other value of the row', () => {
    expect(describeProblem('events-bad-row', BAD_ROWS[1]!).message).toContain('`14/03/2026 09h30`');
    expect(describeProblem('events-bad-row', BAD_ROWS[6]!, catalogue('fr')).message).toContain('unterminated quote');
  });

  it('names the other step of an overlap by its name on the site and by its id in a terminal', () => {
    const params = {
      event: 'form_sent',
      pattern: 'form_*',
      step: 'envoi',
      stepName: 'Envoi',
      otherPattern: '*_sent',
      otherStep: 'saisie',
      otherStepName: 'Saisie',
    };
    expect(describeProblem('events-pattern-overlap', params).message).toContain('`saisie`');
    const quoted = { quote: (text: string) => `«${text}»`, code: (text: string) => `«${text}»` };
    const site = {
      ...quoted,
      stepName: (id: string, name?: string) => `«${name ?? id}»`,
      persona: String,
      channel: String,
      number: String,
      date: String,
    };
    expect(describeProblem('events-pattern-overlap', params, catalogue('fr'), site).hint).toContain('«Saisie»');
  });

  it('makes each through the one factory, with the code’s severity', () => {
    const made = problem('events-missing-column', { file: 'data/events/log.csv' }, { columns: ['case_id'], found: ['id', 'ts'] });
    expect(made).toMatchObject({ severity: 'error', line: 1, column: 1, pointer: '', params: { columns: ['case_id'] } });
    expect(made.message).toContain('`case_id`');
    expect(problem('events-bad-row', { file: 'log.csv', line: 4 }, { reason: 'case' }).severity).toBe('warning');
  });
});
