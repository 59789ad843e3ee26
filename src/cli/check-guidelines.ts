/**
 * @file `npm run guidelines:check -- [--lang en|fr|nl|de] <file>`: tells a communications team whether its guidelines
 * file is valid, with the same messages the extension gives (both call parseGuidelines): in English, or with --lang
 * in the extension's French or Dutch. Prints "OK: …" and any warnings (exit 0), or one line per error (exit 1); a
 * wrong command line exits 2. It changes nothing and stores nothing.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeGuidelinesBytes } from '../guidelines/decode';
import type { Translate } from '../engine/messages';
import { renderMessage } from '../guidelines/messages';
import { formatErrorIn, formatErrors, MAX_FILE_BYTES, parseGuidelines } from '../guidelines/parse';
import type { Guidelines } from '../guidelines/schema';
import { isLanguage, LANGUAGES, readTranslation } from './locale';
import { guidelinesTooBig, readLimitedFile } from './read-file';
import { print, printError } from './terminal';
import { RULES } from '../rules';

const USAGE = `usage: npm run guidelines:check -- [--lang <${LANGUAGES.join('|')}>] <guidelines.yaml|guidelines.json>`;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the file sets up, in a few words: enough to see at a glance that it is the file meant. */
export function summaryOf(guidelines: Guidelines): string {
  const parts = [
    guidelines.brand ? `brand ${guidelines.brand.name}` : 'no brand',
    count(guidelines.strategy.themes.length, 'theme'),
    count(guidelines.strategy.sectors.length, 'sector'),
    count(guidelines.confidentiality.banned.length, 'banned term'),
    count(guidelines.confidentiality.confidential.length, 'confidential term'),
    count(guidelines.confidentiality.competitors.length, 'competitor'),
    count(guidelines.campaigns.length, 'campaign'),
    count(Object.keys(guidelines.rules).length, 'rule setting'),
  ];
  return parts.join(', ');
}

export function main(argv: string[]): number {
  let positionals: string[];
  let help: boolean | undefined;
  let lang: string | undefined;
  try {
    ({
      positionals,
      values: { help, lang },
    } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } }));
  } catch (error) {
    printError(`guidelines:check: ${(error as Error).message}`);
    printError(USAGE);
    return 2;
  }
  if (help) {
    print(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    printError(USAGE);
    return 2;
  }
  if (lang !== undefined && !isLanguage(lang)) {
    printError(`guidelines:check: --lang ${lang}: must be one of ${LANGUAGES.join(', ')}`);
    printError(USAGE);
    return 2;
  }
  // English unless asked: the messages' English is in the code, so English reads no file.
  const translate: Translate | undefined = lang === undefined || lang === 'en' ? undefined : readTranslation(lang);
  const file = positionals[0] as string;

  // Refuse a device, a FIFO, a directory or a huge file before reading it into memory, with the extension's own words.
  const read = readLimitedFile(file, MAX_FILE_BYTES, guidelinesTooBig);
  if (!read.ok) {
    printError(renderMessage(read.text, translate));
    return 1;
  }
  // Bytes, so that a file saved as UTF-16 or Latin-1 is named as such instead of read as text full of �.
  const decoded = decodeGuidelinesBytes(read.bytes);
  if (!decoded.ok) {
    printError(`${file}: not valid (1 error)`);
    printError(formatErrorIn(decoded.error, translate));
    return 1;
  }
  const text = decoded.text;

  const result = parseGuidelines(text, { rules: RULES, fileName: file });
  if (!result.ok) {
    printError(`${file}: not valid (${count(result.errors.length + result.omitted, 'error')})`);
    for (const line of formatErrors(result, translate)) printError(line);
    return 1;
  }
  print(`OK: ${file} is valid (${summaryOf(result.guidelines)})`);
  for (const warning of result.warnings) print(`warning: ${formatErrorIn(warning, translate)}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
