/** @file Table and property tests for the count, age, mutual-connection and month parsers (en, fr, nl). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, parseAgeDays, parseCount, parseMonthYear, parseMutualConnections } from '../../src/extract/parse';
import { growthRatio } from '../helpers/time-growth';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const GARBAGE = ['', 'abc', 'N/A', '—', '   ', '-', '...'];

describe('parseCount', () => {
  it.each<[string, number]>([
    ['0', 0],
    ['7', 7],
    ['1,284', 1284],
    ['1,234', 1234],
    ['1.234', 1234],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    [`3${NNBSP}210`, 3210],
    [`3${NBSP}210`, 3210],
    ['3 210', 3210],
    [`1${NNBSP}234${NNBSP}567`, 1234567],
    ['12.5K', 12500],
    ['12,5 k', 12500],
    [`12,5${NBSP}k abonnés`, 12500],
    ['393.2K', 393200],
    ['2.4M', 2400000],
    ['2,4 M', 2400000],
    ['1,2 mln', 1200000],
    ['1,2 Mio', 1200000],
    ['10K', 10000],
    ['500+', 500],
    ['500+ connections', 500],
    ['1,284 followers', 1284],
    ['1.024 volgers', 1024],
    [`3${NNBSP}210 relations`, 3210],
    ['1 Follower', 1],
    ['12 mutual connections', 12],
    ['Followers 1,284', 1284],
    ['1,5', 2],
    ['12,345.67', 12346],
    ['2 12', 2],
    // X prints the number and the word as separate runs, sometimes with no space between them.
    [' 12.5KFollowers', 12500],
    ['2.4MFollowers', 2400000],
    ['1,2 MlnVolgers', 1200000],
    ['3MB', 3],
  ])('reads %j as %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it('reads a decimal before a suffix as a decimal point ("1,234K" = 1,234)', () => {
    expect(parseCount('1,234K')).toBe(1234);
  });

  it.each(GARBAGE)('gives null for %j', (text) => {
    expect(parseCount(text)).toBeNull();
  });

  it.each(['en-US', 'fr-FR', 'nl-NL'])('reads back any integer formatted by Intl %s', (locale) => {
    const format = new Intl.NumberFormat(locale);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseCount(format.format(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAgeDays', () => {
  it.each<[string, number]>([
    // English
    ['Today', 0],
    ['today', 0],
    ['just now', 0],
    ['Just now', 0],
    ['3 hours ago', 0],
    ['5 minutes ago', 0],
    ['30 seconds ago', 0],
    ['an hour ago', 0],
    ['Yesterday', 1],
    ['1 day ago', 1],
    ['5 days ago', 5],
    ['1 week ago', 7],
    ['a week ago', 7],
    ['2 weeks ago', 14],
    ['3 months ago', 90],
    ['a month ago', 30],
    ['1 year ago', 365],
    ['2 years ago', 730],
    ['Sent 3 months ago', 90],
    ['Sent today', 0],
    ['Sent yesterday', 1],
    ['Sent 2 weeks ago', 14],
    ['1w', 7],
    ['3mo', 90],
    ['2d', 2],
    ['5h', 0],
    ['12m', 0],
    ['1yr', 365],
    ['2yrs', 730],
    // French
    ['aujourd’hui', 0],
    ["aujourd'hui", 0],
    ['Aujourd’hui', 0],
    ['hier', 1],
    ['Hier', 1],
    ['il y a 2 semaines', 14],
    ['il y a une semaine', 7],
    ['il y a 1 mois', 30],
    ['il y a un mois', 30],
    ['il y a 3 mois', 90],
    ['il y a 1 an', 365],
    ['il y a 2 ans', 730],
    ['il y a 5 jours', 5],
    ['il y a 3 heures', 0],
    ['il y a 10 minutes', 0],
    ['Envoyée il y a 3 mois', 90],
    ['Envoyé il y a 1 semaine', 7],
    ['Envoyee il y a 1 semaine', 7],
    ['ENVOYÉE IL Y A 2 SEMAINES', 14],
    [`il y a${NBSP}2${NBSP}semaines`, 14],
    // Dutch
    ['vandaag', 0],
    ['Vandaag', 0],
    ['gisteren', 1],
    ['Gisteren', 1],
    ['2 weken geleden', 14],
    ['1 week geleden', 7],
    ['3 maanden geleden', 90],
    ['1 maand geleden', 30],
    ['2 jaar geleden', 730],
    ['1 jaar geleden', 365],
    ['5 dagen geleden', 5],
    ['1 dag geleden', 1],
    ['3 uur geleden', 0],
    ['10 minuten geleden', 0],
    ['Verzonden 3 maanden geleden', 90],
    ['Verzonden vandaag', 0],
  ])('reads %j as %d days', (text, expected) => {
    expect(parseAgeDays(text)).toBe(expected);
  });

  it.each([...GARBAGE, 'Sent', 'Envoyée', 'geleden', 'ago', 'il y a'])('gives null for %j', (text) => {
    expect(parseAgeDays(text)).toBeNull();
  });

  // Phrase builders per language: (count) → text, for each unit with its length in days.
  const units: { days: number; en: [string, string]; fr: [string, string]; nl: [string, string] }[] = [
    { days: 0, en: ['hour', 'hours'], fr: ['heure', 'heures'], nl: ['uur', 'uur'] },
    { days: 0, en: ['minute', 'minutes'], fr: ['minute', 'minutes'], nl: ['minuut', 'minuten'] },
    { days: 1, en: ['day', 'days'], fr: ['jour', 'jours'], nl: ['dag', 'dagen'] },
    { days: 7, en: ['week', 'weeks'], fr: ['semaine', 'semaines'], nl: ['week', 'weken'] },
    { days: 30, en: ['month', 'months'], fr: ['mois', 'mois'], nl: ['maand', 'maanden'] },
    { days: 365, en: ['year', 'years'], fr: ['an', 'ans'], nl: ['jaar', 'jaar'] },
  ];
  const phrase = {
    en: (n: number, unit: string, prefix: boolean) => `${prefix ? 'Sent ' : ''}${n} ${unit} ago`,
    fr: (n: number, unit: string, prefix: boolean) => `${prefix ? 'Envoyée ' : ''}il y a ${n} ${unit}`,
    nl: (n: number, unit: string, prefix: boolean) => `${prefix ? 'Verzonden ' : ''}${n} ${unit} geleden`,
  };

  it('reads any (count, unit, language) phrase as count × unit days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...units),
        fc.constantFrom('en', 'fr', 'nl' as const),
        fc.boolean(),
        (n, unit, language, prefix) => {
          const [singular, plural] = unit[language];
          const text = phrase[language](n, n === 1 ? singular : plural, prefix);
          expect(parseAgeDays(text)).toBe(n * unit.days);
        },
      ),
      { numRuns: 500 },
    );
  });

  // Every unit word LinkedIn prints, long and short, in each language, by the days it is worth: AGE_UNITS keeps them
  // as patterns ("seconds?|secs?"), and each must read as its own unit, never as another that shares its start.
  const UNIT_WORDS: Record<number, string> = {
    0: 'second seconds sec secs s minute minutes min mins m hour hours hr hrs h seconde secondes mn heure heures seconden minuut minuten uur uren u sekunde sekunden sek stunde stunden std',
    1: 'day days d jour jours dag dagen tag tage tagen',
    7: 'week weeks wk wks w semaine semaines sem weken woche wochen wo',
    30: 'month months mo mos mois maand maanden mnd monat monate monaten mon',
    365: 'year years yr yrs y an ans annee annees jaar jaren jahr jahre jahren',
  };
  it.each(Object.entries(UNIT_WORDS).flatMap(([days, words]) => words.split(' ').map((word) => [word, Number(days)] as const)))(
    'reads the unit "%s" as %i days each',
    (word, days) => {
      expect(parseAgeDays(`3 ${word} ago`)).toBe(3 * days);
      expect(parseAgeDays(`3${word}.`)).toBe(3 * days);
    },
  );

  it.each(['tagn', 'monatn', 'jahrn', 'mons', 'yrss', 'weekz'])('reads no unit in "3 %s ago"', (word) => {
    expect(parseAgeDays(`3 ${word} ago`)).toBeNull();
  });
});

describe('parseMutualConnections', () => {
  it.each<[string, number]>([
    // English
    ['Ann Smith and 6 other mutual connections', 7],
    ['Ann Smith and 1 other mutual connection', 2],
    ['Ann Smith, Bob Jones and 12 other mutual connections', 14],
    ['Ann Smith and 1,024 other mutual connections', 1025],
    ['Ann Smith and Bob Jones are mutual connections', 2],
    ['Ann Smith is a mutual connection', 1],
    ['12 mutual connections', 12],
    ['1 mutual connection', 1],
    // French
    ['Ann Smith et 6 autres relations en commun', 7],
    ['Ann Smith et Bob Jones sont des relations en commun', 2],
    ['Ann Smith est une relation en commun', 1],
    ['12 relations en commun', 12],
    ['Élodie Marchand et 3 autres relations en commun', 4],
    // Dutch
    ['Ann Smith en 6 andere gemeenschappelijke connecties', 7],
    ['Ann Smith en Bob Jones zijn gemeenschappelijke connecties', 2],
    ['Ann Smith is een gemeenschappelijke connectie', 1],
    ['12 gemeenschappelijke connecties', 12],
    // Spacing and case as printed
    [`Ann${NBSP}Smith and${NBSP}6 other mutual connections`, 7],
    ['ANN SMITH AND 6 OTHER MUTUAL CONNECTIONS', 7],
  ])('reads %j as %d', (text, expected) => {
    expect(parseMutualConnections(text)).toBe(expected);
  });

  it.each([...GARBAGE, '500+ connections', 'Ann Smith and 6 others', '12 relations', '3 210 relations', 'Mutual'])(
    'gives null for %j (says nothing about mutual connections)',
    (text) => {
      expect(parseMutualConnections(text)).toBeNull();
    },
  );
});

describe('parseMonthYear', () => {
  it.each<[string, string]>([
    // English
    ['Joined March 2019', '2019-03'],
    ['Joined Mar 2019', '2019-03'],
    ['Joined September 2009', '2009-09'],
    ['Joined Sept 2009', '2009-09'],
    ['Joined May 2021', '2021-05'],
    ['Dec 2020', '2020-12'],
    ['Jan. 2022', '2022-01'],
    ['Joined March 5, 2019', '2019-03'],
    // French
    ['A rejoint X en mars 2019', '2019-03'],
    ['janv. 2022', '2022-01'],
    ['janv 2022', '2022-01'],
    ['janvier 2022', '2022-01'],
    ['févr. 2020', '2020-02'],
    ['fevr. 2020', '2020-02'],
    ['février 2020', '2020-02'],
    ['avr. 2018', '2018-04'],
    ['mai 2017', '2017-05'],
    ['juin 2016', '2016-06'],
    ['juil. 2015', '2015-07'],
    ['juillet 2015', '2015-07'],
    ['août 2014', '2014-08'],
    ['aout 2014', '2014-08'],
    ['sept. 2013', '2013-09'],
    ['oct. 2012', '2012-10'],
    ['nov. 2011', '2011-11'],
    ['déc. 2010', '2010-12'],
    ['décembre 2010', '2010-12'],
    ['janv. 2022 - aujourd’hui · 3 ans', '2022-01'],
    // Dutch
    ['Lid sinds maart 2019', '2019-03'],
    ['jan. 2022', '2022-01'],
    ['feb. 2021', '2021-02'],
    ['mrt. 2020', '2020-03'],
    ['apr. 2019', '2019-04'],
    ['mei 2018', '2018-05'],
    ['jun. 2017', '2017-06'],
    ['jul. 2016', '2016-07'],
    ['aug. 2015', '2015-08'],
    ['sep. 2014', '2014-09'],
    ['okt. 2013', '2013-10'],
    ['nov. 2012', '2012-11'],
    ['dec. 2011', '2011-12'],
    ['januari 2010', '2010-01'],
    ['oktober 2009', '2009-10'],
    ['december 2008', '2008-12'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseMonthYear(text)).toBe(expected);
  });

  it.each([...GARBAGE, '2019', 'Joined', 'Smarch 2019', 'March', 'Joined 12 2019'])('gives null for %j', (text) => {
    expect(parseMonthYear(text)).toBeNull();
  });
});

describe('hostile input', () => {
  // The parsers run on page text in content scripts: long or odd text must stay linear, never backtrack for long.
  // Each shape is a function of its length in characters (about 100 KB at the size below).
  const shapes: Array<[string, (size: number) => string]> = [
    ['1,1,1…', (size) => '1,'.repeat(size / 2)],
    ['1 1 1…', (size) => '1 '.repeat(size / 2)],
    ['a a a…', (size) => 'a '.repeat(size / 2)],
    ['one long word', (size) => 'abcdefghij'.repeat(size / 10)],
    ['a long digit run', (size) => `${'9'.repeat(size)}K`],
    ['and 1 other…', (size) => 'and 1 other '.repeat(size / 12)],
    ['janv. janv.…', (size) => `${'janv. '.repeat(size / 6)}x`],
  ];
  const parseAll = (text: string) => {
    parseCount(text);
    parseAgeDays(text);
    parseMutualConnections(text);
    parseMonthYear(text);
  };

  it.each(shapes)('parses 100 KB of %s without throwing, in time that grows linearly', (_name, shape) => {
    expect(() => parseAll(shape(100_000))).not.toThrow();
    // Growth, not a wall-clock budget: doubling the text must less than triple the time (quadratic gives 4).
    expect(growthRatio(shape, parseAll, 100_000)).toBeLessThan(3);
  }, 60_000);

  it('gives null rather than Infinity for absurdly long digit runs', () => {
    expect(parseCount('9'.repeat(400))).toBeNull();
  });
});

describe('fold without Unicode normalisation where none is needed', () => {
  /** fold as it was written first: NFD on every text that is not plain ASCII. */
  const reference = (text: string) =>
    (/^[\x20-\x7E]*$/.test(text) ? text : text.normalize('NFD'))
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
      .replace(/[\s\u00A0\u202F\u2007]+/g, ' ')
      .toLowerCase();
  it.each([
    'Mar 2021 - Present · 3 yrs 4 mos',
    'janv. 2022 – aujourd’hui · 3 ans',
    'Jan. 2022 – Heute',
    '3\u202F210 abonnés',
    'Ed\u00B4s `quote` \u201Chere\u201D \u2026 \u2022 \u2014 \u2007 \t\n',
    'Indépendant',
    'Zelfstandige · Zelfstandige',
    'Ω K Å ≠ 가 ﬁ',
  ])('folds %j as before', (text) => {
    expect(fold(text)).toBe(reference(text));
  });
  it('folds any mix of ASCII, punctuation and accented letters as before', () => {
    const chars = [...'aZ 09-·–—’‘“”…•´`\u00A0\u202F\u2007\téÉüçñ\u0301Ω가'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(fold(text)).toBe(reference(text));
    }));
  });
});
