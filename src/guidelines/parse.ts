/**
 * @file Reads a guidelines file (YAML or JSON text) into validated guidelines, or into plain-language errors that
 * each name a path and a line ("brand.handles.x[1]: must start with @ (line 12)"), plus warnings for things that
 * are valid but probably not meant. It never throws, never runs anything the file says (no custom tags, no
 * regular expressions from terms) and bounds every cost (size, nesting, aliases, number of errors). It does not
 * read files or storage (see store.ts and src/cli/check-guidelines.ts).
 */
import { Composer, isAlias, isMap, isScalar, isSeq, LineCounter, Lexer, Parser, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { fold } from '../engine/text';
import { RULES } from '../rules';
import { didYouMean } from './did-you-mean';
import { checkJsonSyntax, lineStarts, positionOf } from './json-syntax';
import { type Guidelines, GuidelinesSchema } from './schema';

export type GuidelinesFormat = 'yaml' | 'json';

export interface GuidelinesError {
  /** Where in the file: "brand.handles.x[1]", or "" for the file as a whole. */
  path: string;
  /** 1-based, when the place can be found in the text. */
  line: number | null;
  column: number | null;
  message: string;
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
  /** The rules that `rules:` may configure; the extension's registry unless a test or tool says otherwise. */
  rules?: RuleRegistry;
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
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const MB = 1024 * 1024;

/** "5.0 MB", rounded up so that a file just over the cap never reads as "1.0 MB". */
export function formatSize(bytes: number): string {
  return `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
}

/** The error for a file over the cap; exported so a caller can refuse a file before reading it. */
export function sizeError(bytes: number): GuidelinesError | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { path: '', line: null, column: null, message: `the file is ${formatSize(bytes)}; guidelines files are at most ${MAX_FILE_BYTES / MB} MB` };
}

export function formatOf(fileName: string | undefined): GuidelinesFormat {
  return fileName !== undefined && /\.json$/i.test(fileName) ? 'json' : 'yaml';
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

/** One line per error: `brand.handles.x[1]: must start with @ (line 12)`. */
export function formatError(error: GuidelinesError): string {
  const where = error.line === null ? '' : ` (line ${error.line})`;
  return `${error.path === '' ? '' : `${error.path}: `}${error.message}${where}`;
}

/** Every error on its own line, and "… and N more" when some were left out. */
export function formatErrors(result: { errors: readonly GuidelinesError[]; omitted: number }): string[] {
  const lines = result.errors.map(formatError);
  if (result.omitted > 0) lines.push(`… and ${result.omitted} more error${result.omitted === 1 ? '' : 's'}`);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Internal error records: a raw path (for dedupe and lines), a display path, and a message that may still need
// a did-you-mean (computed only for the errors that are kept, since it costs a distance per allowed key).

interface Problem {
  /** Where to look for the line: the offending key or value. */
  at: readonly PropertyKey[];
  /** What to print before the message. */
  path: readonly PropertyKey[];
  message: string | (() => string);
  /** Set when the position is known without looking it up (syntax errors). */
  offset?: number;
  /** Errors with the same key are duplicates (zod may report several checks of one value). */
  dedupe: string;
}

const problemAt = (path: readonly PropertyKey[], message: string | (() => string)): Problem => ({
  at: path,
  path,
  message,
  dedupe: formatPath(path),
});

const fileProblem = (message: string, offset?: number): Problem => ({
  at: [],
  path: [],
  message,
  dedupe: `file:${offset ?? ''}:${message}`,
  ...(offset === undefined ? {} : { offset }),
});

// ---------------------------------------------------------------------------------------------------------------
// Zod issues in plain words.

interface RawIssue {
  code: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  divisor?: number;
  issues?: ReadonlyArray<{ message: string }>;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a mapping (key: value lines)',
  record: 'a mapping (key: value lines)',
  map: 'a mapping (key: value lines)',
  date: 'a date',
  null: 'empty',
};

const nounOf = (expected: string | undefined) =>
  expected !== undefined && Object.hasOwn(NOUNS, expected) ? (NOUNS[expected] as string) : expected ? `a ${expected}` : 'something else';
const plural = (count: number | bigint, word: string) => `${count} ${word}${Number(count) === 1 ? '' : 's'}`;
const listOf = (values: readonly unknown[]) => values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ');

/** Zod's error map: called for issues whose schema gives no message of its own (the schema's own words win). */
function plainMessage(raw: unknown): string | undefined {
  const issue = raw as RawIssue;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (issue.input === null) return `is empty: give ${nounOf(issue.expected)}, or remove the key`;
      const noun = nounOf(issue.expected);
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof issue.input === 'string' && issue.input.trim() !== '' && Number.isFinite(Number(issue.input))) {
        return `must be ${noun}: write ${issue.input.trim()} without quotes`;
      }
      if (issue.expected === 'int' && typeof issue.input === 'number') return Number.isFinite(issue.input) ? 'must be a whole number' : 'must be a finite number';
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'must be a finite number';
      return `must be ${noun}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${plural(issue.minimum ?? 0, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at least ${plural(issue.minimum ?? 0, 'item')}`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(issue.maximum ?? 0, 'character')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must list at most ${plural(issue.maximum ?? 0, 'item')}`;
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be at most ${issue.maximum}`;
    case 'invalid_value': {
      const values = issue.values ?? [];
      return values.length === 1 ? `must be ${JSON.stringify(values[0])}` : `must be one of: ${listOf(values)}`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'must be a web address such as https://example.com/page';
      return 'is not written the expected way';
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_key':
      return issue.issues?.[0]?.message ?? 'is not an allowed key';
    case 'unrecognized_keys':
      return 'has keys that are not allowed';
    case 'invalid_union':
      return 'is not written the expected way';
    default:
      return undefined;
  }
}

interface ZodIssueLike {
  code: string;
  origin?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: string;
  values?: readonly unknown[];
  errors?: ReadonlyArray<readonly ZodIssueLike[]>;
}

/** Does this alternative of a union fail because the value is of another kind altogether (not a near miss)? */
function failsAtRoot(branch: readonly ZodIssueLike[]): boolean {
  return branch.some((issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'));
}

function describeAlternative(branch: readonly ZodIssueLike[]): string | undefined {
  const root = branch.find((issue) => issue.path.length === 0);
  if (!root) return undefined;
  if (root.code === 'invalid_value' && root.values?.length) return root.values.map((value) => JSON.stringify(value)).join(' or ');
  if (root.code === 'invalid_type') return nounOf(root.expected);
  return undefined;
}

/**
 * Unions ("a term, or { term, why }"; "off, or a mapping") make zod report every alternative. We keep the one that
 * fits the value's kind, so a mapping with a typo gets the mapping's errors; when none fits, we name the kinds.
 */
function flattenIssues(issues: readonly ZodIssueLike[], prefix: readonly PropertyKey[] = []): ZodIssueLike[] {
  const flat: ZodIssueLike[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors?.length) {
      flat.push({ ...issue, path });
      continue;
    }
    const fitting = issue.errors.find((branch) => !failsAtRoot(branch));
    if (fitting) {
      flat.push(...flattenIssues(fitting, path));
      continue;
    }
    const kinds = [...new Set(issue.errors.map(describeAlternative).filter((kind): kind is string => kind !== undefined))];
    const emptyHint = issue.errors.some((branch) => branch.some((sub) => sub.path.length === 0 && sub.message.startsWith('is empty')));
    flat.push({
      code: 'custom',
      path,
      message: kinds.length ? `${emptyHint ? 'is empty: give' : 'must be'} ${kinds.join(', or ')}` : issue.message,
    });
  }
  return flat;
}

// ---------------------------------------------------------------------------------------------------------------
// The schema's shape, for "did you mean": which keys are allowed at a path. Reads zod 4's definitions, which are
// plain data ({ type: 'object', shape }, { type: 'optional', innerType }…).

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (!def) return current;
    if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'lazy') current = (def.getter as () => unknown)();
    else return current;
  }
  return current;
}

function alternatives(schema: unknown): unknown[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  return def?.type === 'union' ? (def.options as unknown[]).flatMap(alternatives) : [inner];
}

function childSchemas(schema: unknown, segment: PropertyKey): unknown[] {
  return alternatives(schema).flatMap((option) => {
    const def = defOf(option);
    if (!def) return [];
    if (def.type === 'object' && typeof segment === 'string') {
      const shape = def.shape as Record<string, unknown>;
      return Object.hasOwn(shape, segment) ? [shape[segment]] : [];
    }
    if (def.type === 'array' && typeof segment === 'number') return [def.element];
    if (def.type === 'record' && typeof segment === 'string') return [def.valueType];
    return [];
  });
}

/** The keys a mapping at `path` may have, from the schema itself, so the list never drifts from it. */
export function allowedKeysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let current = [schema];
  for (const segment of path) current = current.flatMap((candidate) => childSchemas(candidate, segment));
  const keys = current.flatMap(alternatives).flatMap((option) => {
    const def = defOf(option);
    return def?.type === 'object' ? Object.keys(def.shape as object) : [];
  });
  return [...new Set(keys)];
}

function unknownKeyMessage(key: string, allowed: readonly string[], what = 'key'): () => string {
  return () => {
    const suggestion = didYouMean(key, allowed);
    const shown = key.length > 60 ? `${key.slice(0, 57)}…` : key;
    if (suggestion) return `unknown ${what} "${shown}" (did you mean "${suggestion}"?)`;
    if (allowed.length > 0 && allowed.length <= 12) return `unknown ${what} "${shown}" (allowed here: ${allowed.join(', ')})`;
    return `unknown ${what} "${shown}"`;
  };
}

/**
 * zod's own safe-integer bound (`.int()`: at most 9007199254740991), reported beside the schema's real limit for
 * a number such as 1e23: only the real limit is worth reading.
 */
const isSafeIntegerBound = (issue: ZodIssueLike) => (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int';

function issuesToProblems(issues: readonly ZodIssueLike[], schema: unknown, prefix: readonly PropertyKey[]): Problem[] {
  const problems: Problem[] = [];
  const flat = flattenIssues(issues);
  const bounded = new Set(flat.filter((issue) => (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin !== 'int').map((issue) => formatPath(issue.path)));
  for (const issue of flat) {
    if (isSafeIntegerBound(issue) && bounded.has(formatPath(issue.path))) continue;
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      for (const key of issue.keys ?? []) {
        problems.push({ at: [...path, key], path, message: unknownKeyMessage(key, allowed), dedupe: `${formatPath(path)}#${key}` });
      }
      continue;
    }
    // An empty list item has no key to remove.
    const message = typeof path[path.length - 1] === 'number' ? issue.message.replace(', or remove the key', ', or remove the empty item') : issue.message;
    problems.push(problemAt(path, message));
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the text.

const YAML_MESSAGES: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML: indent with spaces',
  BAD_INDENT: 'the indentation is wrong here: the items of one list or mapping must start in the same column, deeper than their key',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line: is a colon missing after it, or a quote left open above?',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping cannot start on the same line as its key: put it on the next line, indented',
  MULTIPLE_DOCS: 'the file holds several YAML documents (separated by ---): keep only one',
  BAD_DQ_ESCAPE: 'invalid escape in "double-quoted" text (write \\\\ for a backslash, or use single quotes)',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  BLOCK_IN_FLOW: 'a [ … ] list or { … } mapping is not closed where it should be',
  NON_STRING_KEY: 'a key must be a plain word, not a list or a mapping',
  MULTIPLE_ANCHORS: 'a value has two anchors (&name); keep one',
  MULTIPLE_TAGS: 'a value has two tags; remove them',
  ALIAS_PROPS: 'an alias (*name) cannot have a tag or an anchor',
  BAD_ALIAS: 'this alias (*name) is not written correctly',
  BAD_PROP_ORDER: 'an anchor or tag is in the wrong place',
  RESOURCE_EXHAUSTION: `the file is nested too deeply (at most ${MAX_DEPTH} levels)`,
};

function yamlMessage(code: string, message: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0].trim().replace(/^["']|["']$/g, '');
    return key ? `duplicate key "${key}": each key may appear once in a mapping` : 'duplicate key: each key may appear once in a mapping';
  }
  if (code === 'MISSING_CHAR') {
    if (/^Comments must be separated/.test(message)) return 'a # written right after text or [ starts a comment in YAML: put hashtags in quotes, such as "#Example"';
    if (/quote/i.test(message)) return 'a quote is not closed: the text in quotes runs on to here';
    return /\]/.test(message) ? 'a [ … ] list is not closed: a ] is missing' : /\}/.test(message) ? 'a { … } mapping is not closed: a } is missing' : message;
  }
  if (code === 'BAD_SCALAR_START') {
    // "Plain value cannot start with reserved character @": the character is the message's last word.
    const char = /cannot start with .*?(\S)$/.exec(message)?.[1];
    if (char === undefined || /[a-z]/.test(char)) return 'text cannot start with a tab: remove it';
    if (char === ',') return 'an empty item between two commas: remove one comma';
    return `text that starts with ${char} must be in quotes, such as "${char}example"`;
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /Unresolved tag: (\S+)/.exec(message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? '';
    return `the tag ${tag} is not allowed: guidelines hold only text, numbers, true/false, lists and mappings`;
  }
  if (code === 'BAD_INDENT' && /Flow (sequence|map)/.test(message)) {
    return /sequence/.test(message) ? 'a [ … ] list is not closed: a ] is missing (or its next line is not indented enough)' : 'a { … } mapping is not closed: a } is missing (or its next line is not indented enough)';
  }
  return (Object.hasOwn(YAML_MESSAGES, code) ? YAML_MESSAGES[code] : undefined) ?? (message.split('\n')[0] ?? message);
}

/** In YAML a # after a space starts a comment, so an unquoted hashtag silently vanishes: say so when it may have. */
function hashtagHint(text: string, starts: readonly number[], line: number | null): string {
  if (line === null) return '';
  const source = text.slice(starts[line - 1] ?? text.length, starts[line] ?? text.length);
  return /(^|[\s[,])#\w/.test(source) && !/["']#/.test(source)
    ? ' (in YAML, # starts a comment: put hashtags in quotes, such as "#Example")'
    : '';
}

/**
 * Nesting depth, counted on the YAML lexer's tokens (which know quotes and comments) before anything recursive
 * runs: the composer recurses once per level, and a file of 500,000 "[" or "- - - …" would exhaust the stack.
 * Also counts the tokens, so that a file of a million tiny parts is refused before the yaml package builds a
 * million objects for it. Fed one token at a time as the file is lexed (once, for both this and the parser), it
 * stops at the first offending token, so a hostile file costs no more than its first levels or parts.
 */
function yamlShapeChecker(): (token: string) => Problem | null {
  let flow = 0;
  let indicators = 0;
  let offset = 0;
  let count = 0;
  let atLineStart = true;
  let indent = 0;
  /** Indentations of the enclosing block lines: one entry per block level. */
  const indents: number[] = [];
  return (token) => {
    // The lexer's control tokens (document start, scalar marker…) are single characters below space, not in the text.
    const control = token.length === 1 && token < ' ' && token !== '\n' && token !== '\t';
    if (token === '\n' || token === '\r\n') {
      atLineStart = true;
      indent = 0;
      indicators = 0;
    } else if (atLineStart && !control) {
      if (/^ +$/.test(token)) indent = token.length;
      else if (!token.startsWith('#')) {
        atLineStart = false;
        if (flow === 0) {
          while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
          indents.push(indent);
        }
      }
    }
    if (token === '[' || token === '{') flow++;
    else if (token === ']' || token === '}') flow = Math.max(0, flow - 1);
    else if ((token === '-' || token === '?' || token === ':') && flow === 0) indicators++;
    if (flow + indents.length + indicators > MAX_DEPTH) {
      return fileProblem(`the file is nested more than ${MAX_DEPTH} levels deep; guidelines need far fewer`, offset);
    }
    if (!control && ++count > MAX_TOKENS) {
      return fileProblem(
        `the file has more than ${MAX_TOKENS.toLocaleString('en')} parts to read (keys, values, punctuation, indentation and line breaks); guidelines need far fewer: the example file has about 800`,
        offset,
      );
    }
    if (!control) offset += token.length;
    return null;
  };
}

interface Read {
  value: unknown;
  doc: Document.Parsed | null;
  lineCounter: LineCounter;
}

/** Thrown to stop reading: the lexer at a shape we refuse, or the composer once it has reported enough errors. */
const STOP = Symbol('stop reading');

type ComposerErrorHandler = (source: number | [number, number] | { offset: number; source?: string }, code: string, message: string, warning?: boolean) => void;

function errorOffset(source: Parameters<ComposerErrorHandler>[0]): number {
  return typeof source === 'number' ? source : Array.isArray(source) ? source[0] : source.offset;
}

const YAML_OPTIONS = {
  prettyErrors: false,
  // YAML 1.2's core schema, whatever a %YAML 1.1 directive says: no dates, no yes/no booleans, no !!binary.
  schema: 'core',
  version: '1.2',
  // No !!binary, !!set, !!timestamp… either: explicitly tagged, they would resolve to Buffers and Sets.
  resolveKnownTags: false,
  stringKeys: true,
  // The yaml package compares each key with every earlier one (40,000 keys: 18 s); duplicateKeyProblems uses a Set.
  uniqueKeys: false,
  strict: true,
  merge: false,
} as const;

/**
 * What parseDocument does, in its parts, so that the text is lexed once (for the shape check and the parser) and
 * reading stops early: at a shape we refuse, and after MAX_YAML_ERRORS syntax errors (a file of 100,000 errors
 * once cost a YAMLParseError, with its stack trace, for each).
 */
function composeYaml(text: string, problems: Problem[]): { doc: Document.Parsed; lineCounter: LineCounter } | { refused: Problem } | null {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  const check = yamlShapeChecker();
  let refused: Problem | null = null;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      refused = check(lexeme);
      if (refused) throw STOP;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const composer = new Composer(YAML_OPTIONS);
  let errors = 0;
  const report: ComposerErrorHandler = (source, code, message, warning) => {
    const offset = errorOffset(source);
    // An unknown tag (!!js/function, !foo) is kept as text by the yaml package, with a warning; we refuse it instead.
    if (warning && code !== 'TAG_RESOLVE_FAILED') return;
    problems.push(fileProblem(yamlMessage(code, message, text, offset), offset));
    if (++errors >= MAX_YAML_ERRORS) throw STOP;
  };
  // The composer's own handler builds an Error per problem; ours keeps what we print. Set after construction, as the
  // composer reads it each time it composes a document.
  (composer as unknown as { onError: ComposerErrorHandler }).onError = report;
  let doc: Document.Parsed | null = null;
  try {
    for (const composed of composer.compose(tokens(), true, text.length)) {
      if (doc) {
        report(composed.range[0], 'MULTIPLE_DOCS', '');
        break;
      }
      doc = composed;
    }
  } catch (error) {
    if (error !== STOP) throw error;
    if (refused) return { refused };
    // Without a position, so it comes first in the list: the errors listed are only the first of many.
    problems.push(fileProblem(`the file has more than ${MAX_YAML_ERRORS.toLocaleString('en')} syntax errors, so reading stopped; the first are listed: correct them and check again`));
    return null;
  }
  if (!doc) return null;
  // The few errors the composer records without its handler (tokens the parser could not place).
  for (const error of doc.errors) problems.push(fileProblem(yamlMessage(error.code, error.message, text, error.pos[0]), error.pos[0]));
  return { doc, lineCounter };
}

function readYaml(text: string, problems: Problem[]): Read | null {
  const composed = composeYaml(text, problems);
  if (composed && 'refused' in composed) {
    problems.length = 0;
    problems.push(composed.refused);
  }
  if (!composed || 'refused' in composed) return null;
  const { doc, lineCounter } = composed;
  // A loop, not push(...list): a spread of 100,000 items overflows the stack.
  if (problems.length === 0) for (const problem of duplicateKeyProblems(doc, lineCounter)) problems.push(problem);
  if (problems.length > 0) return null;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), doc, lineCounter };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const alias = /Unresolved alias[^:]*: (\S+)/.exec(message);
    const offset = firstAliasOffset(doc);
    problems.push(
      fileProblem(
        alias
          ? `the alias *${alias[1]} refers to no anchor &${alias[1]} written before it`
          : /alias/i.test(message)
            ? `too many aliases (*name): the file would expand far beyond its size (at most ${MAX_ALIASES} uses)`
            : `the file could not be read: ${message}`,
        offset,
      ),
    );
    return null;
  }
}

/** Keys written twice in one mapping: YAML forbids it, and the second would silently replace the first. */
function duplicateKeyProblems(doc: Document.Parsed, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        stack.push(pair.value);
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const offset = pair.key.range?.[0] ?? 0;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else problems.push(fileProblem(`duplicate key "${key}" (it already appears on line ${lineCounter.linePos(first).line}): each key may appear once in a mapping`, offset));
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return problems;
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node.range?.[0];
    // Pushed in reverse, so the first alias in the file is the first popped.
    if (isMap(node)) for (let k = node.items.length - 1; k >= 0; k -= 1) stack.push(node.items[k]?.value, node.items[k]?.key);
    else if (isSeq(node)) for (let k = node.items.length - 1; k >= 0; k -= 1) stack.push(node.items[k]);
  }
  return undefined;
}

function readJson(text: string, problems: Problem[]): Read | null {
  const syntax = checkJsonSyntax(text, MAX_DEPTH);
  if (syntax) {
    problems.push(fileProblem(`JSON: ${syntax.message}`, syntax.offset));
    return null;
  }
  const value: unknown = JSON.parse(text);
  // Valid JSON is valid YAML (flow style): the same document gives the lines of every path. What YAML alone finds
  // wrong (a key over 1024 characters) costs only the lines; a file of too many parts is refused as in YAML.
  const yamlProblems: Problem[] = [];
  const composed = composeYaml(text, yamlProblems);
  if (composed && 'refused' in composed) {
    problems.push(composed.refused);
    return null;
  }
  return { value, doc: composed && yamlProblems.length === 0 ? composed.doc : null, lineCounter: composed?.lineCounter ?? new LineCounter() };
}

type YamlPair = YAMLMap.Parsed['items'][number];
/** Each mapping's pairs by key, built on first use: a file with 40,000 unknown keys must not cost 40,000². */
const pairIndex = new WeakMap<object, Map<string, YamlPair>>();

function pairOf(map: YAMLMap.Parsed, key: string): YamlPair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) if (isScalar(pair.key) && !index.has(String(pair.key.value))) index.set(String(pair.key.value), pair);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** The node at a path (following aliases), or the nearest enclosing one: its offset gives the line. */
function offsetOf(doc: Document.Parsed | null, path: readonly PropertyKey[]): number | undefined {
  if (!doc) return undefined;
  let node: unknown = doc.contents;
  let offset: number | undefined = (doc.contents as YamlNode | null)?.range?.[0];
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairOf(node as YAMLMap.Parsed, String(segment));
      if (!pair) break;
      // A mapping's entry is reported on its key's line: where people look for it, even when the value is a list below.
      offset = (pair.key as YamlNode).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined || item === null) break;
      offset = (item as YamlNode).range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses __proto__, constructor and prototype as keys anywhere, before any other code sees the object. */
function forbiddenKeyProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  const stack: Array<[unknown, PropertyKey[]]> = [[value, []]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, PropertyKey[]];
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, [...path, index]]));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (key === '<<') {
        // With merges off (they would let one alias multiply the file), << is an ordinary key: say what it is.
        problems.push({
          at: [...path, key],
          path,
          message: 'the merge key << is not supported in guidelines: write the keys out (an alias *name can still repeat a single value or a list)',
          dedupe: `${formatPath(path)}#<<`,
        });
      } else if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          at: [...path, key],
          path,
          message: `the key "${key}" is not allowed (a reserved name in JavaScript)`,
          dedupe: `${formatPath(path)}#${key}`,
        });
      } else stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules: ids against the registry, options against each rule's own schema.

function ruleProblems(value: Record<string, unknown>, registry: RuleRegistry): { errors: Problem[]; warnings: Problem[]; typos: Set<string> } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const typos = new Set<string>();
  const rules = value.rules;
  if (!isPlainObject(rules)) return { errors, warnings, typos };
  const known = Object.keys(registry);
  const entries = Object.keys(rules).length;
  if (entries > MAX_RULE_ENTRIES) {
    errors.push(problemAt(['rules'], `has ${entries} entries; at most ${MAX_RULE_ENTRIES} (this version of Profile Coach has ${known.length} rules)`));
    return { errors, warnings, typos };
  }
  for (const [id, setting] of Object.entries(rules)) {
    const rule = Object.hasOwn(registry, id) ? registry[id] : undefined;
    if (!rule) {
      const suggestion = didYouMean(id, known);
      if (suggestion) {
        // Close to a real id: almost surely a typo, and a typo would silently leave the rule as it was.
        typos.add(id);
        errors.push({ at: ['rules', id], path: ['rules'], message: unknownKeyMessage(id, known, 'rule'), dedupe: `rules#${id}` });
      } else {
        // Far from every id: more likely a rule of another version of Profile Coach. Refusing the whole file for
        // it would make a company file pushed to every browser fail on the ones not yet updated.
        warnings.push(
          problemAt(['rules', id], `unknown rule "${id}": this version of Profile Coach has no such rule, so these settings are ignored`),
        );
      }
      continue;
    }
    if (!isPlainObject(setting) || !isPlainObject(setting.options)) continue;
    const schema = rule.meta.options;
    const merged = { ...(isPlainObject(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}), ...setting.options };
    const parsed = schema.safeParse(merged, { error: plainMessage });
    if (!parsed.success) errors.push(...issuesToProblems(parsed.error.issues as unknown as ZodIssueLike[], schema, ['rules', id, 'options']));
  }
  return { errors, warnings, typos };
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings: valid, but probably not what the company meant. Kept to a few that cost a coaching session if missed.

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function guidelinesWarnings(guidelines: Guidelines, now: Date): Problem[] {
  const warnings: Problem[] = [];
  const today = localDay(now);
  guidelines.campaigns.forEach((campaign, index) => {
    if (campaign.end < today) {
      warnings.push(problemAt(['campaigns', index, 'end'], `the campaign "${campaign.name}" ended on ${campaign.end}: remove it or give its new dates`));
    }
  });
  for (const list of ['themes', 'sectors'] as const) {
    guidelines.strategy[list].forEach((theme, index) => {
      if (theme.keywords.length === 0) {
        warnings.push(problemAt(['strategy', list, index, 'keywords'], `"${theme.name}" has no keywords, so no profile can ever match it`));
      }
    });
  }
  if (guidelines.brand) {
    const brand = guidelines.brand;
    const names = new Map<string, string>();
    for (const name of [brand.name, brand.officialSpelling, ...brand.spellings]) if (name) names.set(fold(name), name);
    guidelines.confidentiality.banned.forEach((term, index) => {
      const brandName = names.get(fold(term));
      if (brandName !== undefined) {
        warnings.push(
          problemAt(['confidentiality', 'banned', index], `"${term}" is banned but is also how the brand is written ("${brandName}"): every profile naming the company would be flagged`),
        );
      }
    });
  }
  return warnings;
}

// ---------------------------------------------------------------------------------------------------------------

function finish(problems: readonly Problem[], read: Read | null, text: string, maxErrors: number): { errors: GuidelinesError[]; omitted: number } {
  const seen = new Set<string>();
  // Line starts computed once per text, then a binary search per error: recomputing them for each error made a
  // file of 20,000 syntax errors cost 20,000 passes over the whole text (52 s for 209 KB).
  let starts: number[] | undefined;
  const lineOf = (offset: number) => positionOf((starts ??= lineStarts(text)), offset);
  const located = problems
    .filter((problem) => {
      if (seen.has(problem.dedupe)) return false;
      seen.add(problem.dedupe);
      return true;
    })
    .map((problem, order) => {
      const offset = problem.offset ?? offsetOf(read?.doc ?? null, problem.at);
      let position: { line: number; column: number } | null = null;
      if (offset !== undefined) {
        if (read) {
          const { line, col } = read.lineCounter.linePos(offset);
          position = { line, column: col };
        } else position = lineOf(offset);
      }
      return { problem, position, order };
    })
    // By line, so the list reads top to bottom like the file; errors without a line first (they concern the file).
    .sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || a.order - b.order);
  const kept = located.slice(0, maxErrors).map(({ problem, position }) => {
    const message = typeof problem.message === 'function' ? problem.message() : problem.message;
    return {
      path: formatPath(problem.path),
      line: position?.line ?? null,
      column: position?.column ?? null,
      message:
        message +
        ((message.startsWith('is empty') || problem.offset !== undefined) && !message.includes('hashtag') ? hashtagHint(text, (starts ??= lineStarts(text)), position?.line ?? null) : ''),
    };
  });
  return { errors: kept, omitted: located.length - kept.length };
}

function failure(problems: readonly Problem[], read: Read | null, text: string, maxErrors: number): ParseResult {
  return { ok: false, ...finish(problems, read, text, maxErrors) };
}

/**
 * Text that went through a decoder without being UTF-8: NUL characters (UTF-16 read as UTF-8 puts one beside every
 * ASCII letter) or U+FFFD (bytes that were not UTF-8, such as Latin-1 accents). The CLI and the options page
 * decode with decode.ts, which says so first; this catches text that reached us some other way (a policy, a paste).
 */
function encodingProblem(text: string): Problem | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return fileProblem('the file holds NUL characters: it is probably saved as UTF-16 (Unicode); save it as UTF-8', nul);
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return fileProblem('the file holds characters that could not be read (�): it was probably saved in another encoding than UTF-8, such as Latin-1 or Windows-1252; save it as UTF-8', replacement);
  }
  return null;
}

function byteLength(text: string): number {
  // Characters never outnumber UTF-8 bytes, and one character is at most 3 bytes: encode only when it matters.
  if (text.length > MAX_FILE_BYTES || text.length * 3 <= MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function parseUnsafe(input: string, options: ParseOptions): ParseResult {
  const maxErrors = options.maxErrors ?? MAX_ERRORS;
  const size = sizeError(byteLength(input));
  if (size) return { ok: false, errors: [size], omitted: 0 };
  // Old Mac line endings (CR alone): read as line breaks, as editors do. One character for one, so offsets hold.
  const text = input.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
  const encoding = encodingProblem(text);
  if (encoding) return failure([encoding], null, text, maxErrors);
  if (text.trim() === '') {
    return failure([fileProblem('the file is empty: write at least {} (for the built-in defaults) or brand: with the company name')], null, text, maxErrors);
  }

  const format = options.format ?? formatOf(options.fileName);
  const problems: Problem[] = [];
  const read = format === 'json' ? readJson(text, problems) : readYaml(text, problems);
  if (!read) return failure(problems, null, text, maxErrors);

  const { value } = read;
  if ((value === null || value === undefined) && (format === 'json' || isScalar(read.doc?.contents))) {
    return failure([fileProblem('the file is just null: write at least {} (for the built-in defaults) or a mapping of sections (version:, brand:, strategy: …)')], read, text, maxErrors);
  }
  if (value === null || value === undefined) {
    return failure([fileProblem('the file holds only comments: write at least {} (for the built-in defaults) or brand: with the company name')], read, text, maxErrors);
  }
  if (!isPlainObject(value)) {
    const kind = Array.isArray(value) ? 'a list' : `a single value (${typeof value === 'string' ? 'text' : typeof value})`;
    return failure([fileProblem(`the file must be a mapping of sections (version:, brand:, strategy: …), not ${kind}`)], read, text, maxErrors);
  }

  const forbidden = forbiddenKeyProblems(value);
  if (forbidden.length > 0) return failure(forbidden, read, text, maxErrors);

  const rules = ruleProblems(value, options.rules ?? RULES);
  const parsed = GuidelinesSchema.safeParse(value, { error: plainMessage });
  const schemaProblems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues as unknown as ZodIssueLike[], GuidelinesSchema, []).filter(
        // A typo'd rule id is reported once, with its did-you-mean, not again as a badly formed key.
        (problem) => !(problem.path[0] === 'rules' && problem.path.length === 2 && rules.typos.has(String(problem.path[1]))),
      );
  const errors = [...schemaProblems, ...rules.errors];
  if (!parsed.success || errors.length > 0) return failure(errors, read, text, maxErrors);

  const { errors: warnings, omitted } = finish([...rules.warnings, ...guidelinesWarnings(parsed.data, options.now ?? new Date())], read, text, maxErrors);
  if (omitted > 0) warnings.push({ path: '', line: null, column: null, message: `… and ${omitted} more warning${omitted === 1 ? '' : 's'}` });
  return { ok: true, guidelines: parsed.data, warnings };
}

/** Parses guidelines text. Never throws: whatever the text, the answer is guidelines or errors with a message. */
export function parseGuidelines(text: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') return { ok: false, errors: [{ path: '', line: null, column: null, message: 'the guidelines must be text' }], omitted: 0 };
    return parseUnsafe(text, options);
  } catch (error) {
    // A safety net for a bug of ours: the person still gets one line, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', line: null, column: null, message: `the file could not be read (${message.slice(0, 200)})` }], omitted: 0 };
  }
}
