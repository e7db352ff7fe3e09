// The public surface of the core, for the CLI, the site and tooling.
export { checkProject, checkRead } from './check/check-project.ts';
export { checkFile, type FileCheck } from './check/check-file.ts';
export { checkSources, type CheckOptions, type CheckResult } from './check/check-sources.ts';
export { readContent, type SourceFile, type SourceKind } from './load/read-content.ts';
export { parseSource, type ParsedFile } from './load/parse-source.ts';
export { locate, toPointer, fromPointer } from './load/locate.ts';
export type { Problem, Severity } from './problem.ts';
export { PROBLEM_CODES, type ProblemCode } from './problem-codes.ts';
export * from './model/project.ts';
export type { Project } from './model/built-project.ts';
export { BUILT_IN_CHANNELS, type Channel, type ChannelKind } from './model/channels.ts';
export { resolveConfig, type ResolvedConfig, type EmotionScale, type Lang } from './model/resolve-config.ts';
export { isSafeLink } from './model/safe-link.ts';
