// The entry point lives in check/ with the rest of the pipeline; this path stays for the site,
// which imports the core by file URL, and for imports written before the move.
export { checkProject } from './check/check-project.ts';
