import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, Matcher, near, stem, tokenize } from '../../src/engine/text';

const found = (terms: string[], text: string) => new Matcher(terms).find(text).map((match) => match.text);

describe('fold', () => {
  it('drops case, accents and ligatures and straightens apostrophes', () => {
    expect(fold('Énergie ŒUVRE Straße l’IA')).toBe("energie œuvre straße l'ia");
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
