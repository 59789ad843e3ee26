/**
 * @file What the guidelines parser promises its callers: the result, error and option shapes, the caps on every
 * cost, and the format a file name implies. No parsing here (parse.ts).
 */
import type { z } from 'zod';
import type { GuidelinesMessage } from './messages';
import type { Guidelines } from './schema';

export type GuidelinesFormat = 'yaml' | 'json';

export interface GuidelinesError {
  /** Where in the file: "brand.handles.x[1]", or "" for the file as a whole. */
  path: string;
  /** 1-based, when the place can be found in the text. */
  line: number | null;
  column: number | null;
  /** In English: for logs, tests and callers that show one language only. */
  message: string;
  /** The same as an id and its values, to word in the reader's language (formatError); absent in errors made elsewhere. */
  text?: GuidelinesMessage;
}

/** Same shape as an error: something valid that is probably not what the company meant. */
export type GuidelinesWarning = GuidelinesError;

export type ParseResult =
  | { ok: true; guidelines: Guidelines; warnings: GuidelinesWarning[] }
  /** `omitted`: errors past the cap, counted but not listed. */
  | { ok: false; errors: GuidelinesError[]; omitted: number };

/** What the parser needs to know of a rule: its options schema and defaults. */
export interface RuleOptionsSpec {
  meta: { options: z.ZodType; defaultOptions: unknown };
}
export type RuleRegistry = Readonly<Record<string, RuleOptionsSpec>>;

export interface ParseOptions {
  /** Used only to guess the format from its extension (.json is JSON; anything else is read as YAML). */
  fileName?: string;
  format?: GuidelinesFormat;
  /**
   * The rules that `rules:` may configure: the caller passes the registry it runs (src/rules for the extension and
   * the command line, a test's own), so this folder never imports the rules themselves.
   */
  rules: RuleRegistry;
  /** "Today", for the warning about campaigns that are over. */
  now?: Date;
  /** Errors listed at most; the rest are counted in `omitted`. */
  maxErrors?: number;
}

/** 1 MB: a season's guidelines fit in a few kilobytes; anything near this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** The schema nests 6 levels; 50 leaves room and keeps the YAML composer (recursive) far from the stack limit. */
export const MAX_DEPTH = 50;
/** Aliases are rarely useful in guidelines; this is enough for honest reuse and stops "billion laughs" at once. */
export const MAX_ALIASES = 100;
export const MAX_ERRORS = 50;
/** Syntax errors read at most: the first 50 are listed, and a file with more is not worth reading to its end. */
export const MAX_YAML_ERRORS = 1000;
/**
 * Lexer tokens (keys, values, punctuation, indentation, line breaks) read at most. The example file has about 800;
 * one that fills every list of the schema to its cap (5,000 terms each with a reason, 1,000 avoided accounts, 200
 * competitors with 20 handles each, 200 campaigns, 200 rules: 580 KB) has about 110,000. Past this, the yaml package
 * would spend seconds building objects for a file no person wrote (a million commas once took 20 s).
 */
export const MAX_TOKENS = 250_000;
/**
 * Entries under `rules:`. This version has a few dozen rules; a file for a newer one may name some more (they are
 * only warned about). 200 leaves room for both and bounds the work per entry (each unknown id is compared with
 * every rule id, to tell a typo from a newer rule): 70,000 entries once took 35 s.
 */
export const MAX_RULE_ENTRIES = 200;

/** Keys that could reach an object's prototype if some code ever assigned them: refused wherever they appear. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const MB = 1024 * 1024;

export function formatOf(fileName: string | undefined): GuidelinesFormat {
  return fileName !== undefined && /\.json$/i.test(fileName) ? 'json' : 'yaml';
}
