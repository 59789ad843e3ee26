/**
 * @file `npm run guidelines:check -- <file>`: tells a communications team whether its guidelines file is valid,
 * with the same messages the extension gives (both call parseGuidelines). Prints "OK: …" and any warnings (exit 0),
 * or one line per error (exit 1); a wrong command line exits 2. It changes nothing and stores nothing.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeGuidelinesBytes } from '../guidelines/decode';
import { formatError, formatErrors, MAX_FILE_BYTES, parseGuidelines } from '../guidelines/parse';
import type { Guidelines } from '../guidelines/schema';
import { guidelinesTooBig, readLimitedFile } from './read-file';
import { print, printError } from './terminal';

const USAGE = 'usage: npm run guidelines:check -- <guidelines.yaml|guidelines.json>';

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
  try {
    ({
      positionals,
      values: { help },
    } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } }));
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
  const file = positionals[0] as string;

  // Refuse a device, a FIFO, a directory or a huge file before reading it into memory, with the extension's own words.
  const read = readLimitedFile(file, MAX_FILE_BYTES, guidelinesTooBig);
  if (!read.ok) {
    printError(read.message);
    return 1;
  }
  // Bytes, so that a file saved as UTF-16 or Latin-1 is named as such instead of read as text full of �.
  const decoded = decodeGuidelinesBytes(read.bytes);
  if (!decoded.ok) {
    printError(`${file}: not valid (1 error)`);
    printError(formatError(decoded.error));
    return 1;
  }
  const text = decoded.text;

  const result = parseGuidelines(text, { fileName: file });
  if (!result.ok) {
    printError(`${file}: not valid (${count(result.errors.length + result.omitted, 'error')})`);
    for (const line of formatErrors(result)) printError(line);
    return 1;
  }
  print(`OK: ${file} is valid (${summaryOf(result.guidelines)})`);
  for (const warning of result.warnings) print(`warning: ${formatError(warning)}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
