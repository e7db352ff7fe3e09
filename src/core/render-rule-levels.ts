import { PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';

/** What `rules:` in parcours.config.yaml may set a check to, as ESLint and Redocly spell it. */
export const RULE_LEVELS = ['off', 'warn', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** The codes a team may set: every warning. Errors stay errors, since content that breaks them cannot be built. */
export function configurableCodes(): ProblemCode[] {
  return (Object.keys(PROBLEM_CODES) as ProblemCode[]).filter((code) => PROBLEM_CODES[code].severity === 'warning');
}

/**
 * The `rules` property of config.schema.json, written from the catalogue by `npm run gen:docs`
 * (problem-codes.test.ts fails when the schema drifts from it): one property per configurable
 * code with its summary and default level, so editors complete codes and an unknown one is an
 * `unknown-field` with a did-you-mean.
 */
export function rulesSchema(): Record<string, unknown> {
  return {
    title: 'Rules',
    description:
      'The level of each check, by problem code: `off` (not reported), `warn` (reported, the run still passes) or `error` (the run fails). Every warning code can be set; errors always stay errors.',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      configurableCodes().map((code) => [
        code,
        {
          title: code,
          description: `${PROBLEM_CODES[code].summary} Default: warn.`,
          enum: [...RULE_LEVELS],
          default: 'warn',
          examples: ['off', 'error'],
        },
      ]),
    ),
    examples: [{ 'claims-without-evidence': 'off', 'review-overdue': 'error' }],
  };
}

/**
 * The config schema with its `rules` property rewritten from the catalogue, as text. Only that
 * property's lines change (the last of `properties`), so the hand-laid rest of the file, and
 * other people's edits to it, stay as they are.
 */
export function withRulesSchema(schemaText: string): string {
  const block = JSON.stringify({ rules: rulesSchema() }, null, 2)
    .replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`)
    .split('\n')
    .slice(1, -1)
    .map((line) => `  ${line}`)
    .join('\n');
  const lines = schemaText.split('\n');
  const open = lines.indexOf('  "properties": {');
  const close = lines.findIndex((line, index) => index > open && /^ {2}\}/.test(line));
  if (open < 0 || close < 0) throw new Error('config.schema.json has no top-level "properties" laid out as expected');
  const start = lines.findIndex((line, index) => index > open && index < close && line === '    "rules": {');
  const body = start < 0 ? lines.slice(open + 1, close) : lines.slice(open + 1, start);
  const kept = body.join('\n').replace(/,?\s*$/, '');
  return [...lines.slice(0, open + 1), `${kept},`, block, ...lines.slice(close)].join('\n');
}
