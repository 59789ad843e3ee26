/**
 * @file `npm run team-report -- <bundle.json>… [--csv <out.csv>] [--sessions-csv <out.csv>] [--md <out.md>]
 * [--guidelines <file>] [--today <YYYY-MM-DD>] [--lang <en|fr|nl|de>]`: merges any number of coaching bundles (the
 * dashboard's JSON export, one per ambassador or team) into one company-wide report, without a server: the team
 * figures as the dashboard computes them (src/coaching/team.ts), the same CSV and Markdown (src/coaching/report-*.ts).
 * Every bundle is checked before anything is written: one invalid bundle, and no file is written. The Markdown summary
 * goes to standard output when no `--md` is given; it names no colleague (team figures, not people).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_BUNDLE_CHARS, mergeBundles, parseBundle, type CoachingBundle, type MergeReport } from '../coaching/bundle';
import { sessionsCsv, teamCsv } from '../coaching/report-csv';
import { teamMarkdown } from '../coaching/report-markdown';
import { stagesOf } from '../coaching/stages';
import { colleagueRows, teamFigures } from '../coaching/team';
import { memberOf } from '../coaching/summary';
import type { ColleagueRecord, Stages, TeamInput } from '../coaching/team-types';
import { calendarDay } from '../engine/dates';
import { findingTitleIn } from '../engine/message-keys';
import { message, megabytes } from '../guidelines/messages';
import { DEFAULT_GUIDELINES } from '../guidelines/presets/default';
import type { Guidelines } from '../guidelines/schema';
import { AuditError, loadGuidelinesFile, parseNow, translationFor } from './audit';
import { LANGUAGES } from './locale';
import { readLimitedFile } from './read-file';
import { print, printError } from './terminal';

export class TeamReportError extends Error {}

export interface TeamReportOptions {
  bundles: readonly string[];
  guidelines: Guidelines;
  stages: Stages;
  today: string;
  now: Date;
  language: string;
}

export interface TeamReport {
  input: TeamInput;
  /** The merged colleagues with their sessions (the sessions CSV). */
  records: readonly ColleagueRecord[];
  report: MergeReport;
  /** The guidelines the bundles were exported under, when they all name the same. */
  guidelinesName: string | null;
}

/** Bytes a bundle file may have: the parser's own limit on characters (a character is at least one byte). */
const MAX_BUNDLE_BYTES = MAX_BUNDLE_CHARS * 4;

/** Reads and checks every bundle; throws with every file's errors (each line naming its file) if any is invalid. */
export function readBundles(files: readonly string[], now: Date): CoachingBundle[] {
  const bundles: CoachingBundle[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const read = readLimitedFile(file, MAX_BUNDLE_BYTES, (bytes) =>
      message('fileTooBig', { size: megabytes(bytes), max: MAX_BUNDLE_BYTES / (1024 * 1024) }),
    );
    if (!read.ok) {
      errors.push(read.message);
      continue;
    }
    const parsed = parseBundle(read.bytes.toString('utf8'), now);
    if (parsed.ok) bundles.push(parsed.bundle);
    else errors.push(...parsed.errors.map((error) => `${file}: ${error}`));
  }
  if (errors.length > 0) throw new TeamReportError(`no report written: ${errors.length === 1 ? 'a bundle is' : 'bundles are'} invalid\n${errors.map((line) => `  ${line}`).join('\n')}`);
  return bundles;
}

/** The merged team, as the dashboard would compute its figures from it. */
export function teamReport(options: TeamReportOptions): TeamReport {
  const bundles = readBundles(options.bundles, options.now);
  const merged = mergeBundles(bundles);
  const names = new Set(bundles.map((bundle) => bundle.guidelines?.name ?? null));
  const [only] = names;
  const input: TeamInput = {
    team: merged.records.map(memberOf),
    teamSizes: merged.settings.teamSizes,
    viewCost: merged.settings.viewCost,
    onboardingScore: options.guidelines.checklist.onboardingScore,
    stages: options.stages,
    today: options.today,
  };
  return { input, records: merged.records, report: merged.report, guidelinesName: names.size === 1 && only ? only : null };
}

/** One line on what the merge did: counts only, never a name. */
export function mergeSummary(report: MergeReport): string {
  const parts = [
    `${report.bundles} ${report.bundles === 1 ? 'bundle' : 'bundles'}`,
    `${report.colleagues} ${report.colleagues === 1 ? 'colleague' : 'colleagues'}`,
    `${report.sessions} ${report.sessions === 1 ? 'session' : 'sessions'}`,
  ];
  if (report.colleaguesJoined > 0) parts.push(`${report.colleaguesJoined} recorded in more than one bundle, joined`);
  if (report.duplicateSessions > 0) parts.push(`${report.duplicateSessions} duplicate sessions skipped`);
  if (report.sessionIdConflicts > 0) parts.push(`${report.sessionIdConflicts} sessions left out (an id used twice)`);
  const conflicts = report.nameConflicts.length + report.profileConflicts.length + report.teamSizeConflicts.length + (report.viewCostConflict ? 1 : 0);
  if (conflicts > 0) parts.push(`${conflicts} disagreements between bundles, the latest kept`);
  return `team-report: ${parts.join(', ')}`;
}

function usage(): string {
  return (
    'usage: npm run team-report -- <bundle.json>… [--csv <out.csv>] [--sessions-csv <out.csv>] [--md <out.md>] ' +
    `[--guidelines <file.yaml|json>] [--today <YYYY-MM-DD>] [--lang <${LANGUAGES.join('|')}>]\n` +
    '(the bundles are the team dashboard\'s "Export all coaching data" files; the summary goes to standard output without --md)'
  );
}

export function main(argv: string[]): number {
  let values: { csv?: string; 'sessions-csv'?: string; md?: string; guidelines?: string; today?: string; lang?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        csv: { type: 'string' },
        'sessions-csv': { type: 'string' },
        md: { type: 'string' },
        guidelines: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    printError(`team-report: ${(error as Error).message}`);
    return 2;
  }
  if (values.help || positionals.length === 0) {
    printError(usage());
    return values.help ? 0 : 2;
  }
  try {
    const now = values.today === undefined ? new Date() : parseNow(values.today);
    const today = values.today ?? calendarDay(now);
    const language = values.lang ?? 'en';
    const translate = translationFor(language);
    const guidelines = values.guidelines === undefined ? DEFAULT_GUIDELINES : loadGuidelinesFile(values.guidelines, now, translate);
    // The stages the guidelines define (their `stages:`), or the default ones (src/coaching/stages.ts).
    const stages = stagesOf(guidelines);
    const { input, records, report, guidelinesName } = teamReport({ bundles: positionals, guidelines, stages, today, now, language });
    const rows = colleagueRows(input, language);
    const figures = teamFigures(input);
    const markdown = teamMarkdown(figures, rows, translate, {
      titleOf: (ruleId) => findingTitleIn(translate, ruleId),
      onboardingScore: input.onboardingScore,
      ...(guidelinesName ? { guidelinesName } : {}),
    });
    printError(mergeSummary(report));
    const written: string[] = [];
    const write = (file: string | undefined, text: string) => {
      if (file === undefined) return;
      writeFileSync(file, text, 'utf8');
      written.push(file);
    };
    write(values.csv, teamCsv(rows, translate));
    write(values['sessions-csv'], sessionsCsv(records, translate));
    write(values.md, markdown);
    if (values.md === undefined) print(markdown);
    for (const file of written) printError(`team-report: wrote ${file}`);
    return 0;
  } catch (error) {
    if (error instanceof TeamReportError || error instanceof AuditError) {
      printError(`team-report: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
