/**
 * @file The team as CSV, safe to open in spreadsheet programs: one row per colleague (`teamCsv`), or one per session
 * (`sessionsCsv`). RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma, a quote, a
 * CR or an LF quoted, quotes doubled. Against CSV injection (OWASP, "CSV Injection"): a text cell whose first
 * character is `=`, `+`, `-`, `@`, a tab, a CR or an LF (or whose first character after spaces is one of
 * `=+-@`, or their full-width forms) gets a single quote in front and is quoted, so no spreadsheet reads it as a
 * formula. Cells are typed: a number is written as a number (a change of -5 stays -5, numeric, because it is a
 * number cell, never text), a string is always text, null is empty. The text starts with a byte order mark (U+FEFF,
 * EF BB BF in UTF-8) so that Excel reads accents and non-Latin names as UTF-8.
 *
 * What it leaves out, on purpose: the sessions' notes and agreed actions' words (the ambassador's own, and a memo may
 * be about the colleague as a person: a file that travels is no place for them; the JSON bundle carries the whole
 * record when it must move), and the colleagues' random ids. No profile text exists in the record to leave out.
 * It words its headers through a `Translate` (src/coaching/report-texts.ts); it reads and writes no file.
 */
import { calendarDayOf } from '../engine/dates';
import type { Translate } from '../engine/messages';
import { STEPS } from '../guidelines/schema';
import { byTime } from './diff';
import { reportText, SITE_NAMES, STAGE_TEXTS, STEP_TEXTS } from './report-texts';
import type { ColleagueRecord, ColleagueRow } from './team-types';

/** A cell: a string is text, a number is numeric (written as is), null is empty. */
export type CsvCell = string | number | null;

/** The UTF-8 byte order mark, as the text's first character. */
export const BOM = '\uFEFF';

/**
 * Cells a spreadsheet could read as a formula: a leading `=`, `+`, `-`, `@` (after spaces too: a program that trims
 * them on import would see the formula), their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20), or a leading tab,
 * CR or LF (OWASP's list; a leading LF can hide a formula on the cell's second line).
 */
const FORMULA_START = /^(?:[\t\r\n]|[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One text cell, neutralised and quoted as needed. */
export function textCell(text: string): string {
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One number cell: as JavaScript writes it (a dot for decimals, a minus sign for negatives); empty if not finite. */
export function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? numberCell(cell) : textCell(cell);
}

/** The whole text: the byte order mark, then each row's cells joined by commas, each row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** A session's local calendar day (YYYY-MM-DD: what spreadsheets read as a date in any language). */

/**
 * One row per colleague, in the order given (the dashboard's, by name unless the user sorted): name, sessions,
 * the latest session's day, site and score, the change since the previous comparable session, the stage reached and
 * whether the next one is undecided, onboarded, and the overdue agreed actions.
 */
export function teamCsv(rows: readonly ColleagueRow[], translate?: Translate): string {
  const word = (id: Parameters<typeof reportText>[1]) => reportText(translate, id);
  const head: CsvCell[] = [
    word('colName'),
    word('colSessions'),
    word('colLatestDay'),
    word('colSite'),
    word('colLatestScore'),
    word('colChange'),
    word('colStage'),
    word('colStageUnsure'),
    word('colOnboarded'),
    word('colOverdue'),
  ];
  const body = rows.map((row): CsvCell[] => [
    row.name,
    row.sessions,
    row.latest ? calendarDayOf(row.latest.at) : null,
    row.latest ? SITE_NAMES[row.latest.site] : null,
    row.latest?.overall ?? null,
    row.change,
    word(row.stage.reached === null ? 'stageNone' : STAGE_TEXTS[row.stage.reached]),
    word(row.stage.unsure ? 'yes' : 'no'),
    word(row.onboarded ? 'yes' : 'no'),
    row.overdueActions,
  ]);
  return toCsv([head, ...body]);
}

/**
 * One row per session, colleagues in the order given and each one's sessions oldest first: name, day, site,
 * the guidelines' name, the overall score and each step's. No notes, no actions (see the file's header).
 */
export function sessionsCsv(records: readonly ColleagueRecord[], translate?: Translate): string {
  const head: CsvCell[] = [
    reportText(translate, 'colName'),
    reportText(translate, 'colDate'),
    reportText(translate, 'colSite'),
    reportText(translate, 'colGuidelines'),
    reportText(translate, 'colOverall'),
    ...STEPS.map((step) => reportText(translate, 'colStepScore', { step: reportText(translate, STEP_TEXTS[step]) })),
  ];
  const body = records.flatMap(({ colleague, sessions }) =>
    byTime(sessions).map((session): CsvCell[] => [
      colleague.name,
      calendarDayOf(session.at),
      SITE_NAMES[session.site],
      session.guidelines.name,
      session.score.overall,
      ...STEPS.map((step) => session.score.steps[step] ?? null),
    ]),
  );
  return toCsv([head, ...body]);
}
