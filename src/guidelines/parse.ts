/**
 * @file Reads a guidelines file (YAML or JSON text) into validated guidelines, or into plain-language errors that
 * each name a path and a line ("brand.handles.x[1]: must start with @ (line 12)"), plus warnings for things that
 * are valid but probably not meant. It never throws, never runs anything the file says (no custom tags, no
 * regular expressions from terms) and bounds every cost (size, nesting, aliases, number of errors). It does not
 * read files or storage (see store.ts and src/cli/check-guidelines.ts).
 */
import { Composer, isAlias, isMap, isScalar, isSeq, LineCounter, Lexer, Parser, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import type { Translate } from '../engine/messages';
import { fold } from '../engine/text';
import { didYouMean } from './did-you-mean';
import { checkJsonSyntax, lineStarts, positionOf } from './json-syntax';
import { formatErrorIn, type GuidelinesMessage, megabytes, message, type MessageValue, orList, renderMessage, schemaText } from './messages';

export { formatErrorIn } from './messages';
import { type Guidelines, GuidelinesSchema } from './schema';

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
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const MB = 1024 * 1024;

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

interface Problem {
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

const problemAt = (path: readonly PropertyKey[], text: GuidelinesMessage | (() => GuidelinesMessage)): Problem => ({
  at: path,
  path,
  text,
  dedupe: formatPath(path),
});

const fileProblem = (text: GuidelinesMessage, offset?: number): Problem => ({
  at: [],
  path: [],
  text,
  dedupe: `file:${offset ?? ''}:${text.id}:${JSON.stringify(text.data ?? {})}`,
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

const NOUNS: Record<string, GuidelinesMessage> = {
  string: message('nounText'),
  number: message('nounNumber'),
  int: message('nounWholeNumber'),
  bigint: message('nounWholeNumber'),
  boolean: message('nounBoolean'),
  array: message('nounList'),
  tuple: message('nounList'),
  object: message('nounMapping'),
  record: message('nounMapping'),
  map: message('nounMapping'),
  date: message('nounDate'),
  null: message('nounEmpty'),
};

const nounOf = (expected: string | undefined): GuidelinesMessage =>
  expected !== undefined && Object.hasOwn(NOUNS, expected)
    ? (NOUNS[expected] as GuidelinesMessage)
    : expected
      ? message('nounOther', { name: expected })
      : message('nounSomethingElse');
const listOf = (values: readonly unknown[]) => values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(', ');
const count = (value: number | bigint | undefined) => Number(value ?? 0);

/** Zod's issues in plain words, for issues whose schema gives no message of its own (the schema's own words win). */
function plainText(raw: unknown): GuidelinesMessage | undefined {
  const issue = raw as RawIssue;
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return message('required');
      if (issue.input === null) return message('emptyGiveOrRemoveKey', { noun: nounOf(issue.expected) });
      const noun = nounOf(issue.expected);
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof issue.input === 'string' && issue.input.trim() !== '' && Number.isFinite(Number(issue.input))) {
        return message('mustBeUnquoted', { noun, value: issue.input.trim() });
      }
      if (issue.expected === 'int' && typeof issue.input === 'number') return message(Number.isFinite(issue.input) ? 'mustBeWhole' : 'mustBeFinite');
      if (issue.expected === 'number' && typeof issue.input === 'number') return message('mustBeFinite');
      return message('mustBe', { noun });
    }
    case 'too_small':
      if (issue.origin === 'string') return count(issue.minimum) <= 1 ? message('notEmpty') : message('minCharacters', { count: count(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return count(issue.minimum) === 1 ? message('minItemsOne') : message('minItems', { count: count(issue.minimum) });
      return message(issue.inclusive === false ? 'moreThan' : 'atLeast', { limit: count(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return message('maxCharacters', { count: count(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return message('maxItems', { count: count(issue.maximum) });
      return message(issue.inclusive === false ? 'lessThan' : 'atMost', { limit: count(issue.maximum) });
    case 'invalid_value': {
      const values = issue.values ?? [];
      return values.length === 1 ? message('mustBeValue', { value: JSON.stringify(values[0]) }) : message('mustBeOneOf', { values: listOf(values) });
    }
    case 'invalid_format':
      return message(issue.format === 'url' ? 'mustBeWebAddress' : 'notWrittenExpectedWay');
    case 'not_multiple_of':
      return message('multipleOf', { divisor: issue.divisor ?? 0 });
    case 'invalid_key':
      return issue.issues?.[0]?.message === undefined ? message('keyNotAllowed') : undefined;
    case 'unrecognized_keys':
      return message('keysNotAllowed');
    case 'invalid_union':
      return message('notWrittenExpectedWay');
    default:
      return undefined;
  }
}

/**
 * One parse's zod error map: zod wants text, so it gets the English, and the message behind each English text is
 * kept to be found again from the issue (`textOf`). The schema's own messages (schema.ts) are found the same way.
 */
interface ZodWords {
  errorMap: (raw: unknown) => string | undefined;
  textOf: (issue: { message: string; params?: unknown }) => GuidelinesMessage;
}

function zodWords(): ZodWords {
  const texts = new Map<string, GuidelinesMessage>();
  return {
    errorMap(raw) {
      const issue = raw as RawIssue;
      // A key check's own message (such as "must be a rule id…") is the one worth reading.
      if (issue.code === 'invalid_key' && issue.issues?.[0]?.message !== undefined) return issue.issues[0].message;
      const text = plainText(raw);
      if (!text) return undefined;
      const english = renderMessage(text);
      texts.set(english, text);
      return english;
    },
    textOf(issue) {
      const param = (issue.params as { text?: GuidelinesMessage } | undefined)?.text;
      return param ?? texts.get(issue.message) ?? schemaText(issue.message) ?? message('asWritten', { detail: issue.message });
    },
  };
}

interface ZodIssueLike {
  code: string;
  origin?: string;
  path: readonly PropertyKey[];
  message: string;
  keys?: readonly string[];
  expected?: string;
  values?: readonly unknown[];
  params?: unknown;
  errors?: ReadonlyArray<readonly ZodIssueLike[]>;
  /** Set on issues this file makes itself (a union's alternatives named). */
  text?: GuidelinesMessage;
}

/** Does this alternative of a union fail because the value is of another kind altogether (not a near miss)? */
function failsAtRoot(branch: readonly ZodIssueLike[]): boolean {
  return branch.some((issue) => issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'));
}

function describeAlternative(branch: readonly ZodIssueLike[]): MessageValue | undefined {
  const root = branch.find((issue) => issue.path.length === 0);
  if (!root) return undefined;
  if (root.code === 'invalid_value' && root.values?.length) return orList(root.values.map((value) => JSON.stringify(value)), 'orValues');
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
    const seen = new Set<string>();
    const kinds = issue.errors.map(describeAlternative).filter((kind): kind is MessageValue => {
      if (kind === undefined) return false;
      const key = JSON.stringify(kind);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const emptyHint = issue.errors.some((branch) => branch.some((sub) => sub.path.length === 0 && sub.message.startsWith('is empty')));
    const joined = orList(kinds);
    const text = joined === undefined ? undefined : emptyHint ? message('emptyGiveOneOf', { kinds: joined }) : message('mustBe', { noun: joined });
    flat.push({ code: 'custom', path, message: text ? renderMessage(text) : issue.message, ...(text ? { text } : {}) });
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

function unknownKeyMessage(key: string, allowed: readonly string[], what: 'key' | 'rule' = 'key'): () => GuidelinesMessage {
  return () => {
    const suggestion = didYouMean(key, allowed);
    const shown = key.length > 60 ? `${key.slice(0, 57)}…` : key;
    const rule = what === 'rule';
    if (suggestion) return message(rule ? 'unknownRuleDidYouMean' : 'unknownKeyDidYouMean', { key: shown, suggestion });
    if (allowed.length > 0 && allowed.length <= 12) return message(rule ? 'unknownRuleAllowed' : 'unknownKeyAllowed', { key: shown, allowed: allowed.join(', ') });
    return message(rule ? 'unknownRule' : 'unknownKey', { key: shown });
  };
}

/**
 * zod's own safe-integer bound (`.int()`: at most 9007199254740991), reported beside the schema's real limit for
 * a number such as 1e23: only the real limit is worth reading.
 */
const isSafeIntegerBound = (issue: ZodIssueLike) => (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int';

function issuesToProblems(issues: readonly ZodIssueLike[], schema: unknown, prefix: readonly PropertyKey[], words: ZodWords): Problem[] {
  const problems: Problem[] = [];
  const flat = flattenIssues(issues);
  const bounded = new Set(flat.filter((issue) => (issue.code === 'too_big' || issue.code === 'too_small') && issue.origin !== 'int').map((issue) => formatPath(issue.path)));
  for (const issue of flat) {
    if (isSafeIntegerBound(issue) && bounded.has(formatPath(issue.path))) continue;
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path);
      for (const key of issue.keys ?? []) {
        problems.push({ at: [...path, key], path, text: unknownKeyMessage(key, allowed), dedupe: `${formatPath(path)}#${key}` });
      }
      continue;
    }
    const text = issue.text ?? words.textOf(issue);
    // An empty list item has no key to remove.
    problems.push(
      problemAt(path, text.id === 'emptyGiveOrRemoveKey' && typeof path[path.length - 1] === 'number' ? { ...text, id: 'emptyGiveOrRemoveItem' } : text),
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the text.

const YAML_MESSAGES: Partial<Record<string, GuidelinesMessage>> = {
  TAB_AS_INDENT: message('yamlTabIndent'),
  BAD_INDENT: message('yamlBadIndent'),
  MULTILINE_IMPLICIT_KEY: message('yamlMultilineKey'),
  BLOCK_AS_IMPLICIT_KEY: message('yamlBlockAsKey'),
  MULTIPLE_DOCS: message('yamlMultipleDocs'),
  BAD_DQ_ESCAPE: message('yamlBadEscape'),
  KEY_OVER_1024_CHARS: message('yamlLongKey'),
  BLOCK_IN_FLOW: message('yamlBlockInFlow'),
  NON_STRING_KEY: message('yamlNonStringKey'),
  MULTIPLE_ANCHORS: message('yamlTwoAnchors'),
  MULTIPLE_TAGS: message('yamlTwoTags'),
  ALIAS_PROPS: message('yamlAliasProps'),
  BAD_ALIAS: message('yamlBadAlias'),
  BAD_PROP_ORDER: message('yamlPropOrder'),
  RESOURCE_EXHAUSTION: message('yamlTooDeep', { max: MAX_DEPTH }),
};

function yamlMessage(code: string, raw: string, text: string, offset: number): GuidelinesMessage {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset, offset + 200))?.[0].trim().replace(/^["']|["']$/g, '');
    return key ? message('yamlDuplicateKey', { key }) : message('yamlDuplicateKeyUnnamed');
  }
  if (code === 'MISSING_CHAR') {
    if (/^Comments must be separated/.test(raw)) return message('yamlHashComment');
    if (/quote/i.test(raw)) return message('yamlQuoteNotClosed');
    if (/\]/.test(raw)) return message('yamlListNotClosed');
    if (/\}/.test(raw)) return message('yamlMappingNotClosed');
  }
  if (code === 'BAD_SCALAR_START') {
    // "Plain value cannot start with reserved character @": the character is the message's last word.
    const char = /cannot start with .*?(\S)$/.exec(raw)?.[1];
    if (char === undefined || /[a-z]/.test(char)) return message('yamlTabStart');
    if (char === ',') return message('yamlEmptyBetweenCommas');
    return message('yamlQuoteStart', { char });
  }
  if (code === 'TAG_RESOLVE_FAILED') {
    const tag = /Unresolved tag: (\S+)/.exec(raw)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!') ?? '';
    return message('yamlTagNotAllowed', { tag });
  }
  if (code === 'BAD_INDENT' && /Flow (sequence|map)/.test(raw)) {
    return message(/sequence/.test(raw) ? 'yamlListNotClosedOrIndent' : 'yamlMappingNotClosedOrIndent');
  }
  return (Object.hasOwn(YAML_MESSAGES, code) ? YAML_MESSAGES[code] : undefined) ?? message('asWritten', { detail: raw.split('\n')[0] ?? raw });
}

/** In YAML a # after a space starts a comment, so an unquoted hashtag silently vanishes: say so when it may have. */
function mayHideHashtag(text: string, starts: readonly number[], line: number | null): boolean {
  if (line === null) return false;
  const source = text.slice(starts[line - 1] ?? text.length, starts[line] ?? text.length);
  return /(^|[\s[,])#\w/.test(source) && !/["']#/.test(source);
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
      return fileProblem(message('nestedTooDeep', { max: MAX_DEPTH }), offset);
    }
    if (!control && ++count > MAX_TOKENS) {
      return fileProblem(message('tooManyParts', { max: MAX_TOKENS }), offset);
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

/** An error of the yaml package, as its own YAMLError would place it: from the token's start to its end. */
interface YamlError {
  code: string;
  raw: string;
  pos: [number, number];
}

function errorPos(source: Parameters<ComposerErrorHandler>[0]): [number, number] {
  if (typeof source === 'number') return [source, source + 1];
  if (Array.isArray(source)) return source;
  return [source.offset, source.offset + (source.source?.length ?? 1)];
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

type Composed = { doc: Document.Parsed; lineCounter: LineCounter; errors: YamlError[] } | { refused: Problem } | { errors: YamlError[]; stopped: boolean };

/**
 * What parseDocument does, in its parts, so that the text is lexed once (for the shape check and the parser) and
 * reading stops early: at a shape we refuse, and after MAX_YAML_ERRORS syntax errors (a file of 100,000 errors
 * once cost a YAMLParseError, with its stack trace, for each).
 */
function composeYaml(text: string): Composed {
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
  const errors: YamlError[] = [];
  const report: ComposerErrorHandler = (source, code, raw, warning) => {
    // An unknown tag (!!js/function, !foo) is kept as text by the yaml package, with a warning; we refuse it instead.
    if (warning && code !== 'TAG_RESOLVE_FAILED') return;
    errors.push({ code, raw, pos: errorPos(source) });
    if (errors.length >= MAX_YAML_ERRORS) throw STOP;
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
    return { errors, stopped: true };
  }
  if (!doc) return { errors, stopped: false };
  // The few errors the composer records without its handler (tokens the parser could not place).
  for (const error of doc.errors) errors.push({ code: error.code, raw: error.message, pos: error.pos });
  return { doc, lineCounter, errors };
}

/** The yaml package's errors in our words; a key indented deeper than its sibling makes two errors on the line above: one message, on the key's own line. */
function yamlProblems(text: string, errors: readonly YamlError[], problems: Problem[]): void {
  const overIndented = new Set<number>();
  for (const error of errors) {
    if (error.code !== 'MULTILINE_IMPLICIT_KEY') continue;
    const extra = overIndentedKey(text, error.pos[0], error.pos[1]);
    if (!extra) continue;
    overIndented.add(error.pos[0]);
    problems.push(extra);
  }
  for (const error of errors) {
    if ((error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'BLOCK_AS_IMPLICIT_KEY') && overIndented.has(error.pos[0])) continue;
    problems.push(fileProblem(yamlMessage(error.code, error.raw, text, error.pos[0]), error.pos[0]));
  }
}

function readYaml(text: string, problems: Problem[]): Read | null {
  const composed = composeYaml(text);
  if ('refused' in composed) {
    problems.push(composed.refused);
    return null;
  }
  // Without a position, so it comes first in the list: the errors listed are only the first of many.
  if ('stopped' in composed && composed.stopped) problems.push(fileProblem(message('yamlTooManyErrors', { max: MAX_YAML_ERRORS })));
  yamlProblems(text, composed.errors, problems);
  if (!('doc' in composed)) return null;
  const { doc, lineCounter } = composed;
  // A loop, not push(...list): a spread of 100,000 items overflows the stack.
  if (problems.length === 0) for (const problem of duplicateKeyProblems(doc, lineCounter)) problems.push(problem);
  if (problems.length > 0) return null;
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }), doc, lineCounter };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const alias = /Unresolved alias[^:]*: (\S+)/.exec(detail);
    const offset = firstAliasOffset(doc);
    problems.push(
      fileProblem(
        alias
          ? message('yamlAliasNoAnchor', { name: alias[1] as string })
          : /alias/i.test(detail)
            ? message('yamlTooManyAliases', { max: MAX_ALIASES })
            : message('yamlCouldNotRead', { detail }),
        offset,
      ),
    );
    return null;
  }
}

/** How many lines above a deeper key to look for the key it should line up with: bounds the work per error. */
const SIBLING_LOOKBACK = 50;
/** A line that starts a key: indentation, an optional "- ", the key, a colon then a space or the end of the line. */
const KEY_LINE = /^( *)((?:- +)?)([^\s#:][^#:\n]*?) *:(?:\s|$)/;

/**
 * "  name: Acme\n   website: …": to YAML, a key indented deeper than the key above it continues that key's value
 * ("Acme website"), which then reads as a key over two lines, and the yaml package reports the line above. The line
 * to fix is the deeper one: this names it, its key and the key it should line up with. `from` is where the yaml
 * package's error starts (the value above), `to` the colon after the deeper key. Null when it is not that case.
 */
function overIndentedKey(text: string, from: number, to: number): Problem | null {
  const keyStart = text.lastIndexOf('\n', to - 1) + 1;
  if (keyStart <= from) return null;
  const key = KEY_LINE.exec(text.slice(keyStart, Math.min(text.length, to + 2)));
  if (!key || key[2] !== '') return null;
  const indent = (key[1] as string).length;
  let lineEnd = text.lastIndexOf('\n', keyStart - 1);
  for (let looked = 0; lineEnd >= 0 && looked < SIBLING_LOOKBACK; looked++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const above = KEY_LINE.exec(text.slice(lineStart, lineEnd));
    lineEnd = lineStart - 1;
    if (!above) continue;
    const column = (above[1] as string).length + (above[2] as string).length;
    if (column >= indent) continue;
    const sibling = (above[3] as string).trim();
    return fileProblem(message('yamlExtraIndent', { key: (key[3] as string).trim(), column: indent + 1, sibling, siblingColumn: column + 1 }), keyStart + indent);
  }
  return null;
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
        else problems.push(fileProblem(message('duplicateKeyAtLine', { key, line: lineCounter.linePos(first).line }), offset));
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
    problems.push(fileProblem(message('jsonPrefix', { message: syntax.message }), syntax.offset));
    return null;
  }
  const value: unknown = JSON.parse(text);
  // Valid JSON is valid YAML (flow style): the same document gives the lines of every path. What YAML alone finds
  // wrong (a key over 1024 characters) costs only the lines; a file of too many parts is refused as in YAML.
  const composed = composeYaml(text);
  if ('refused' in composed) {
    problems.push(composed.refused);
    return null;
  }
  const clean = 'doc' in composed && composed.errors.length === 0;
  return { value, doc: clean ? composed.doc : null, lineCounter: 'doc' in composed ? composed.lineCounter : new LineCounter() };
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
          text: message('mergeKey'),
          dedupe: `${formatPath(path)}#<<`,
        });
      } else if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          at: [...path, key],
          path,
          text: message('reservedKey', { key }),
          dedupe: `${formatPath(path)}#${key}`,
        });
      } else stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules: ids against the registry, options against each rule's own schema.

function ruleProblems(value: Record<string, unknown>, registry: RuleRegistry, words: ZodWords): { errors: Problem[]; warnings: Problem[]; typos: Set<string> } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const typos = new Set<string>();
  const rules = value.rules;
  if (!isPlainObject(rules)) return { errors, warnings, typos };
  const known = Object.keys(registry);
  const entries = Object.keys(rules).length;
  if (entries > MAX_RULE_ENTRIES) {
    errors.push(problemAt(['rules'], message('tooManyRuleEntries', { count: entries, max: MAX_RULE_ENTRIES, known: known.length })));
    return { errors, warnings, typos };
  }
  for (const [id, setting] of Object.entries(rules)) {
    const rule = Object.hasOwn(registry, id) ? registry[id] : undefined;
    if (!rule) {
      const suggestion = didYouMean(id, known);
      if (suggestion) {
        // Close to a real id: almost surely a typo, and a typo would silently leave the rule as it was.
        typos.add(id);
        errors.push({ at: ['rules', id], path: ['rules'], text: unknownKeyMessage(id, known, 'rule'), dedupe: `rules#${id}` });
      } else {
        // Far from every id: more likely a rule of another version of Profile Coach. Refusing the whole file for
        // it would make a company file pushed to every browser fail on the ones not yet updated.
        warnings.push(problemAt(['rules', id], message('ruleFromOtherVersion', { id })));
      }
      continue;
    }
    if (!isPlainObject(setting) || !isPlainObject(setting.options)) continue;
    const schema = rule.meta.options;
    const merged = { ...(isPlainObject(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}), ...setting.options };
    const parsed = schema.safeParse(merged, { error: words.errorMap });
    if (!parsed.success) errors.push(...issuesToProblems(parsed.error.issues as unknown as ZodIssueLike[], schema, ['rules', id, 'options'], words));
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
      warnings.push(problemAt(['campaigns', index, 'end'], message('campaignEnded', { name: campaign.name, end: campaign.end })));
    }
  });
  for (const list of ['themes', 'sectors'] as const) {
    guidelines.strategy[list].forEach((theme, index) => {
      if (theme.keywords.length === 0) {
        warnings.push(problemAt(['strategy', list, index, 'keywords'], message('themeNoKeywords', { name: theme.name })));
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
        warnings.push(problemAt(['confidentiality', 'banned', index], message('bannedIsBrand', { term, brand: brandName })));
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
  const kept = located.slice(0, maxErrors).map(({ problem, position }): GuidelinesError => {
    let said = typeof problem.text === 'function' ? problem.text() : problem.text;
    let english = renderMessage(said);
    if (
      (english.startsWith('is empty') || problem.offset !== undefined) &&
      !english.includes('hashtag') &&
      mayHideHashtag(text, (starts ??= lineStarts(text)), position?.line ?? null)
    ) {
      said = message('hashtagHint', { message: said });
      english = renderMessage(said);
    }
    return { path: formatPath(problem.path), line: position?.line ?? null, column: position?.column ?? null, message: english, text: said };
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
    return fileProblem(message('nulCharacters'), nul);
  }
  const replacement = text.indexOf('\uFFFD');
  if (replacement !== -1) {
    return fileProblem(message('unreadableCharacters'), replacement);
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
    return failure([fileProblem(message('fileEmpty'))], null, text, maxErrors);
  }

  const format = options.format ?? formatOf(options.fileName);
  const problems: Problem[] = [];
  const read = format === 'json' ? readJson(text, problems) : readYaml(text, problems);
  if (!read) return failure(problems, null, text, maxErrors);

  const { value } = read;
  if ((value === null || value === undefined) && (format === 'json' || isScalar(read.doc?.contents))) {
    return failure([fileProblem(message('fileNull'))], read, text, maxErrors);
  }
  if (value === null || value === undefined) {
    return failure([fileProblem(message('fileOnlyComments'))], read, text, maxErrors);
  }
  if (!isPlainObject(value)) {
    const type = typeof value === 'string' ? message('typeText') : typeof value === 'boolean' ? message('typeBoolean') : message('typeNumber');
    const kind = Array.isArray(value) ? message('kindList') : message('kindSingleValue', { type });
    return failure([fileProblem(message('fileNotMapping', { kind }))], read, text, maxErrors);
  }

  const forbidden = forbiddenKeyProblems(value);
  if (forbidden.length > 0) return failure(forbidden, read, text, maxErrors);

  const words = zodWords();
  const rules = ruleProblems(value, options.rules, words);
  const parsed = GuidelinesSchema.safeParse(value, { error: words.errorMap });
  const schemaProblems = parsed.success
    ? []
    : issuesToProblems(parsed.error.issues as unknown as ZodIssueLike[], GuidelinesSchema, [], words).filter(
        // A typo'd rule id is reported once, with its did-you-mean, not again as a badly formed key.
        (problem) => !(problem.path[0] === 'rules' && problem.path.length === 2 && rules.typos.has(String(problem.path[1]))),
      );
  const errors = [...schemaProblems, ...rules.errors];
  if (!parsed.success || errors.length > 0) return failure(errors, read, text, maxErrors);

  const { errors: warnings, omitted } = finish([...rules.warnings, ...guidelinesWarnings(parsed.data, options.now ?? new Date())], read, text, maxErrors);
  if (omitted > 0) warnings.push(fileError(omitted === 1 ? message('moreWarningsOne') : message('moreWarnings', { count: omitted })));
  return { ok: true, guidelines: parsed.data, warnings };
}

/** Parses guidelines text. Never throws: whatever the text, the answer is guidelines or errors with a message. */
export function parseGuidelines(text: string, options: ParseOptions): ParseResult {
  try {
    if (typeof text !== 'string') return { ok: false, errors: [fileError(message('notText'))], omitted: 0 };
    return parseUnsafe(text, options);
  } catch (error) {
    // A safety net for a bug of ours: the person still gets one line, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [fileError(message('readFailed', { detail: detail.slice(0, 200) }))], omitted: 0 };
  }
}
