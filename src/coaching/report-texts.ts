/**
 * @file The team reports' words (CSV headers, the Markdown summary's sentences) by id: their English, with
 * {{placeholders}}, and how to word one in a language. The reports take a `Translate`, so the dashboard words them
 * in the browser's language (browser.i18n.getMessage) and the `team-report` command in its --lang (src/cli/locale.ts
 * `readTranslation`); the translations live in assets/_locales/<lang>/messages.json under `report_<id>`, and
 * test/coaching/report-texts.test.ts keeps them complete. It also formats the reports' numbers in that language
 * (the `lang` message). It reads no file and no browser API.
 */
import { formatMessage, type MessageData, type Translate } from '../engine/messages';
import type { Step } from '../guidelines/schema';
import type { StageId } from './team-types';

export const REPORT_TEXTS = {
  // Words the CSV and the Markdown share.
  colName: 'Name',
  colColleagues: 'Colleagues',
  colStage: 'Stage',
  colOnboarded: 'Onboarded',
  colDay: 'Day',
  colScore: 'Score',
  colShare: 'Share',
  yes: 'yes',
  no: 'no',
  stageSafe: 'Safe profile',
  stageConnected: 'Connected to the company',
  stageSpeaking: 'Speaks for the company',
  stageNone: 'none',
  stepCleanUp: 'Clean up',
  stepPlanAhead: 'Plan ahead',
  stepTeamUp: 'Team up',
  stepGuidelines: 'Guidelines',
  percent: '{{value}}%',
  colleaguesOne: '{{count}} colleague',
  colleagues: '{{count}} colleagues',
  // The CSV's columns.
  colSessions: 'Sessions',
  colLatestDay: 'Latest session',
  colSite: 'Site',
  colLatestScore: 'Latest score',
  colChange: 'Change since the previous session',
  colStageUnsure: 'Next stage undecided (unread)',
  colOverdue: 'Overdue actions',
  colDate: 'Date',
  colGuidelines: 'Guidelines',
  colOverall: 'Overall score',
  colStepScore: 'Score: {{step}}',
  // The Markdown summary.
  title: 'Team report',
  madeOn: 'Figures of {{day}}.',
  guidelinesInUse: 'Guidelines: {{name}}.',
  purpose: 'Team figures, not a ranking of people: coaching records serve coaching, not performance appraisal.',
  figuresTitle: 'Figures',
  how: 'How: {{how}}',
  onboardedName: 'Onboarded',
  onboardedValue: '{{count}} of {{size}} ({{share}}) on {{day}}',
  onboardedNoSize: '{{count}} on {{day}}; no team size entered, so no share',
  onboardedHow: "colleagues whose latest session scores {{score}} or more (the guidelines' onboarding score), over the team's size entered from {{from}}; a past share keeps the size it had then.",
  onboardedHowNoSize: "colleagues whose latest session scores {{score}} or more (the guidelines' onboarding score); a share needs the team's size, entered with the day it holds from.",
  alignmentName: 'Alignment gained',
  alignmentValueOne: 'median {{change}} point ({{colleagues}})',
  alignmentValue: 'median {{change}} points ({{colleagues}})',
  alignmentNone: 'not yet: no colleague has two sessions on the same site under the same guidelines',
  alignmentHow: "each colleague's latest score minus their first on the same site under the same guidelines; a colleague with one such session does not count.",
  visibilityName: 'Visibility',
  visibilityValue: '{{figure}} {{change}} ({{colleagues}})',
  visibilityNone: '{{figure}}: no colleague yet',
  linkedinFollowers: 'LinkedIn followers',
  linkedinConnections: 'LinkedIn connections',
  xFollowers: 'X followers',
  visibilityHow: "median change in per cent between each colleague's first and latest sessions on a site that both have the count and are at least 30 days apart; the programme's realistic goal is +30% to +100%.",
  valueName: 'Value',
  valueValue: '{{amount}} {{currency}}, counting each follower or connection gained as one view, at {{perThousand}} {{currency}} per thousand views ({{gained}} gained)',
  valueHow: 'the followers and connections gained between the sessions the visibility figure compares (losses count too), one view each, priced at the cost per thousand views the company entered: an estimate, never a measure.',
  stagesTitle: 'Stages',
  coached: 'Coached',
  colShareOfCoached: 'Share of those coached',
  stageUnsure: 'Next stage undecided (a rule could not be read)',
  distributionTitle: 'Latest scores',
  unscored: 'No score',
  onboardedTitle: 'Onboarded over time',
  colTeamSize: 'Team size',
  sizeNotEntered: 'not entered',
  alignmentTitle: 'Alignment before and after',
  colFigure: 'Figure',
  colValue: 'Value',
  alignmentFirst: 'First session (median)',
  alignmentLatest: 'Latest session (median)',
  alignmentChange: 'Median change (points)',
  gapsTitle: 'Where the training should go',
  colFinding: 'Open finding',
  colStep: 'Step',
  gapsNone: 'No open finding in the latest sessions.',
  noColleagues: 'No colleague has been coached yet.',
  noSessions: 'No session yet.',
  colleaguesTitle: 'Colleagues',
} as const;

export type ReportTextId = keyof typeof REPORT_TEXTS;

/** Every key of these texts in messages.json starts with this; test/coaching/report-texts.test.ts checks them. */
export const REPORT_KEY_PREFIX = 'report_';

export const reportKey = (id: ReportTextId) => `${REPORT_KEY_PREFIX}${id}`;

/**
 * The text in the language `translate` gives, else English, with `data` filled in one pass (a name holding
 * "{{x}}" stays as written).
 */
export function reportText(translate: Translate | undefined, id: ReportTextId, data?: MessageData): string {
  const template = translate?.(reportKey(id)) || REPORT_TEXTS[id];
  return data === undefined ? template : formatMessage(template, data);
}

export const STAGE_TEXTS: Readonly<Record<StageId, ReportTextId>> = {
  safe: 'stageSafe',
  connected: 'stageConnected',
  speaking: 'stageSpeaking',
};

export const STEP_TEXTS: Readonly<Record<Step, ReportTextId>> = {
  'clean-up': 'stepCleanUp',
  'plan-ahead': 'stepPlanAhead',
  'team-up': 'stepTeamUp',
  guidelines: 'stepGuidelines',
};

/** The sites by their own names: brands, the same in every language. */
export const SITE_NAMES = { linkedin: 'LinkedIn', x: 'X' } as const;

/** How a report writes numbers in its language (the `lang` message; English without one). */
export interface ReportNumbers {
  /** At most one decimal: "12", "35.5" ("35,5"). */
  number(value: number): string;
  /** Signed: "+12", "-2.5", "0". */
  change(value: number): string;
  /** A share 0..1 as a whole per cent: "36%". */
  share(value: number): string;
  /** A change in per cent, signed: "+35.5%". */
  percentChange(value: number): string;
  /** Money, at most two decimals: "18", "1,234.5". */
  money(value: number): string;
  /** "1 colleague", "7 colleagues", by the language's plural rules. */
  colleagues(count: number): string;
  /** Whether the language words `value` in the singular ("+1 point"; in French also "+1,5 point"). */
  isOne(value: number): boolean;
}

export function reportNumbers(translate: Translate | undefined): ReportNumbers {
  const language = translate?.('lang') || 'en';
  const make = <T>(build: () => T): T | null => {
    try {
      return build();
    } catch {
      // Not a language Intl knows: plain numbers.
      return null;
    }
  };
  const oneDecimal = make(() => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }));
  const twoDecimals = make(() => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }));
  const plural = make(() => new Intl.PluralRules(language));
  const number = (value: number) => oneDecimal?.format(value) ?? String(Math.round(value * 10) / 10);
  const isOne = (value: number) => (plural ? plural.select(value) : value === 1 ? 'one' : 'other') === 'one';
  const change = (value: number) => (value > 0 ? `+${number(value)}` : number(value));
  return {
    number,
    change,
    share: (value) => reportText(translate, 'percent', { value: number(Math.round(value * 100)) }),
    percentChange: (value) => reportText(translate, 'percent', { value: change(value) }),
    money: (value) => twoDecimals?.format(value) ?? String(Math.round(value * 100) / 100),
    colleagues: (count) => reportText(translate, isOne(count) ? 'colleaguesOne' : 'colleagues', { count: number(count) }),
    isOne,
  };
}
