/**
 * @file `team-report`'s reading of one bundle file: read, decode, check (src/coaching/bundle.ts `parseBundle`, all
 * of it), then keep only what the merge and the team's figures read of it (src/coaching/bundle-brief.ts), so that the
 * text and the parsed tree are dropped before the next file is read (20 bundles of 19 MB held at once cost more in
 * garbage collection than they took to parse). It does not merge.
 */
import { MAX_BUNDLE_CHARS, parseBundle, parseLaidOutBundle } from '../coaching/bundle';
import { keeperOf, keptFrom, keptOf, type KeptBundle } from '../coaching/bundle-brief';
import { message, megabytes } from '../guidelines/messages';
import { type ReadBuffer, readLimitedFile } from './read-file';

/** Bytes a bundle file may have: the parser's own limit on characters (a character is at least one byte). */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_CHARS * 4;

export type ReadResult = { ok: true; bundle: KeptBundle } | { ok: false; errors: string[] };

/** The memory this thread reads bundle files into, one after the other (each file's bytes decoded before the next). */
const memory: ReadBuffer = { memory: Buffer.alloc(0) };

/**
 * The lines of `bytes` (UTF-8) one after the other, without their line breaks, each decoded on its own: small
 * strings the young generation collects, not one of the whole file.
 */
function linesOf(bytes: Buffer): () => string | undefined {
  let start = 0;
  return () => {
    if (start > bytes.length) return undefined;
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.toString('utf8', start, end);
    start = end + 1;
    return line;
  };
}

/**
 * Reads and checks one bundle file; its errors each name the file. A file laid out as the dashboard exports it
 * (../coaching/bundle-merge.ts `bundleText`) is read a session at a time; any other, or one that could be refused, is
 * read whole, which says what is wrong.
 */
export function readBundleFile(file: string, now: Date, whole: boolean): ReadResult {
  const read = readLimitedFile(file, MAX_BUNDLE_BYTES, (bytes) => message('fileTooBig', { size: megabytes(bytes), max: MAX_BUNDLE_BYTES / (1024 * 1024) }), memory);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const laidOut = parseLaidOutBundle(linesOf(read.bytes), now, keeperOf(whole));
  if (laidOut) return { ok: true, bundle: keptFrom(laidOut) };
  // An ASCII file (the dashboard's export) decodes to a one-byte string, which JSON.parse reads faster than the
  // two-byte string one curly apostrophe in a note makes of a whole bundle.
  const parsed = parseBundle(read.bytes.toString('utf8'), now);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((error) => `${file}: ${error}`) };
  return { ok: true, bundle: keptOf(parsed.bundle, whole) };
}
