/**
 * @file `team-report`'s reading of one bundle file: read, decode, check (src/coaching/bundle.ts `parseBundle`, all
 * of it), then keep only what the merge and the team's figures read of it (src/coaching/bundle-brief.ts), so that the
 * text and the parsed tree are dropped before the next file is read (20 bundles of 19 MB held at once cost more in
 * garbage collection than they took to parse). It does not merge.
 */
import { isAscii } from 'node:buffer';
import { type LaidOutBundle, type LaidOutHead, laidOutHead, MAX_BUNDLE_CHARS, parseBundle, parseLaidOutBundle } from '../coaching/bundle';
import { keeperOf, keptFrom, keptOf, type KeptBundle } from '../coaching/bundle-brief';
import type { Session } from '../coaching/record';
import { message, megabytes } from '../guidelines/messages';
import { type ReadBuffer, type ReadFileResult, readFirstLine, readLimitedFile } from './read-file';

/** Bytes a bundle file may have: the parser's own limit on characters (a character is at least one byte). */
export const MAX_BUNDLE_BYTES = MAX_BUNDLE_CHARS * 4;

export type ReadResult = { ok: true; bundle: KeptBundle } | { ok: false; errors: string[] };

/** The memory this thread reads bundle files into, one after the other (each file's bytes decoded before the next). */
const memory: ReadBuffer = { memory: Buffer.alloc(0) };

/**
 * The lines of `bytes` (UTF-8) one after the other, without their line breaks, each decoded on its own: small
 * strings the young generation collects, not one of the whole file. Bytes all ASCII (the dashboard's export escapes
 * every other character) are the same characters in Latin-1, which is decoded without UTF-8's checks (a tenth of the
 * decoding's time).
 */
function linesOf(bytes: Buffer): () => string | undefined {
  const encoding = isAscii(bytes) ? 'latin1' : 'utf8';
  let start = 0;
  return () => {
    if (start > bytes.length) return undefined;
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.toString(encoding, start, end);
    start = end + 1;
    return line;
  };
}

/**
 * The first line of a bundle file laid out as the dashboard exports it (../coaching/bundle-merge.ts `bundleText`),
 * checked: read before any session, to know who is one person across bundles. Null for any other file, or one that
 * cannot be read: `readBundleFile` then says what is wrong.
 */
export function readBundleHead(file: string): LaidOutHead | null {
  const line = readFirstLine(file, MAX_BUNDLE_BYTES);
  return line === null ? null : laidOutHead(line);
}

/** A bundle file's bytes, in this thread's memory for bundles (good until the next file is read). */
const bytesOf = (file: string): ReadFileResult =>
  readLimitedFile(file, MAX_BUNDLE_BYTES, (bytes) => message('fileTooBig', { size: megabytes(bytes), max: MAX_BUNDLE_BYTES / (1024 * 1024) }), memory);

/**
 * A bundle file laid out as the dashboard exports it, read a session at a time, each checked session given to `keep`
 * in the order of the file (what it gives is kept, unless undefined), its first line checked already (`head`): the
 * bundle, or null if the file cannot be read, is laid out otherwise, could be refused, or no longer begins with
 * `head`'s line. `readBundleFile` then says what is wrong, if anything.
 */
export function readLaidOutFile<S>(file: string, now: Date, head: LaidOutHead, keep: (session: Session) => S | undefined): LaidOutBundle<S> | null {
  const read = bytesOf(file);
  return read.ok ? parseLaidOutBundle(linesOf(read.bytes), now, keep, head) : null;
}

/**
 * Reads and checks one bundle file; its errors each name the file. A file laid out as the dashboard exports it is
 * read a session at a time; any other, or one that could be refused, is read whole, which says what is wrong.
 */
export function readBundleFile(file: string, now: Date, whole: boolean): ReadResult {
  const read = bytesOf(file);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const laidOut = parseLaidOutBundle(linesOf(read.bytes), now, keeperOf(whole));
  if (laidOut) return { ok: true, bundle: keptFrom(laidOut) };
  // An ASCII file (the dashboard's export) decodes to a one-byte string, which JSON.parse reads faster than the
  // two-byte string one curly apostrophe in a note makes of a whole bundle.
  const parsed = parseBundle(read.bytes.toString('utf8'), now);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((error) => `${file}: ${error}`) };
  return { ok: true, bundle: keptOf(parsed.bundle, whole) };
}
