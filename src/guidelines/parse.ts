/**
 * @file Reads a guidelines file (YAML or JSON text) into validated guidelines, or into plain-language errors that
 * each name a path and a line ("brand.handles.x[1]: must start with @ (line 12)"), plus warnings for things that
 * are valid but probably not meant. It never throws, never runs anything the file says (no custom tags, no
 * regular expressions from terms) and bounds every cost (size, nesting, aliases, number of errors). It does not
 * read files or storage (see store.ts and src/cli/check-guidelines.ts).
 *
 * Split at its seams, this file puts the steps together in order and keeps the public API: parse-types.ts (shapes
 * and caps), parse-text.ts (YAML and JSON syntax, lines), parse-zod.ts (schema issues in plain words),
 * parse-checks.ts (forbidden keys, rule options, warnings) and parse-problems.ts (errors and how they print).
 */
import { isScalar } from 'yaml';
import { lineStarts, positionOf } from './json-syntax';
import { message, renderMessage } from './messages';
import { forbiddenKeyProblems, guidelinesWarnings, ruleProblems, stageProblems } from './parse-checks';
import { fileError, fileProblem, formatPath, isPlainObject, type Problem, sizeError } from './parse-problems';
import { mayHideHashtag, offsetOf, type Read, readJson, readYaml } from './parse-text';
import { formatOf, type GuidelinesError, MAX_ERRORS, MAX_FILE_BYTES, type ParseOptions, type ParseResult } from './parse-types';
import { issuesToProblems, type ZodIssueLike, zodWords } from './parse-zod';
import { GuidelinesSchema } from './schema';

export type { GuidelinesError, GuidelinesFormat, GuidelinesWarning, ParseOptions, ParseResult, RuleOptionsSpec, RuleRegistry } from './parse-types';
export { formatOf, MAX_ALIASES, MAX_DEPTH, MAX_ERRORS, MAX_FILE_BYTES, MAX_RULE_ENTRIES, MAX_TOKENS, MAX_YAML_ERRORS } from './parse-types';
export { fileError, formatError, formatErrors, formatPath, formatSize, sizeError } from './parse-problems';
export { allowedKeysAt } from './parse-zod';
export { formatErrorIn } from './messages';

/** The problems as the caller sees them: each once, with its line, sorted by line, at most `maxErrors`. */
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
  const errors = [...schemaProblems, ...rules.errors, ...stageProblems(value, options.rules)];
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
