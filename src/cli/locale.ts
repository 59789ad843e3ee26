/**
 * @file The command line's languages: the extension's own assets/_locales files read as a `Translate`, so a tool
 * given `--lang fr` words findings and guidelines errors as the extension does in French. English needs no file
 * (the texts' English lives in the code). It checks nothing it reads; test/ui/shared/i18n.test.ts checks the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../engine/messages';
import { LANGUAGES, type Language } from '../snapshot/languages';

/** The languages the extension ships (assets/_locales): the one list of src/snapshot/languages.ts. */
export { LANGUAGES, type Language };

const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'assets', '_locales');

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/**
 * The texts of `language`, read from the extension's messages.json. The finding and guidelines texts hold no `$`
 * (tests make sure), so a message is used as written, without Chrome's substitutions.
 */
export function readTranslation(language: Language): Translate {
  const messages = JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Record<
    string,
    { message?: string } | undefined
  >;
  return (key) => messages[key]?.message;
}
