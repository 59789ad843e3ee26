/**
 * @file The command-line tools' one way to read a file named on the command line: only a regular file, only up to a
 * limit, checked on the opened file before a byte is read, so /dev/zero, a FIFO, a directory or a huge file is
 * refused at once with one line instead of hanging or filling the memory. Its refusals are messages by id
 * (src/guidelines/messages.ts), worded in the command's language. It reads bytes only; it does not decode them.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { type GuidelinesMessage, megabytes, message, renderMessage } from '../guidelines/messages';
import { MAX_FILE_BYTES, sizeError } from '../guidelines/parse';
import { MAX_PAGE_BYTES } from '../snapshot/saved-page';

/** The most a saved page may weigh, the same in the dashboard's batch audit. */
export { MAX_PAGE_BYTES } from '../snapshot/saved-page';

/** A refusal: `text` to word in the command's language, `message` the same in English. */
export type ReadFileResult = { ok: true; bytes: Buffer } | { ok: false; message: string; text: GuidelinesMessage };

const refused = (text: GuidelinesMessage): ReadFileResult => ({ ok: false, message: renderMessage(text), text });

/** What a file that is not a regular file is, in a word or two. */
function kindOf(stat: Stats): GuidelinesMessage {
  if (stat.isDirectory()) return message('fileKindDirectory');
  if (stat.isFIFO()) return message('fileKindPipe');
  if (stat.isCharacterDevice()) return message('fileKindCharDevice');
  if (stat.isBlockDevice()) return message('fileKindBlockDevice');
  if (stat.isSocket()) return message('fileKindSocket');
  return message('fileKindOther');
}

/**
 * Memory a command reads one file after another into (`readLimitedFile`'s `reuse`): the bytes of one read are good
 * until the next. Twenty bundles of 5 MB read into new buffers are 100 MB of fresh memory, and on the virtual
 * machines this runs on, a page touched for the first time costs more than reading it (about a tenth of the reading).
 */
export interface ReadBuffer {
  memory: Buffer;
}

/**
 * Reads `file` whole if it is a regular file of at most `maxBytes`; otherwise says why not (the message starts with
 * the file name). `tooBig` words the size error (the guidelines give their own, the same as the extension's).
 * With `reuse`, the bytes are read into its memory (grown when too small) and are good until its next use.
 */
export function readLimitedFile(file: string, maxBytes: number, tooBig: (bytes: number) => GuidelinesMessage, reuse?: ReadBuffer): ReadFileResult {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO returns at once instead of waiting for a writer; the checks are made on the
    // opened file (fstat), so the file cannot be swapped between the check and the read.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return refused(message('cannotReadFile', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return refused(message('notAFile', { file, kind: kindOf(stat) }));
    if (stat.size > maxBytes) return refused(message('fileTooLarge', { file, reason: tooBig(stat.size) }));
    // One byte more than fstat said, to notice a file that grew after fstat. Only what was read is ever seen: the
    // memory need not be cleared first.
    const limit = stat.size + 1;
    // Grown with a quarter to spare: a team's bundles differ a little in size, and memory made again for each file a
    // little larger than the last is fresh memory each time (only the pages read into are ever touched).
    const buffer = !reuse ? Buffer.allocUnsafeSlow(limit) : reuse.memory.length >= limit ? reuse.memory : Buffer.allocUnsafeSlow(Math.ceil(limit * 1.25));
    if (reuse) reuse.memory = buffer;
    let length = 0;
    while (length < limit) {
      const read = readSync(fd, buffer, length, limit - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > stat.size) return refused(message('fileChanged', { file }));
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refused(message('cannotReadFile', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  } finally {
    closeSync(fd);
  }
}

/** The size error for a saved page. */
export const pageTooBig = (bytes: number) => message('pageTooBig', { size: megabytes(bytes), max: MAX_PAGE_BYTES / (1024 * 1024) });

/** The size error for a guidelines file: the extension's own words (src/guidelines/parse.ts). */
export const guidelinesTooBig = (bytes: number): GuidelinesMessage =>
  sizeError(bytes)?.text ?? message('fileTooBig', { size: megabytes(bytes), max: MAX_FILE_BYTES / (1024 * 1024) });

/**
 * The first line of `file` (UTF-8, without its line break), read in pieces up to its first line break and no further,
 * if it is a regular file whose first line is at most `maxBytes`; null otherwise, or when it cannot be read: a caller
 * that needs more reads the file with `readLimitedFile`, which says what is wrong.
 */
export function readFirstLine(file: string, maxBytes: number): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const pieces: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const piece = Buffer.allocUnsafe(64 * 1024);
      const read = readSync(fd, piece, 0, piece.length, null);
      const end = piece.subarray(0, read).indexOf(0x0a);
      pieces.push(piece.subarray(0, end === -1 ? read : end));
      length += end === -1 ? read : end;
      if (end !== -1 || read === 0) return length <= maxBytes ? Buffer.concat(pieces).toString('utf8') : null;
    }
    return null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
