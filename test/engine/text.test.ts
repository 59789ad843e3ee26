import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, Matcher, near, stem, tokenize } from '../../src/engine/text';

const found = (terms: string[], text: string) => new Matcher(terms).find(text).map((match) => match.text);

describe('fold', () => {
  it('drops case, accents and ligatures and straightens apostrophes', () => {
    expect(fold('Énergie ŒUVRE Straße l’IA')).toBe("energie œuvre strasse l'ia");
    expect(fold('ﬁnance')).toBe('finance');
  });
});

describe('stem', () => {
  it.each([
    ['clients', 'client'],
    ["client's", 'client'],
    ['companies', 'compani'],
    ['company', 'compani'],
    ['energies', 'energi'],
    ['applied', 'appli'],
    ['reseaux', 'reseau'],
    ['approaches', 'approach'],
    ['bureaux', 'bureau'],
    ['canaux', 'canal'],
    ['klanten', 'klant'],
    ['oplossingen', 'oploss'],
    ['oplossing', 'oploss'],
    ['consulting', 'consult'],
    ['consulted', 'consult'],
    ['managed', 'manag'],
    ['manage', 'manag'],
    ['business', 'business'],
    ['status', 'status'],
    ['grid', 'grid'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('stem, German', () => {
  // Real pairs a guideline and a German profile write differently: each pair must meet on one stem.
  it.each([
    ['Kunden', 'Kunde'],
    ['Lösungen', 'Lösung'],
    ['Märkte', 'Markt'],
    ['Märkten', 'Markt'],
    ['Produkte', 'Produkt'],
    ['Produkten', 'Produkts'],
    ['Partnern', 'Partner'],
    ['Mitarbeitern', 'Mitarbeiter'],
    ['Dienstleistungen', 'Dienstleistung'],
    ['Unternehmens', 'Unternehmen'],
    ['Netzwerken', 'Netzwerk'],
    ['Energien', 'Energie'],
    ['Technologien', 'technology'],
    ['Kundinnen', 'Kundin'],
    ['Straße', 'Strasse'],
    ['Beratungen', 'Beratung'],
  ])('%s and %s meet', (a, b) => {
    expect(stem(fold(a))).toBe(stem(fold(b)));
  });

  it.each([
    ['concerned', 'concern'],
    ['patterns', 'pattern'],
    ['moderne', 'modern'],
    ['internen', 'intern'],
  ])('keeps %s and %s together', (a, b) => {
    expect(stem(fold(a))).toBe(stem(fold(b)));
  });

  it('finds German plurals and inflections in a German profile', () => {
    expect(found(['Lösung', 'Kunde', 'Energiemarkt'], 'Lösungen für unsere Kunden auf den Energiemärkten')).toEqual([
      'Lösungen',
      'Kunden',
      'Energiemärkten',
    ]);
  });
});

describe('Matcher', () => {
  it('matches whole words only, ignoring case and accents', () => {
    expect(found(['grid'], 'GRID operators and the Grid.')).toEqual(['GRID', 'Grid']);
    expect(found(['grid'], 'gridlock and ingrid')).toEqual([]);
    expect(found(['énergie'], 'Transition ENERGIE, energies')).toEqual(['ENERGIE', 'energies']);
  });

  it('matches plurals and inflections both ways', () => {
    expect(found(['utility'], 'for utilities')).toEqual(['utilities']);
    expect(found(['utilities'], 'a utility')).toEqual(['utility']);
    expect(found(['klant'], 'onze klanten')).toEqual(['klanten']);
    expect(found(['consulting'], 'I consulted')).toEqual(['consulted']);
  });

  it('matches phrases word by word, across punctuation and line breaks', () => {
    expect(found(['energy transition'], 'the energy-\ntransition')).toEqual(['energy-\ntransition']);
    expect(found(['Views are my own'], 'views are MY own.')).toEqual(['views are MY own']);
    expect(found(['transition énergétique'], 'la transition energetique')).toEqual(['transition energetique']);
  });

  it('reports an occurrence once when several terms compile alike, under the first term written', () => {
    const matches = new Matcher(['energy', 'énergie', 'Energies', 'Brightwave Systems', 'brightwave systems']).find(
      'Energy at Brightwave Systems',
    );
    expect(matches.map((match) => [match.term, match.text])).toEqual([
      ['energy', 'Energy'],
      ['Brightwave Systems', 'Brightwave Systems'],
    ]);
    expect(new Matcher(['energy', 'énergie', 'energy*']).size).toBe(2);
  });

  it('treats a trailing * as "any ending" of the last word', () => {
    expect(found(['renewable*'], 'Renewables, renewable, renew')).toEqual(['Renewables', 'renewable']);
    expect(found(['data analytic*'], 'data analytics team')).toEqual(['data analytics']);
  });

  it('gives offsets into the original text, for highlighting', () => {
    const text = 'Ex-Nordlicht 🚀 Élodie works at NORDLICHT analytics';
    for (const match of new Matcher(['Nordlicht Analytics', 'Nordlicht']).find(text)) {
      expect(text.slice(match.start, match.end)).toBe(match.text);
    }
  });

  it('never interprets a term as a regular expression', () => {
    expect(found(['(a+)+$'], 'aaaa aaaa (a+)+$')).toEqual(['a']);
    expect(found(['.*'], 'anything at all')).toEqual([]);
    expect(found(['[abc]'], 'a b c abc')).toEqual(['abc']);
  });

  it('stays linear on text built to make a backtracking pattern explode', () => {
    const text = `${'a'.repeat(50_000)}!`;
    const matches = new Matcher(['(a+)+$', 'a*', 'aa aa aa']).find(text);
    expect(matches.length).toBe(1);
  });

  it('never throws and keeps offsets inside the text, whatever the text and terms', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (terms, text) => {
        for (const match of new Matcher(terms).find(text)) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(match.start, match.end)).toBe(match.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds every term it was given in a text that contains it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zà-ÿ]{2,12}$/), { minLength: 1, maxLength: 4 }),
        fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
        (words, prefix) => {
          const term = words.join(' ');
          const text = `${prefix} ${term.toUpperCase()} end`;
          expect(new Matcher([term]).has(text)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tokenize and near', () => {
  it('keeps emoji, markup and right-to-left text from breaking words', () => {
    expect(tokenize('<script>alert(1)</script> مرحبا 🚀 data').map((token) => token.folded)).toEqual([
      'script',
      'alert',
      '1',
      'script',
      'مرحبا',
      'data',
    ]);
  });

  it('pairs matches within the given number of words, in either order', () => {
    const text = 'Nordlicht is slow and, frankly, their dashboards are a joke compared with ours';
    const tokens = tokenize(text);
    const competitors = new Matcher(['Nordlicht']).find(text, tokens);
    const jibes = new Matcher(['slow', 'joke']).find(text, tokens);
    expect(near(competitors, jibes, 6).map(([, jibe]) => jibe.text)).toEqual(['slow']);
    expect(near(competitors, jibes, 10).map(([, jibe]) => jibe.text)).toEqual(['slow', 'joke']);
  });
});

/** Tokens whose fields count their reads: the matcher's and `near`'s work, counted without a clock. */
function counted<T extends object>(items: readonly T[], fields: ReadonlyArray<keyof T>): { items: T[]; reads: () => number } {
  let reads = 0;
  const wrapped = items.map((item) => {
    const copy = { ...item };
    for (const field of fields) {
      const value = item[field];
      Object.defineProperty(copy, field, {
        enumerable: true,
        get: () => {
          reads += 1;
          return value;
        },
      });
    }
    return copy;
  });
  return { items: wrapped, reads: () => reads };
}

describe('Matcher cost', () => {
  const text = 'Renewable grids need cloudnative data platforms and analytics teams that ship. '.repeat(50);
  const readsFor = (terms: string[]) => {
    const tokens = counted(tokenize(text), ['stem', 'folded']);
    new Matcher(terms).find(text, tokens.items);
    return tokens.reads();
  };
  const prefixes = (count: number) => Array.from({ length: count }, (_, i) => `zq${i.toString(36)}*`);
  const phrases = (count: number) => Array.from({ length: count }, (_, i) => `data platform ${i.toString(36)}x`);

  it('reads each word the same number of times whatever the number of prefix terms (they are indexed)', () => {
    const few = readsFor(['cloud*', 'renew*', ...prefixes(10)]);
    expect(readsFor(['cloud*', 'renew*', ...prefixes(5_000)])).toBe(few);
  });

  it('reads each word the same number of times whatever the number of phrases sharing a first word', () => {
    const few = readsFor(['data platform', ...phrases(10)]);
    expect(readsFor(['data platform', ...phrases(5_000)])).toBe(few);
  });

  it('keeps the order of matches: terms in the order written at each word, prefix terms after whole words', () => {
    const matches = new Matcher(['data*', 'data platform', 'dat*', 'data']).find('data platforms');
    expect(matches.map((match) => match.term)).toEqual(['data platform', 'data', 'data*', 'dat*']);
  });
});

describe('near cost', () => {
  /** Matches at every `step`-th word of a text of `words` words. */
  const matchesEvery = (words: number, step: number, offset: number, term: string) =>
    Array.from({ length: Math.floor(words / step) }, (_, i) => {
      const at = i * step + offset;
      return { term, text: term, start: at * 5, end: at * 5 + 4, firstToken: at, lastToken: at };
    });
  const readsFor = (words: number) => {
    const a = counted(matchesEvery(words, 3, 0, 'Nordlicht'), ['firstToken', 'lastToken']);
    const b = counted(matchesEvery(words, 2, 1, 'slow'), ['firstToken', 'lastToken']);
    near(a.items, b.items, 6);
    return a.reads() + b.reads();
  };

  it('grows linearly with the text: doubling the matches less than triples the work', () => {
    const small = readsFor(2_000);
    expect(readsFor(4_000) / small).toBeLessThan(3);
  });

  it('gives the pairs in the order of the first list, then of the second, whatever their order in the text', () => {
    const text = 'slow Nordlicht, @nl_ai, a joke and slow';
    const tokens = tokenize(text);
    const names = new Matcher(['Nordlicht']).find(text, tokens);
    const handle = { term: '@nl_ai', text: '@nl_ai', start: 16, end: 22, firstToken: 2, lastToken: 3 };
    const jibes = new Matcher(['slow', 'joke']).find(text, tokens);
    expect(near([handle, ...names], jibes, 4).map(([a, b]) => `${a.text}~${b.text}@${b.start}`)).toEqual([
      '@nl_ai~slow@0',
      '@nl_ai~joke@26',
      '@nl_ai~slow@35',
      'Nordlicht~slow@0',
      'Nordlicht~joke@26',
    ]);
  });
});

describe('Matcher with prefix terms', () => {
  it('matches prefixes made of characters outside the basic plane, and phrases ending in a prefix', () => {
    expect(found(['𝒜bc*', 'data analytic*', 'data analytics team'], '𝒜bcdef data analytics team')).toEqual([
      '𝒜bcdef',
      'data analytics',
      'data analytics team',
    ]);
    expect(found(['𐐨𐐩*'], '𐐀𐐩𐐪 and 𐐨')).toEqual(['𐐀𐐩𐐪']);
  });

  it('finds what a one-by-one scan of the terms finds, whatever the terms', () => {
    const word = fc.stringMatching(/^[a-eé]{1,4}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean()), { maxLength: 12 }),
        fc.array(word, { maxLength: 40 }),
        (specs, textWords) => {
          const terms = specs.map(([words, prefix]) => `${words.join(' ')}${prefix ? '*' : ''}`);
          const text = textWords.join(' ');
          const tokens = tokenize(text);
          const expected = new Set<string>();
          terms.forEach((term) => {
            const one = new Matcher([term]);
            if (one.size === 0) return;
            for (const match of one.find(text, tokens)) expected.add(`${match.firstToken}-${match.lastToken}`);
          });
          const all = new Set(new Matcher(terms).find(text, tokens).map((match) => `${match.firstToken}-${match.lastToken}`));
          expect(all).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
