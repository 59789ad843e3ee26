/**
 * @file The team's Markdown summary, for an email or a wiki page: the figures (each with how it was computed and the
 * number of colleagues it stands on; the value only with its assumption), the charts' tables (stages, latest scores,
 * onboarded over time, alignment before and after) and where the training should go (the most common open
 * findings, by title). Team figures, not people: it names no colleague unless asked (`colleagues: true`), because
 * the summary is meant for management (../shared/DOMAIN.md, "a team report to management shows team figures, not a
 * ranking of people"). Every text that comes from the record (a name, the guidelines' name) or from outside (a
 * finding's title) goes through `escapeMarkdown`, so it reads as the text it is: no heading, link, emphasis, HTML or
 * extra table cell. It words itself through a `Translate` (src/coaching/report-texts.ts) and reads no file.
 */
import { calendarDayOf } from '../engine/dates';
import type { Translate } from '../engine/messages';
import { type ReportNumbers, reportNumbers, reportText, type ReportTextId, SITE_NAMES, STAGE_TEXTS, STEP_TEXTS } from './report-texts';
import type { ColleagueRow, Median, TeamFigures } from './team-types';

export interface TeamMarkdownOptions {
  /** A finding's title for a rule id, in the report's language (escaped here: it is not trusted as Markdown). */
  titleOf: (ruleId: string) => string;
  /** The guidelines' onboarding score (`checklist.onboardingScore`): the "how" of the onboarded figure names it. */
  onboardingScore: number;
  /** The guidelines' name, when the figures were computed under one (it is data: escaped). */
  guidelinesName?: string;
  /** Adds a table of the colleagues, by name. Off by default: the summary is for management. */
  colleagues?: boolean;
}

/** Bidirectional formatting controls: a name needs none to show right-to-left text, and they could reorder a line. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Line breaks, tabs and other control characters (C0, DEL, C1): one would end a table row, a heading or a list item. */
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
/**
 * Characters that mean something inline: emphasis, code, links and images, HTML, entities, table cells,
 * strikethrough, maths, and the @ of GFM's e-mail autolinks.
 */
const INLINE = /[\\`*_[\]<>|~&!#$@]/g;
/** GFM's other autolinks: `scheme://…` and `www.…` become links on their own; an escape in them keeps them text. */
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\./gi;
/** What would open a block at the start of a line: a list item (-, +, 1. or 1)), a heading, a quote, a rule. */
const BLOCK_START = /^(\d+)([.)])|^([-+=])/;

/**
 * A text from the record as plain Markdown text on one line: breaks become spaces, bidirectional controls go,
 * inline punctuation gets a backslash (CommonMark's escape for any ASCII punctuation), and a leading list or heading
 * marker too. The escaped text renders as the text itself.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(BREAKS, ' ')
    .trim()
    .replace(/ {2,}/g, ' ')
    .replace(INLINE, '\\$&')
    .replace(AUTOLINK, '\\$&')
    .replace(BLOCK_START, (whole, digits: string | undefined, mark: string | undefined, sign: string | undefined) =>
      digits !== undefined ? `${digits}\\${mark}` : `\\${sign}`,
    );
}

/** A GFM table: cells already Markdown; columns after the first right-aligned when they hold numbers. */
function table(head: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map((_, index) => (numeric[index] ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** One figure as a list item: its name in bold, its value, and how it was computed on the line below. */
const figureItem = (name: string, value: string, how: string) => `- **${name}**: ${value}\n  - ${how}`;

function figureLines(figures: TeamFigures, options: TeamMarkdownOptions, word: Word, n: ReportNumbers): string[] {
  const { onboarded, alignment, visibility, value } = figures;
  const lines: string[] = [];
  lines.push(
    figureItem(
      word('onboardedName'),
      onboarded.size === null || onboarded.share === null
        ? word('onboardedNoSize', { count: n.number(onboarded.count), day: onboarded.on })
        : word('onboardedValue', { count: n.number(onboarded.count), size: n.number(onboarded.size), share: n.share(onboarded.share), day: onboarded.on }),
      word('how', {
        how:
          onboarded.sizeFrom === null
            ? word('onboardedHowNoSize', { score: n.number(options.onboardingScore) })
            : word('onboardedHow', { score: n.number(options.onboardingScore), from: onboarded.sizeFrom }),
      }),
    ),
  );
  lines.push(
    figureItem(
      word('alignmentName'),
      alignment.median === null || alignment.count === 0
        ? word('alignmentNone')
        : word(n.isOne(alignment.median) ? 'alignmentValueOne' : 'alignmentValue', { change: n.change(alignment.median), colleagues: n.colleagues(alignment.count) }),
      word('how', { how: word('alignmentHow') }),
    ),
  );
  const visible = (id: ReportTextId, median: Median) =>
    median.median === null || median.count === 0
      ? word('visibilityNone', { figure: word(id) })
      : word('visibilityValue', { figure: word(id), change: n.percentChange(median.median), colleagues: n.colleagues(median.count) });
  lines.push(
    figureItem(
      word('visibilityName'),
      [
        visible('linkedinFollowers', visibility.linkedinFollowers),
        visible('linkedinConnections', visibility.linkedinConnections),
        visible('xFollowers', visibility.xFollowers),
      ].join('; '),
      word('how', { how: word('visibilityHow') }),
    ),
  );
  // The value exists only with its assumption: the sentence that gives the amount also gives the price per view.
  if (value) {
    const currency = escapeMarkdown(value.cost.currency);
    lines.push(
      figureItem(
        word('valueName'),
        word('valueValue', {
          amount: n.money(value.amount),
          currency,
          perThousand: n.money(value.cost.perThousand),
          gained: n.number(value.audienceGained),
        }),
        word('how', { how: word('valueHow') }),
      ),
    );
  }
  return lines;
}

type Word = (id: ReportTextId, data?: Record<string, string | number>) => string;

/** Colleagues coached: each is in a score bin or counted without a score. */
const coachedOf = (figures: TeamFigures) => figures.distribution.reduce((sum, bin) => sum + bin.count, figures.unscored);

function stagesSection(figures: TeamFigures, word: Word, n: ReportNumbers): string {
  const coached = coachedOf(figures);
  if (coached === 0) return word('noColleagues');
  const rows = [
    [word('coached'), n.number(coached), n.share(1)],
    ...figures.stages.map((stage) => [word(STAGE_TEXTS[stage.id]), n.number(stage.count), n.share(stage.count / coached)]),
  ];
  if (figures.stageUnsure > 0) rows.push([word('stageUnsure'), n.number(figures.stageUnsure), n.share(figures.stageUnsure / coached)]);
  return table([word('colStage'), word('colColleagues'), word('colShareOfCoached')], rows, [false, true, true]);
}

function distributionSection(figures: TeamFigures, word: Word, n: ReportNumbers): string {
  if (coachedOf(figures) === 0) return word('noColleagues');
  const rows = figures.distribution.map((bin) => [`${bin.from}–${bin.to}`, n.number(bin.count)]);
  rows.push([word('unscored'), n.number(figures.unscored)]);
  return table([word('colScore'), word('colColleagues')], rows, [false, true]);
}

function onboardedSection(figures: TeamFigures, word: Word, n: ReportNumbers): string {
  if (figures.onboarded.series.length === 0) return word('noSessions');
  return table(
    [word('colDay'), word('colOnboarded'), word('colTeamSize'), word('colShare')],
    figures.onboarded.series.map((point) => [
      point.on,
      n.number(point.count),
      point.size === null ? word('sizeNotEntered') : n.number(point.size),
      point.share === null ? '—' : n.share(point.share),
    ]),
    [false, true, true, true],
  );
}

function alignmentSection(figures: TeamFigures, word: Word, n: ReportNumbers): string {
  const { median, count, firstMedian, latestMedian } = figures.alignment;
  if (count === 0 || median === null || firstMedian === null || latestMedian === null) return word('alignmentNone');
  return table(
    [word('colFigure'), word('colValue')],
    [
      [word('alignmentFirst'), n.number(firstMedian)],
      [word('alignmentLatest'), n.number(latestMedian)],
      [word('alignmentChange'), n.change(median)],
      [word('colColleagues'), n.number(count)],
    ],
    [false, true],
  );
}

function gapsSection(figures: TeamFigures, options: TeamMarkdownOptions, word: Word, n: ReportNumbers): string {
  if (figures.gaps.length === 0) return word('gapsNone');
  return table(
    [word('colFinding'), word('colStep'), word('colColleagues')],
    figures.gaps.map((gap) => [escapeMarkdown(options.titleOf(gap.ruleId)), word(STEP_TEXTS[gap.step]), n.number(gap.colleagues)]),
    [false, false, true],
  );
}

function colleaguesSection(rows: readonly ColleagueRow[], word: Word, n: ReportNumbers): string {
  if (rows.length === 0) return word('noColleagues');
  return table(
    [word('colName'), word('colSessions'), word('colLatestDay'), word('colSite'), word('colLatestScore'), word('colChange'), word('colStage'), word('colOnboarded'), word('colOverdue')],
    rows.map((row) => [
      escapeMarkdown(row.name),
      n.number(row.sessions),
      row.latest ? calendarDayOf(row.latest.at) : '',
      row.latest ? SITE_NAMES[row.latest.site] : '',
      row.latest && row.latest.overall !== null ? n.number(row.latest.overall) : '',
      row.change === null ? '' : n.change(row.change),
      word(row.stage.reached === null ? 'stageNone' : STAGE_TEXTS[row.stage.reached]),
      word(row.onboarded ? 'yes' : 'no'),
      n.number(row.overdueActions),
    ]),
    [false, true, false, false, true, true, false, false, true],
  );
}

/**
 * The summary as Markdown (CommonMark with GFM tables), ending with a line break. `rows` are listed only with
 * `options.colleagues`; the figures' day is `figures.onboarded.on` (today's point).
 */
export function teamMarkdown(figures: TeamFigures, rows: readonly ColleagueRow[], translate: Translate | undefined, options: TeamMarkdownOptions): string {
  const word: Word = (id, data) => reportText(translate, id, data);
  const n = reportNumbers(translate);
  const intro = [word('madeOn', { day: figures.onboarded.on })];
  if (options.guidelinesName !== undefined && options.guidelinesName.trim() !== '') intro.push(word('guidelinesInUse', { name: escapeMarkdown(options.guidelinesName) }));
  const sections = [
    `# ${word('title')}`,
    intro.join(' '),
    `*${word('purpose')}*`,
    `## ${word('figuresTitle')}`,
    figureLines(figures, options, word, n).join('\n'),
    `## ${word('stagesTitle')}`,
    stagesSection(figures, word, n),
    `## ${word('distributionTitle')}`,
    distributionSection(figures, word, n),
    `## ${word('onboardedTitle')}`,
    onboardedSection(figures, word, n),
    `## ${word('alignmentTitle')}`,
    alignmentSection(figures, word, n),
    `## ${word('gapsTitle')}`,
    gapsSection(figures, options, word, n),
  ];
  if (options.colleagues) sections.push(`## ${word('colleaguesTitle')}`, colleaguesSection(rows, word, n));
  return `${sections.join('\n\n')}\n`;
}
