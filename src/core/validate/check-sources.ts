// The checker lives in check/ with the rest of the pipeline; this path stays for imports written before the move.
export { checkSources, type CheckOptions, type CheckResult } from '../check/check-sources.ts';
