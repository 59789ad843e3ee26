/**
 * @file Reading the text: YAML (through the `yaml` package's lexer and composer, with every cost bounded) or JSON
 * (checked by json-syntax.ts, then composed as YAML for the lines) into a value, its document and the line of any
 * path. Syntax only: the value's shape is checked elsewhere (parse-zod.ts, parse-checks.ts).
 */
import { Composer, type Document, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, type Node as YamlNode, Parser, type YAMLMap } from 'yaml';
import { checkJsonSyntax } from './json-syntax';
import { type GuidelinesMessage, message } from './messages';
import { fileProblem, type Problem } from './parse-problems';
import { MAX_ALIASES, MAX_DEPTH, MAX_TOKENS, MAX_YAML_ERRORS } from './parse-types';

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
export function mayHideHashtag(text: string, starts: readonly number[], line: number | null): boolean {
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

export interface Read {
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

export function readYaml(text: string, problems: Problem[]): Read | null {
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

export function readJson(text: string, problems: Problem[]): Read | null {
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
export function offsetOf(doc: Document.Parsed | null, path: readonly PropertyKey[]): number | undefined {
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
