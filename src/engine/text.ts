/**
 * @file Finds the guidelines' terms in profile text: whole words, ignoring case and accents, tolerant of plurals and
 * common inflections in English, French, Dutch and German. No regular expression is ever built from a term: terms become
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

/** Lower case, accents (and so umlauts) and ligatures removed, typographic apostrophes straightened, ß as ss. */
export function fold(text: string): string {
  // Most words are plain ASCII: skip Unicode normalisation for them (it is most of tokenizing's cost).
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/’/g, "'").replace(/ß/g, 'ss');
}

/**
 * A light stemmer for matching, not for linguistics: it only has to map "clients", "client's", "klanten",
 * "bureaux", "consulting", "consulted", "Lösungen" and "Märkten" onto the same stem as their base word. Umlauts are
 * folded before ("Märkte" meets "Markt"). Short words are left alone.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/^[a-z]'(?=\p{L}{2})/u, ''); // client's → client; l'innovation → innovation
  if (w.length <= 3) return w;
  // Plurals first…
  if (/(?:ch|sh|ss|x|z)es$/.test(w)) w = w.slice(0, -2); // approaches → approach
  else if (w.endsWith('eaux')) w = w.slice(0, -1); // fr: réseaux → réseau
  else if (w.endsWith('aux') && w.length > 4) w = `${w.slice(0, -3)}al`; // fr: canaux → canal
  else if (/[aeiou]ux$/.test(w)) w = w.slice(0, -1); // fr: bureaux → bureau
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1); // clients → client; de: Unternehmens
  else if (w.length > 6 && w.endsWith('innen')) w = w.slice(0, -3); // de: Kundinnen → Kundin
  if (w.length > 5 && /[^aeiou]en$/.test(w)) w = w.slice(0, -2); // nl: klanten → klant; de: Lösungen → Lösung
  // …then inflections, so that "oplossingen" and "oplossing" meet.
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3); // consulting → consult
  else if (w.length > 5 && /[^e]ed$/.test(w)) w = w.slice(0, -2); // consulted → consult
  if (w.length > 6 && /(?:ie|er)n$/.test(w)) w = w.slice(0, -1); // de: Energien → Energie, Partnern → Partner
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
  /** Order among the matches found at one word: whole-word terms as written, then one-word prefixes as written. */
  rank: number;
}

/** Prefixes of a word, one character per level, so a word is compared with every prefix term in one walk. */
interface CharNode {
  next: Map<string, CharNode>;
  /** One-word prefix terms (or the last word of a phrase) that end at this character. */
  terms: CompiledTerm[];
}

/** Terms word by word: the terms that end at a node, and the prefixes that may follow its words. */
interface WordNode {
  next: Map<string, WordNode>;
  terms: CompiledTerm[];
  prefixes: CharNode | null;
}

const charNode = (): CharNode => ({ next: new Map(), terms: [] });
const wordNode = (): WordNode => ({ next: new Map(), terms: [], prefixes: null });

/**
 * Compiles a list of terms once; `find` then looks for all of them in one pass over a text. Terms are held in a
 * tree of words (and their `*` prefixes in a tree of characters), so the work per word of the text depends on the
 * length of the terms, never on how many there are: 100,000 prefix terms cost what ten do.
 */
export class Matcher {
  readonly #root = wordNode();
  readonly size: number;

  constructor(terms: readonly string[]) {
    // Terms that compile alike ("energy" and "énergie", a name listed again as its official spelling) would
    // report every occurrence once per copy: the first one written stands for them all.
    const compiledAlready = new Set<string>();
    const compiled: CompiledTerm[] = [];
    for (const term of terms) {
      const prefix = /\*\s*$/.test(term);
      const tokens = tokenize(term.replace(/\*\s*$/, ''));
      if (tokens.length === 0) continue;
      const words = tokens.map((token, index) => (prefix && index === tokens.length - 1 ? token.folded : token.stem));
      const key = `${prefix ? '*' : ''}${words.join(' ')}`;
      if (compiledAlready.has(key)) continue;
      compiledAlready.add(key);
      compiled.push({ term, words, prefix, rank: 0 });
    }
    // One-word prefix terms come after the others at a word, as when they were scanned in a list of their own.
    const single = (item: CompiledTerm) => item.prefix && item.words.length === 1;
    let rank = 0;
    for (const item of compiled) if (!single(item)) item.rank = rank++;
    for (const item of compiled) if (single(item)) item.rank = rank++;
    for (const item of compiled) this.#add(item);
    this.size = compiled.length;
  }

  #add(compiled: CompiledTerm): void {
    const { words, prefix } = compiled;
    let node = this.#root;
    const whole = prefix ? words.length - 1 : words.length;
    for (let k = 0; k < whole; k += 1) {
      const word = words[k] as string;
      let next = node.next.get(word);
      if (!next) {
        next = wordNode();
        node.next.set(word, next);
      }
      node = next;
    }
    if (!prefix) {
      node.terms.push(compiled);
      return;
    }
    node.prefixes ??= charNode();
    let char = node.prefixes;
    const last = words[words.length - 1] as string;
    // By UTF-16 unit, as `collectPrefixes` walks a word (and as `startsWith` compared them).
    for (let j = 0; j < last.length; j += 1) {
      const letter = last.charAt(j);
      let next = char.next.get(letter);
      if (!next) {
        next = charNode();
        char.next.set(letter, next);
      }
      char = next;
    }
    char.terms.push(compiled);
  }

  /** Every match, in text order; overlapping matches of different terms are all kept. */
  find(text: string, tokens: readonly Token[] = tokenize(text)): Match[] {
    const matches: Match[] = [];
    if (this.size === 0) return matches;
    const here: CompiledTerm[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      let node: WordNode | undefined = this.#root;
      for (let k = i; node && k < tokens.length; k += 1) {
        const token = tokens[k] as Token;
        if (node.prefixes) collectPrefixes(node.prefixes, token.folded, here);
        node = node.next.get(token.stem);
        if (node) for (const compiled of node.terms) here.push(compiled);
      }
      if (here.length === 0) continue;
      if (here.length > 1) here.sort((a, b) => a.rank - b.rank);
      for (const compiled of here) matches.push(this.#match(compiled, text, tokens, i));
      here.length = 0;
    }
    return matches;
  }

  has(text: string, tokens?: readonly Token[]): boolean {
    return this.find(text, tokens).length > 0;
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

/** The prefix terms `word` starts with, by walking its characters down the tree (no deeper than the longest term). */
function collectPrefixes(root: CharNode, word: string, into: CompiledTerm[]): void {
  let node: CharNode | undefined = root;
  for (let j = 0; j < word.length; j += 1) {
    node = node.next.get(word.charAt(j));
    if (!node) return;
    for (const compiled of node.terms) into.push(compiled);
  }
}

/**
 * Pairs of matches from two lists that lie within `words` words of each other (e.g. a competitor and a jibe), in
 * the order of `a`, then of `b`. One pass over both lists sorted by position: each match of `a` looks only at the
 * matches of `b` that start within reach, so the work grows with the text and the pairs, not with their product.
 */
export function near(a: readonly Match[], b: readonly Match[], words: number): Array<[Match, Match]> {
  if (a.length === 0 || b.length === 0) return [];
  const aOrder = byPosition(a);
  const bOrder = byPosition(b);
  // A match of `b` that ends within reach may start before it by its own length, at most the longest one's.
  let longest = 0;
  for (const match of b) longest = Math.max(longest, match.lastToken - match.firstToken);
  const pairs: Array<[number, number]> = [];
  let from = 0;
  for (const ia of aOrder) {
    const left = a[ia] as Match;
    const lowest = left.firstToken - words - longest;
    while (from < bOrder.length && (b[bOrder[from] as number] as Match).firstToken < lowest) from += 1;
    for (let k = from; k < bOrder.length; k += 1) {
      const ib = bOrder[k] as number;
      const right = b[ib] as Match;
      if (right.firstToken > left.lastToken + words) break;
      const gap = right.firstToken > left.lastToken ? right.firstToken - left.lastToken : left.firstToken - right.lastToken;
      if (gap <= words) pairs.push([ia, ib]);
    }
  }
  // In the order of the lists as given (already so when both were in text order).
  if (!isIdentity(aOrder) || !isIdentity(bOrder)) pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return pairs.map(([ia, ib]) => [a[ia] as Match, b[ib] as Match]);
}

/** Indexes of `matches` by first word, ties in the order given. */
function byPosition(matches: readonly Match[]): number[] {
  const order = matches.map((_, index) => index);
  for (let index = 1; index < matches.length; index += 1) {
    if ((matches[index] as Match).firstToken < (matches[index - 1] as Match).firstToken) {
      return order.sort((x, y) => (matches[x] as Match).firstToken - (matches[y] as Match).firstToken || x - y);
    }
  }
  return order;
}

function isIdentity(order: readonly number[]): boolean {
  return order.every((value, index) => value === index);
}
