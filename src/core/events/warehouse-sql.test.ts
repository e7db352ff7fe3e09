import { describe, expect, it } from 'vitest';
import { eventPattern } from './event-pattern.ts';
import { openDuckDb, quoteText, rowsOf } from './open-duckdb.ts';
import { likeCondition } from './warehouse-sql.ts';

const NAMES = ['web:/a_b/1', 'web:/axb/1', 'web:/a_b', "crm:l'envoi", 'crm:100%', 'crm:100x', 'web:/A_B/1'];
const PATTERNS = ['web:/a_b*', "crm:l'envoi", 'crm:100%', '*b*'];

describe('the extract a warehouse runs', () => {
  it.each(PATTERNS)('selects in SQL the very events the pattern %s matches in Parcours', async (pattern) => {
    const engine = await openDuckDb({ memoryLimit: '256MB' });
    try {
      const values = NAMES.map((name) => `(${quoteText(name)})`).join(', ');
      const rows = await rowsOf(
        engine.connection,
        `SELECT event FROM (VALUES ${values}) AS names(event) WHERE ${likeCondition(pattern)} ORDER BY event`,
      );
      expect(rows.map((row) => row.event)).toEqual(NAMES.filter((name) => eventPattern(pattern).test(name)).sort());
    } finally {
      engine.close();
    }
  });
});
