import { describe, expect, it } from 'vitest';
import { schemaValidators } from '../validate/schema-validators.ts';
import { resolveEventsConfig } from './events-config.ts';

describe('the events: section of the config', () => {
  it('fills in the minimum of cases and the memory limit, and keeps only the column names the config gives', () => {
    expect(resolveEventsConfig(undefined)).toEqual({ columns: {}, minCases: 10, memoryLimit: '4GB' });
    expect(resolveEventsConfig({ case: 'dossier', order: 'seq', minCases: 3, memoryLimit: '512MB' })).toEqual({
      columns: { case: 'dossier', order: 'seq' },
      minCases: 3,
      memoryLimit: '512MB',
    });
  });

  it('is checked by the config schema: a memory limit is a size, the minimum a whole number of 1 or more, no other key', () => {
    const { config } = schemaValidators();
    expect(config({ events: { case: 'dossier', memoryLimit: '1.5GB', minCases: 1 } })).toBe(true);
    expect(config({ events: { memoryLimit: 'lots' } })).toBe(false);
    expect(config({ events: { minCases: 0 } })).toBe(false);
    expect(config({ events: { caseColumn: 'x' } })).toBe(false);
  });

  it('lets a step list event names and patterns, each once', () => {
    const { journey } = schemaValidators();
    const withEvents = (events: unknown) => ({
      id: 'j',
      title: 'J',
      stages: [{ id: 's', name: 'S', steps: [{ id: 'a', name: 'A', events }] }],
    });
    expect(journey(withEvents(['web:/compte/*', 'crm:recu']))).toBe(true);
    expect(journey(withEvents(['web:*', 'web:*']))).toBe(false);
    expect(journey(withEvents(['']))).toBe(false);
  });
});
