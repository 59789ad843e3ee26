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
import { BundleMerger, type BundleSettings, type LaidOutHead, mergeBundles, type MergedRecord, type MergeReport } from '../coaching/bundle';
import { type BriefSession, keeperOf, type KeptBundle } from '../coaching/bundle-brief';
import { byText } from '../coaching/order';
import type { Session } from '../coaching/record';
import { sessionsCsv, teamCsv } from '../coaching/report-csv';
import { teamMarkdown } from '../coaching/report-markdown';
import { stagesOf } from '../coaching/stages';
import { colleagueFacts, type ColleagueFacts, colleagueRows, type FactsContext, type TeamFactsInput, teamFigures } from '../coaching/team';
import { summaryOf } from '../coaching/summary';
import type { ColleagueRecord, Stages } from '../coaching/team-types';
import { calendarDay } from '../engine/dates';
import { findingTitleIn } from '../engine/message-keys';
import { DEFAULT_GUIDELINES } from '../guidelines/presets/default';
import type { Guidelines } from '../guidelines/schema';
import { AuditError, loadGuidelinesFile, parseNow, translationFor } from './options';
import { LANGUAGES } from './locale';
import { readBundleFile, readBundleHead, readLaidOutFile, type ReadResult } from './team-report-read';
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
  /** Each colleague's facts (by id), worked out as soon as they are summed up: the summaries are not kept. */
  input: TeamFactsInput;
  /** The merged colleagues with their sessions (the sessions CSV). */
  records: readonly ColleagueRecord[];
  report: MergeReport;
  /** The guidelines the bundles were exported under, when they all name the same. */
  guidelinesName: string | null;
}

/** The report without the sessions whole (`sessions: false`): the team's figures and rows only. */
export interface TeamFiguresReport extends Omit<TeamReport, 'records'> {
  records: null;
}

/**
 * What the command reads: the bundle files, and whether each session is kept whole (the sessions CSV reads their
 * step scores and guidelines' names) or in brief (the team's figures only).
 */
export interface ReadOptions {
  /** Keep each session whole (default: yes, so `records` are whole sessions). */
  sessions?: boolean;
}

/** The refusal of the report when a file is invalid: every file's errors, each line naming its file. */
function refusal(errors: readonly string[]): TeamReportError {
  return new TeamReportError(`no report written: ${errors.length === 1 ? 'a bundle is' : 'bundles are'} invalid\n${errors.map((line) => `  ${line}`).join('\n')}`);
}

/** The read bundles, or every file's errors if any is invalid. */
function checked(results: readonly ReadResult[]): KeptBundle[] {
  const errors = results.flatMap((result) => (result.ok ? [] : result.errors));
  if (errors.length > 0) throw refusal(errors);
  return results.map((result) => (result as { bundle: KeptBundle }).bundle);
}

/**
 * The team's figures from bundle files that are all laid out as the dashboard exports them, merged as they are read:
 * every file's first line first (who is one person across bundles), then each file a session at a time. A colleague
 * of one bundle only, listed together there (as the dashboard lists them), is summed up as soon as their last session
 * is read and their sessions let go: they never outlive the young generation. The others are kept in brief until the
 * last bundle that has them is merged. Null, and the files are then read first and merged after (`reportOf`), when a
 * file is not laid out so, could be refused, changed, or lists a colleague's sessions apart. The same report either
 * way (a test holds them equal).
 */
function streamedReport(options: TeamReportOptions): TeamFiguresReport | null {
  const heads: LaidOutHead[] = [];
  for (const file of options.bundles) {
    const head = readBundleHead(file);
    if (!head) return null;
    heads.push(head);
  }
  const merger = new BundleMerger<BriefSession>(heads.map((head) => head.checked.colleagues));
  const facts: ColleagueFacts[] = [];
  const context = factsContextOf(options);
  // The summary is let go at once: only the facts are kept to the end.
  const sumUp = ({ colleague, sessions }: MergedRecord<BriefSession>) => facts.push(colleagueFacts({ colleague, summary: summaryOf(sessions) }, context));
  const names = new Set<string | null>();
  for (let index = 0; index < options.bundles.length; index += 1) {
    const brief = keeperOf(false);
    // The lonely colleague whose sessions are being read. The reader gives each colleague's sessions together (it
    // leaves a file listed otherwise to `reportOf`), so one summed up has no session left to come.
    let run: { id: string; sessions: BriefSession[] } | null = null;
    const endRun = () => {
      if (!run) return;
      sumUp(merger.lonely(run.id, run.sessions));
      run = null;
    };
    const keep = (session: Session): BriefSession | undefined => {
      // Kept until the last bundle that has them, so in brief.
      if (!merger.isLonely(session.colleagueId)) return brief(session);
      if (run?.id !== session.colleagueId) endRun();
      // Summed up in a moment and let go: as parsed, no brief made.
      (run ??= { id: session.colleagueId, sessions: [] }).sessions.push(session);
      return undefined;
    };
    const read = readLaidOutFile(options.bundles[index]!, options.now, heads[index]!, keep);
    if (!read) return null;
    endRun();
    names.add(read.guidelines?.name ?? null);
    for (const record of merger.add(read.sessions, read.settings)) sumUp(record);
  }
  const { settings, report } = merger.finish();
  const input = teamInputOf(facts.sort((a, b) => byText(a.id, b.id)), settings, options);
  return { input, records: null, report, guidelinesName: onlyName(names) };
}

/** The guidelines' name the bundles were exported under, when they all name the same one. */
function onlyName(names: ReadonlySet<string | null>): string | null {
  const [only] = names;
  return names.size === 1 && only ? only : null;
}

/** What a colleague's facts depend on besides their sessions: the guidelines' onboarding score, the stages, today. */
function factsContextOf(options: TeamReportOptions): FactsContext {
  return { onboardingScore: options.guidelines.checklist.onboardingScore, stages: options.stages, today: options.today };
}

/** What the team's figures read: each colleague's facts (by id), the team's settings, and the options'. */
function teamInputOf(facts: ColleagueFacts[], settings: BundleSettings, options: TeamReportOptions): TeamFactsInput {
  return { facts, teamSizes: settings.teamSizes, viewCost: settings.viewCost, ...factsContextOf(options) };
}

/** The merged team from the bundles as read (in the order of the files), as the dashboard would compute its figures. */
function reportOf(bundles: readonly KeptBundle[], options: TeamReportOptions & ReadOptions): TeamReport | TeamFiguresReport {
  const merged = mergeBundles<BriefSession | Session>(bundles);
  const names = new Set(bundles.map((bundle) => bundle.guidelinesName));
  const context = factsContextOf(options);
  const input = teamInputOf(
    merged.records.map(({ colleague, sessions }) => colleagueFacts({ colleague, summary: summaryOf(sessions) }, context)),
    merged.settings,
    options,
  );
  const whole = options.sessions ?? true;
  return { input, records: whole ? (merged.records as ColleagueRecord[]) : null, report: merged.report, guidelinesName: onlyName(names) };
}

/**
 * The merged team, as the dashboard would compute its figures from it: the bundles read one after the other, each
 * one's text and parsed tree dropped once what the merge needs is kept; without whole sessions, merged as they are
 * read when they are laid out as the dashboard exports them (`streamedReport`).
 */
export function teamReport(options: TeamReportOptions & { sessions?: true }): TeamReport;
export function teamReport(options: TeamReportOptions & ReadOptions): TeamReport | TeamFiguresReport;
export function teamReport(options: TeamReportOptions & ReadOptions): TeamReport | TeamFiguresReport {
  const whole = options.sessions ?? true;
  return (!whole && streamedReport(options)) || reportOf(checked(options.bundles.map((file) => readBundleFile(file, options.now, whole))), options);
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

/** What the command was asked: the report's options, and how to write it once made. */
interface Plan {
  options: TeamReportOptions & ReadOptions;
  finish: (made: TeamReport | TeamFiguresReport) => number;
}

/** The command's words read: its plan, or the exit code when there is nothing to do (help, a wrong argument). */
function planOf(argv: string[]): Plan | number {
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
    const sessionsFile = values['sessions-csv'];
    // Each session whole only for the sessions CSV: the figures read them in brief.
    const options = { bundles: positionals, guidelines, stages, today, now, language, sessions: sessionsFile !== undefined };
    const finish = ({ input, records, report, guidelinesName }: TeamReport | TeamFiguresReport): number => {
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
      if (records) write(sessionsFile, sessionsCsv(records, translate));
      write(values.md, markdown);
      if (values.md === undefined) print(markdown);
      for (const file of written) printError(`team-report: wrote ${file}`);
      return 0;
    };
    return { options, finish };
  } catch (error) {
    return failed(error);
  }
}

/** A refusal the user can act on, said in one line (exit code 1); anything else is a fault, thrown. */
function failed(error: unknown): number {
  if (error instanceof TeamReportError || error instanceof AuditError) {
    printError(`team-report: ${error.message}`);
    return 1;
  }
  throw error;
}

/**
 * The command: the bundles read one after the other, in this thread. Reading them in a worker thread per core was
 * slower on two cores: posting 120,000 sessions in brief back to this thread (structured cloning, then garbage
 * collecting the copies) cost more than the parallel reading saved (test/bench/bundle-merge.ts: 8.3-8.6 s against
 * 3.7-5.3 s on the same machine at the same time).
 */
export function main(argv: string[]): number {
  const plan = planOf(argv);
  if (typeof plan === 'number') return plan;
  try {
    return plan.finish(teamReport(plan.options));
  } catch (error) {
    return failed(error);
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
