/**
 * @file Checks JSON syntax and says what is wrong in plain words, at an exact offset: a missing comma, a trailing
 * comma, single quotes, a duplicate key, nesting too deep. Browsers word `JSON.parse` errors differently (and some
 * give no position), so the extension and the command line would disagree; this scanner gives one wording
 * everywhere. It builds no value: once it passes, `JSON.parse` does. No recursion, no regular expression over the
 * input, so no file can exhaust the stack or backtrack. Its messages are ids with values (messages.ts), worded by
 * the caller in the reader's language.
 */
import { type GuidelinesMessage, message } from './messages';

export interface JsonSyntaxError {
  /** Offset in the text where the problem is seen. */
  offset: number;
  message: GuidelinesMessage;
}

type Frame =
  | { kind: 'object'; keys: Map<string, number>; state: 'key-or-end' | 'key' | 'colon' | 'comma-or-end' }
  | { kind: 'array'; state: 'value-or-end' | 'value' | 'comma-or-end' };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function describe(char: string | undefined): GuidelinesMessage {
  if (char === undefined) return message('foundEndOfFile');
  if (char === '\n' || char === '\r') return message('foundEndOfLine');
  if (char === '"') return message('foundQuote');
  return message('foundChar', { char });
}

/** Offsets of line starts, for turning an offset into a line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset. */
export function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

/** Returns the first syntax error, or null when the text is one well-formed JSON value. */
export function checkJsonSyntax(text: string, maxDepth: number): JsonSyntaxError | null {
  const stack: Frame[] = [];
  let i = 0;
  let done = false;

  const skipWhitespace = () => {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
  };

  /** Reads a string starting at the opening quote; returns its raw text, or an error. */
  const readString = (): string | JsonSyntaxError => {
    const start = i;
    i++;
    while (i < text.length) {
      const char = text[i] as string;
      if (char === '"') {
        i++;
        return text.slice(start, i);
      }
      if (char === '\n' || char === '\r') {
        return { offset: i, message: message('jsonQuoteOpenAtLineEnd') };
      }
      if (char < ' ') return { offset: i, message: message('jsonControlInQuotes') };
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: message('jsonBadUnicodeEscape') };
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          return { offset: i, message: message('jsonBadEscape', { char: next ?? '' }) };
        }
        i += 2;
        continue;
      }
      i++;
    }
    return { offset: start, message: message('jsonQuoteNotClosed') };
  };

  /** Reads a number, true, false or null; returns an error if none is there. */
  const readLiteral = (): JsonSyntaxError | null => {
    const start = i;
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    if (text[i] === '-') i++;
    const digitsStart = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    if (i === digitsStart) {
      i = start;
      return unexpectedValue();
    }
    if (text[digitsStart] === '0' && i - digitsStart > 1) return { offset: start, message: message('jsonLeadingZero') };
    if (text[i] === '.') {
      i++;
      const fraction = i;
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
      if (i === fraction) return { offset: i, message: message('jsonFractionDigits') };
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      const exponent = i;
      while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
      if (i === exponent) return { offset: i, message: message('jsonExponentDigits') };
    }
    return null;
  };

  const unexpectedValue = (): JsonSyntaxError => {
    const char = text[i];
    if (char === "'") return { offset: i, message: message('jsonSingleQuotes') };
    if (char === undefined) return { offset: i, message: message('jsonEndsBeforeValue') };
    if (/[A-Za-z_]/.test(char)) {
      return { offset: i, message: message('jsonBareWord') };
    }
    return { offset: i, message: message('jsonExpectedValue', { found: describe(char) }) };
  };

  /** Marks a value as read in the enclosing container. */
  const afterValue = () => {
    const top = stack[stack.length - 1];
    if (top === undefined) done = true;
    else top.state = 'comma-or-end';
  };

  /** Reads a value at `i`; containers are pushed and finished later by the main loop. */
  const readValue = (): JsonSyntaxError | null => {
    const char = text[i];
    if (char === '{' || char === '[') {
      if (stack.length >= maxDepth) return { offset: i, message: message('jsonTooDeep', { max: maxDepth }) };
      stack.push(char === '{' ? { kind: 'object', keys: new Map(), state: 'key-or-end' } : { kind: 'array', state: 'value-or-end' });
      i++;
      return null;
    }
    if (char === '"') {
      const read = readString();
      if (typeof read !== 'string') return read;
      afterValue();
      return null;
    }
    const error = readLiteral();
    if (error) return error;
    afterValue();
    return null;
  };

  skipWhitespace();
  if (i === text.length) return { offset: 0, message: message('jsonEmpty') };
  const first = readValue();
  if (first) return first;

  while (true) {
    skipWhitespace();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (!done) return { offset: i, message: message('jsonEndsBeforeValue') };
      if (i < text.length) return { offset: i, message: message('jsonAfterEnd', { found: describe(text[i]) }) };
      return null;
    }
    const char = text[i];
    if (char === undefined) {
      return { offset: i, message: message(top.kind === 'object' ? 'jsonObjectNotClosed' : 'jsonArrayNotClosed') };
    }
    if (top.kind === 'array') {
      if (top.state === 'comma-or-end') {
        if (char === ',') {
          top.state = 'value';
          i++;
        } else if (char === ']') {
          stack.pop();
          i++;
          afterValue();
        } else {
          return { offset: i, message: message('jsonExpectedCommaInList', { found: describe(char) }) };
        }
        continue;
      }
      if (char === ']') {
        if (top.state === 'value') return { offset: i, message: message('jsonTrailingCommaInList') };
        stack.pop();
        i++;
        afterValue();
        continue;
      }
      const error = readValue();
      if (error) return error;
      continue;
    }
    // An object.
    switch (top.state) {
      case 'key-or-end':
      case 'key': {
        if (char === '}') {
          if (top.state === 'key') return { offset: i, message: message('jsonTrailingCommaInObject') };
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (char !== '"') {
          if (char === "'") return { offset: i, message: message('jsonSingleQuoteKey') };
          return { offset: i, message: message('jsonExpectedKey', { found: describe(char) }) };
        }
        const start = i;
        const raw = readString();
        if (typeof raw !== 'string') return raw;
        const key = JSON.parse(raw) as string;
        const seen = top.keys.get(key);
        if (seen !== undefined) {
          const line = positionOf(lineStarts(text), seen).line;
          return { offset: start, message: message('jsonDuplicateKey', { key, line }) };
        }
        top.keys.set(key, start);
        top.state = 'colon';
        continue;
      }
      case 'colon':
        if (char !== ':') return { offset: i, message: message('jsonExpectedColon', { found: describe(char) }) };
        i++;
        skipWhitespace();
        {
          // The value; a container's own frame takes over, a scalar sets this frame to comma-or-end.
          const error = readValue();
          if (error) return error;
        }
        continue;
      case 'comma-or-end':
        if (char === ',') {
          top.state = 'key';
          i++;
        } else if (char === '}') {
          stack.pop();
          i++;
          afterValue();
        } else {
          return { offset: i, message: message('jsonExpectedCommaInObject', { found: describe(char) }) };
        }
        continue;
    }
  }
}
