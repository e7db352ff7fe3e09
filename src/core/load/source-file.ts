export type SourceKind = 'journey' | 'persona' | 'config';

/** A content file as text, before parsing. `path` is relative to the content root, with `/`. */
export interface SourceFile {
  path: string;
  kind: SourceKind;
  text: string;
}
