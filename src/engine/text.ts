/**
 * @file Finds the guidelines' terms in profile text: whole words, ignoring case and accents, tolerant of plurals and
 * common inflections in English, French and Dutch. No regular expression is ever built from a term: terms become
 * lists of word stems compared with the text's word stems, so matching costs one pass over the text whatever the
 * terms say. A trailing `*` on a term's last word matches any ending ("cloud*" finds "cloudnative").
 */

export interface Token {
  /** The folded, stemmed word used for comparison. */
  stem: string;
  /** The folded word before stemming (for `*` prefixes). */
  folded: string;
  /** Offsets of the word in the original text, for highlighting evidence. */
  start: number;
  end: number;
}

export interface Match {
  /** The term as the guidelines wrote it. */
  term: string;
  /** The words found, as written in the text. */
  text: string;
  start: number;
  end: number;
  /** Index of the first and last token matched. */
  firstToken: number;
  lastToken: number;
}

/** Letters and digits, with inner apostrophes, hyphens kept apart ("co-founder" is two words). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[ -~]*$/; // printable ASCII (control characters take the slow path, which is fine)

/** Lower case, accents and ligatures removed, typographic apostrophes straightened. */
export function fold(text: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them (it is most of tokenizing's cost).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/’/g, "'");
}

/**
 * A light stemmer for matching, not for linguistics: it only has to map "clients", "client's", "klanten",
 * "bureaux", "consulting" and "consulted" onto the same stem as their base word. Short words are left alone.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/^[a-z]'(?=\p{L}{2})/u, ''); // client's → client; l'innovation → innovation
  if (w.length <= 3) return w;
  // Plurals first…
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) w = w.slice(0, -2); // approaches → approach
  else if (w.endsWith('eaux')) w = w.slice(0, -1); // fr: réseaux → réseau
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`; // fr: canaux → canal
  else if (/[aeiou]ux$/.test(w)) w = w.slice(0, -1); // fr: bureaux → bureau
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1); // clients → client
  else if (w.length > 5 && /[^aeiou]en$/.test(w)) w = w.slice(0, -2); // nl: klanten → klant, oplossingen → oplossing
  // …then inflections, so that "oplossingen" and "oplossing" meet.
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3); // consulting → consult
  else if (w.length > 5 && /[^e]ed$/.test(w)) w = w.slice(0, -2); // consulted → consult
  if (w.length > 3 && /(?:ie|y)$/.test(w)) w = w.replace(/(?:ie|y)$/, 'i'); // company/companies, énergie/energy → …i
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1); // manage/managed → manag; service/services → servic
  return w;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = fold(match[0]);
    tokens.push({ stem: stem(folded), folded, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

interface CompiledTerm {
  term: string;
  /** Stems to compare, one per word; the last may be a prefix. */
  words: string[];
  prefix: boolean;
}

/** Compiles a list of terms once; `find` then looks for all of them in one pass over a text. */
export class Matcher {
  readonly #byFirstWord = new Map<string, CompiledTerm[]>();
  readonly #prefixed: CompiledTerm[] = [];
  readonly size: number;

  constructor(terms: readonly string[]) {
    let size = 0;
    // Terms that compile alike ("energy" and "énergie", a name listed again as its official spelling) would
    // report every occurrence once per copy: the first one written stands for them all.
    const compiledAlready = new Set<string>();
    for (const term of terms) {
      const prefix = /\*\s*$/.test(term);
      const tokens = tokenize(term.replace(/\*\s*$/, ''));
      if (tokens.length === 0) continue;
      const words = tokens.map((token, index) => (prefix && index === tokens.length - 1 ? token.folded : token.stem));
      const key = `${prefix ? '*' : ''}${words.join(' ')}`;
      if (compiledAlready.has(key)) continue;
      compiledAlready.add(key);
      const compiled = { term, words, prefix };
      size += 1;
      if (prefix && words.length === 1) {
        this.#prefixed.push(compiled);
        continue;
      }
      const first = words[0] as string;
      const list = this.#byFirstWord.get(first);
      if (list) list.push(compiled);
      else this.#byFirstWord.set(first, [compiled]);
    }
    this.size = size;
  }

  /** Every match, in text order; overlapping matches of different terms are all kept. */
  find(text: string, tokens: readonly Token[] = tokenize(text)): Match[] {
    const matches: Match[] = [];
    if (this.size === 0) return matches;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      for (const compiled of this.#byFirstWord.get(token.stem) ?? []) {
        if (this.#matchesAt(compiled, tokens, i)) matches.push(this.#match(compiled, text, tokens, i));
      }
      for (const compiled of this.#prefixed) {
        if (token.folded.startsWith(compiled.words[0] as string)) matches.push(this.#match(compiled, text, tokens, i));
      }
    }
    return matches;
  }

  has(text: string, tokens?: readonly Token[]): boolean {
    return this.find(text, tokens).length > 0;
  }

  #matchesAt(compiled: CompiledTerm, tokens: readonly Token[], at: number): boolean {
    const { words, prefix } = compiled;
    if (at + words.length > tokens.length) return false;
    for (let k = 1; k < words.length; k += 1) {
      const token = tokens[at + k] as Token;
      const word = words[k] as string;
      const last = k === words.length - 1;
      if (last && prefix ? !token.folded.startsWith(word) : token.stem !== word) return false;
    }
    return true;
  }

  #match(compiled: CompiledTerm, text: string, tokens: readonly Token[], at: number): Match {
    const first = tokens[at] as Token;
    const last = tokens[at + compiled.words.length - 1] as Token;
    return {
      term: compiled.term,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      firstToken: at,
      lastToken: at + compiled.words.length - 1,
    };
  }
}

/** Pairs of matches from two lists that lie within `words` words of each other (e.g. a competitor and a jibe). */
export function near(a: readonly Match[], b: readonly Match[], words: number): Array<[Match, Match]> {
  const pairs: Array<[Match, Match]> = [];
  for (const left of a) {
    for (const right of b) {
      const gap = right.firstToken > left.lastToken ? right.firstToken - left.lastToken : left.firstToken - right.lastToken;
      if (gap <= words) pairs.push([left, right]);
    }
  }
  return pairs;
}
