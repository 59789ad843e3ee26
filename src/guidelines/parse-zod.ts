/**
 * @file zod's issues in plain words, with a did-you-mean for unknown keys from the schema's own shape. It reads the
 * issues zod gives; it does not run the schema (parse.ts does).
 */
import { didYouMean } from './did-you-mean';
import { type GuidelinesMessage, message, type MessageValue, orList, renderMessage, schemaText } from './messages';
import { formatPath, type Problem, problemAt } from './parse-problems';

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
export interface ZodWords {
  errorMap: (raw: unknown) => string | undefined;
  textOf: (issue: { message: string; params?: unknown }) => GuidelinesMessage;
}

export function zodWords(): ZodWords {
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

export interface ZodIssueLike {
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

export function unknownKeyMessage(key: string, allowed: readonly string[], what: 'key' | 'rule' = 'key'): () => GuidelinesMessage {
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

export function issuesToProblems(issues: readonly ZodIssueLike[], schema: unknown, prefix: readonly PropertyKey[], words: ZodWords): Problem[] {
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
