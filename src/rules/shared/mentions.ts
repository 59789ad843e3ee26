/**
 * @file Finds who a text names: @handles as whole handles, the company's name in prose (not inside a hashtag, handle,
 * address or retired name), and whether two mentions sit close together in one sentence. Shared by the rules that
 * read names; it judges nothing. The patterns here are fixed: nothing from the guidelines becomes a pattern.
 */
import type { Matchers } from '../../engine/matchers';
import { type Match, near, type Token } from '../../engine/text';

export interface HandleMention {
  /** As written, with the @. */
  handle: string;
  start: number;
  end: number;
}

/** An @ not glued to a word before it (so no e-mail address), then 1 to 15 handle characters and no more. */
const HANDLE = /(?<![\p{L}\p{N}_@.])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/gu;

/** The whole @handles written in `text`, or only those among `handles` (compared case-insensitively). */
export function handleMentions(text: string, handles?: readonly string[]): HandleMention[] {
  if (handles !== undefined && handles.length === 0) return [];
  if (!text.includes('@')) return [];
  const wanted = handles ? new Set(handles.map((handle) => handle.toLowerCase())) : null;
  const found: HandleMention[] = [];
  for (const match of text.matchAll(HANDLE)) {
    if (wanted && !wanted.has(match[0].toLowerCase())) continue;
    found.push({ handle: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The first token starting at or after `offset` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Handle mentions as matches with token positions, so they can be measured with `near` like names. */
export function handleMatches(text: string, tokens: readonly Token[], handles: readonly string[], term?: string): Match[] {
  const matches: Match[] = [];
  for (const mention of handleMentions(text, handles)) {
    const first = tokenAt(tokens, mention.start);
    // "@_" has no word in it: nothing to measure distances from.
    if (first >= tokens.length || (tokens[first] as Token).start >= mention.end) continue;
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).end <= mention.end) last += 1;
    matches.push({
      term: term ?? mention.handle,
      text: mention.handle,
      start: mention.start,
      end: mention.end,
      firstToken: first,
      lastToken: last,
    });
  }
  return matches;
}

const SPACE = /\s/;
const OPENING = /^[([{«“‘"'¿¡]+/u;
const CLOSING = /[)\]}»”’"'.,;:!?…]+$/u;

/**
 * Whether the whitespace-delimited run around [start, end) is a hashtag, a handle, an e-mail or web address
 * ("#Brightwave", "@Brightwave_Systems", "ada@brightwave.example", "brightwave.example/team"): a name there is
 * part of an address, not written out in prose.
 */
export function isInsideAddress(text: string, start: number, end: number): boolean {
  const [from, to] = runAround(text, start, end);
  return isAddress(text, from, to);
}

/** The whitespace-delimited run around [start, end). */
function runAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SPACE.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !SPACE.test(text.charAt(to))) to += 1;
  return [from, to];
}

function isAddress(text: string, from: number, to: number): boolean {
  const run = text.slice(from, to).replace(OPENING, '').replace(CLOSING, '');
  return (
    run.startsWith('#') ||
    run.includes('@') ||
    run.includes('://') ||
    // A dot between a letter or digit and a letter: a domain ("brightwave.example"), not a sentence end.
    /[\p{L}\p{N}]\.\p{L}/u.test(run)
  );
}

/**
 * The company's name as written in prose: the longest match at each place (so "Brightwave Systems" is one
 * mention, not also "Brightwave"), leaving out names inside hashtags, handles and addresses, and names that are
 * part of a retired name ("Brightwave Data Solutions" is the retired-name rules' business).
 */
export function brandMentions(text: string, matchers: Matchers): Match[] {
  if (matchers.brand.size === 0) return [];
  const tokens = matchers.tokens(text);
  const all = matchers.brand.find(text, tokens);
  if (all.length === 0) return [];
  const retired = matchers.retiredNames.find(text, tokens);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // Words that are part of a retired name, marked once (matches overlap exactly when they share a word).
  const inRetired = new Uint8Array(retired.length > 0 ? tokens.length : 0);
  for (const name of retired) inRetired.fill(1, name.firstToken, name.lastToken + 1);
  const mentions: Match[] = [];
  let reached = -1;
  // The run around the last mention and whether it is an address: a run without spaces full of names (a 100 KB
  // "Brightwave,Brightwave,…") is read once, not once per name.
  let run: [number, number, boolean] = [-1, -1, false];
  for (const match of all) {
    if (match.start < reached) continue;
    reached = match.end;
    if (retired.length > 0 && inRetired.subarray(match.firstToken, match.lastToken + 1).includes(1)) continue;
    if (!(run[0] <= match.start && match.end <= run[1])) {
      const [from, to] = runAround(text, match.start, match.end);
      run = [from, to, isAddress(text, from, to)];
    }
    if (run[2]) continue;
    mentions.push(match);
  }
  return mentions;
}

/** Sentence and list separators: two mentions on either side of one are not "near" each other. */
const BREAK = /[.!?;|·•\n\r]/;

/** Whether a sentence or list separator lies between two matches (nothing lies between overlapping ones). */
export function breakBetween(text: string, a: Match, b: Match): boolean {
  const [left, right] = a.start <= b.start ? [a, b] : [b, a];
  return right.start > left.end && BREAK.test(text.slice(left.end, right.start));
}

const BREAK_CODES = new Set([...'.!?;|·•\n\r'].map((char) => char.charCodeAt(0)));
const sentences = new WeakMap<readonly Token[], Int32Array>();

/**
 * For each word of a text, how many sentence and list separators come before it: two matches lie in one sentence
 * when their words have the same count. Computed once per text in one pass (separators never sit inside a word),
 * so comparing many pairs costs nothing more, where slicing the text between each pair grew with their distance.
 */
export function sentenceIndex(text: string, tokens: readonly Token[]): Int32Array {
  let index = sentences.get(tokens);
  if (index) return index;
  index = new Int32Array(tokens.length);
  let count = 0;
  let at = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    for (; at < token.start; at += 1) if (BREAK_CODES.has(text.charCodeAt(at))) count += 1;
    index[k] = count;
    at = token.end;
  }
  sentences.set(tokens, index);
  return index;
}

/** Whether a separator lies between two matches of the text `sentence` was computed for (as `breakBetween`). */
export function breakBetweenWords(sentence: Int32Array, a: Match, b: Match): boolean {
  const [left, right] = a.firstToken <= b.firstToken ? [a, b] : [b, a];
  return right.firstToken > left.lastToken && sentence[right.firstToken] !== sentence[left.lastToken];
}

/** Pairs of matches from `a` and `b` within `words` words of each other in one sentence (a role and the company). */
export function nearInSentence(text: string, a: readonly Match[], b: readonly Match[], words: number): Array<[Match, Match]> {
  return near(a, b, words).filter(([left, right]) => !breakBetween(text, left, right));
}
