/**
 * @file What the command-line tools read from their options alike: a guidelines file (checked with the extension's
 * own parser and messages), the language of the findings' texts, and a day. Apart from ./audit.ts, which reads saved
 * pages (with happy-dom), so that a command that reads no page (`team-report`) loads none of that.
 */
import type { Translate } from '../engine';
import { decodeGuidelinesBytes } from '../guidelines/decode';
import { renderMessage } from '../guidelines/messages';
import { formatErrorIn, formatErrors, MAX_FILE_BYTES, parseGuidelines } from '../guidelines/parse';
import type { Guidelines } from '../guidelines/schema';
import { RULES } from '../rules';
import { isLanguage, LANGUAGES, readTranslation } from './locale';
import { guidelinesTooBig, readLimitedFile } from './read-file';

/** A refusal the user can act on (a file, an option), said in one line. */
export class AuditError extends Error {}

/** Reads and validates a guidelines file with the extension's own parser and messages. */
export function loadGuidelinesFile(file: string, now: Date, translate?: Translate): Guidelines {
  // The guard guidelines:check uses: no device, FIFO or directory, at most 1 MB, refused before a byte is read.
  const read = readLimitedFile(file, MAX_FILE_BYTES, guidelinesTooBig);
  if (!read.ok) throw new AuditError(`--guidelines ${renderMessage(read.text, translate)}`);
  // Bytes, so that a file saved as UTF-16 or Latin-1 is named as such instead of read as text full of �.
  const decoded = decodeGuidelinesBytes(read.bytes);
  if (!decoded.ok) throw new AuditError(`${file}: invalid guidelines\n  ${formatErrorIn(decoded.error, translate)}`);
  const result = parseGuidelines(decoded.text, { rules: RULES, fileName: file, now });
  if (!result.ok) throw new AuditError(`${file}: invalid guidelines\n${formatErrors(result, translate).map((line) => `  ${line}`).join('\n')}`);
  return result.guidelines;
}

/** The findings' (and guidelines errors') texts in `language`, from the extension's own messages.json (src/cli/locale.ts). */
export function translationFor(language: string): Translate {
  if (!isLanguage(language)) throw new AuditError(`--lang ${language}: must be one of ${LANGUAGES.join(', ')}`);
  return readTranslation(language);
}

/** "2026-11-23" as that day's noon UTC, so the calendar day is the same in every time zone. */
export function parseNow(value: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T12:00:00Z`))) {
    throw new AuditError(`--now ${value}: must be a date written YYYY-MM-DD`);
  }
  return new Date(`${value}T12:00:00Z`);
}
