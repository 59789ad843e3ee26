/**
 * @file The parser's errors: the internal Problem records every check produces, their public form (a path, a line,
 * a message by id) and how they are printed. It finds no problems itself.
 */
import type { Translate } from '../engine/messages';
import { formatErrorIn, type GuidelinesMessage, megabytes, message, renderMessage } from './messages';
import { type GuidelinesError, MAX_FILE_BYTES, MB } from './parse-types';

/** "5.0 MB", rounded up so that a file just over the cap never reads as "1.0 MB". */
export function formatSize(bytes: number): string {
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}

/** An error about the file as a whole, with no place in it. */
export function fileError(text: GuidelinesMessage, line: number | null = null): GuidelinesError {
  return { path: '', line, column: null, message: renderMessage(text), text };
}

/** The error for a file over the cap; exported so a caller can refuse a file before reading it. */
export function sizeError(bytes: number): GuidelinesError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return fileError(message('fileTooBig', { size: megabytes(bytes), max: MAX_FILE_BYTES / MB }));
}

/** A path as people read it: `brand.handles.x[1]`, `rules.pending-invitation-age.options.maxDays`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = String(segment);
      if (/^[A-Za-z0-9_$-]+$/.test(key)) text += text === '' ? key : `.${key}`;
      else text += `[${JSON.stringify(key)}]`;
    }
  }
  return text;
}

/** One line per error, in English: `brand.handles.x[1]: must start with @ (line 12)`. */
export function formatError(error: GuidelinesError): string {
  return formatErrorIn(error, undefined);
}

/** Every error on its own line, and "… and N more" when some were left out. */
export function formatErrors(result: { errors: readonly GuidelinesError[]; omitted: number }, translate?: Translate): string[] {
  const lines = result.errors.map((error) => formatErrorIn(error, translate));
  if (result.omitted > 0) {
    lines.push(renderMessage(result.omitted === 1 ? message('moreErrorsOne') : message('moreErrors', { count: result.omitted }), translate));
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Internal error records: a raw path (for dedupe and lines), a display path, and a message that may still need
// a did-you-mean (computed only for the errors that are kept, since it costs a distance per allowed key).

export interface Problem {
  /** Where to look for the line: the offending key or value. */
  at: readonly PropertyKey[];
  /** What to print before the message. */
  path: readonly PropertyKey[];
  text: GuidelinesMessage | (() => GuidelinesMessage);
  /** Set when the position is known without looking it up (syntax errors). */
  offset?: number;
  /** Errors with the same key are duplicates (zod may report several checks of one value). */
  dedupe: string;
}

export const problemAt = (path: readonly PropertyKey[], text: GuidelinesMessage | (() => GuidelinesMessage)): Problem => ({
  at: path,
  path,
  text,
  dedupe: formatPath(path),
});

export const fileProblem = (text: GuidelinesMessage, offset?: number): Problem => ({
  at: [],
  path: [],
  text,
  dedupe: `file:${offset ?? ''}:${text.id}:${JSON.stringify(text.data ?? {})}`,
  ...(offset === undefined ? {} : { offset }),
});

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
