import { linkText } from '../load/confine-path.ts';
import { problem } from '../make-problem.ts';
import type { Problem } from '../problem.ts';

/** Git's mode for a symbolic link: its blob holds the link's text, not a file's content. */
export const GIT_LINK_MODE = '120000';

/** Longest link text quoted in a message: a path, never a document. */
const MAX_LINK_TEXT = 200;

/**
 * The problem of a revision in which a content file was a symbolic link. History reads blobs, so
 * it would parse the link's text as YAML; it says what the link pointed to instead and never
 * follows it (the target, at that revision or now, may lie outside the content root).
 */
export function linkInRevision(path: string, blob: Uint8Array | null): Problem {
  const text = blob === null ? undefined : new TextDecoder().decode(blob.subarray(0, MAX_LINK_TEXT));
  return problem('file-link-in-revision', { file: path }, text === undefined ? {} : { link: linkText(text) });
}
