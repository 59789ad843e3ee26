/**
 * @file `npm run guidelines:check -- <file>`: tells a communications team whether its guidelines file is valid,
 * with the same messages the extension gives (both call parseGuidelines). Prints "OK: …" and any warnings (exit 0),
 * or one line per error (exit 1); a wrong command line exits 2. It changes nothing and stores nothing.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeGuidelinesBytes } from '../guidelines/decode';
import { formatError, formatErrors, parseGuidelines, sizeError } from '../guidelines/parse';
import type { Guidelines } from '../guidelines/schema';

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
    console.error(`guidelines:check: ${(error as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  if (help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const file = positionals[0] as string;

  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      console.error(`${file}: not a file`);
      return 1;
    }
    // Refuse a huge file before reading it into memory, with the extension's own words.
    const tooBig = sizeError(stat.size);
    if (tooBig) {
      console.error(`${file}: ${formatError(tooBig)}`);
      return 1;
    }
    // Bytes, so that a file saved as UTF-16 or Latin-1 is named as such instead of read as text full of �.
    const decoded = decodeGuidelinesBytes(readFileSync(file));
    if (!decoded.ok) {
      console.error(`${file}: not valid (1 error)`);
      console.error(formatError(decoded.error));
      return 1;
    }
    text = decoded.text;
  } catch (error) {
    console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }

  const result = parseGuidelines(text, { fileName: file });
  if (!result.ok) {
    console.error(`${file}: not valid (${count(result.errors.length + result.omitted, 'error')})`);
    for (const line of formatErrors(result)) console.error(line);
    return 1;
  }
  console.log(`OK: ${file} is valid (${summaryOf(result.guidelines)})`);
  for (const warning of result.warnings) console.log(`warning: ${formatError(warning)}`);
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
