import type { Problem } from '../problem.ts';
import { problem } from '../make-problem.ts';
import type { SourceFile, SourceKind } from './source-file.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as UTF-8. Invalid bytes are an error at their line and column;
 * a byte order mark is dropped with a warning, since editors on Windows add it unasked.
 */
export function decodeUtf8(
  path: string,
  kind: SourceKind,
  bytes: Uint8Array,
): { source: SourceFile; warning?: Problem } | { problem: Problem } {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    return {
      problem: problem(
        'file-encoding',
        { file: path, line: lines.length, column: lines[lines.length - 1]!.length + 1 },
        { byte: `0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`, offset },
      ),
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      source: { path, kind, text: text.slice(1) },
      warning: problem('file-bom', { file: path }),
    };
  }
  return { source: { path, kind, text } };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const continuation = bytes[index + next];
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index;
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF (RFC 3629, section 4).
    const second = bytes[index + 1] ?? 0;
    if (
      (byte === 0xe0 && second < 0xa0) ||
      (byte === 0xed && second > 0x9f) ||
      (byte === 0xf0 && second < 0x90) ||
      (byte === 0xf4 && second > 0x8f)
    ) {
      return index;
    }
    index += length;
  }
  return index;
}
