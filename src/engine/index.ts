/**
 * @file The engine's front door: checks one snapshot against guidelines with every registered rule and returns the
 * ranked findings and the score. Used by the popup, the command-line audit, the tests and the benchmark alike.
 */
import { DEFAULT_MANUAL_ITEMS, DEFAULT_WEIGHTS } from '../guidelines/presets/default';
import type { Guidelines } from '../guidelines/schema';
import { RULE_LIST } from '../rules';
import type { Snapshot } from '../snapshot';
import type { AnyRule, Related } from './define-rule';
import type { Translate } from './messages';
import { type Finding, type RunOptions, runRules } from './run-rules';
import { rankFindings, type Score, scoreOf } from './score';

export interface Report {
  findings: Finding[];
  score: Score;
}

export interface CheckOptions {
  guidelines: Guidelines;
  now: Date;
  related?: Related;
  answers?: Readonly<Record<string, boolean>>;
  /** On someone else's profile: what the colleague answered in a coaching session (RunOptions). */
  colleagueAnswers?: RunOptions['colleagueAnswers'];
  /** Rules the person said don't apply to them (src/engine/personal.ts), by rule id. */
  notApplicable?: RunOptions['notApplicable'];
  rules?: readonly AnyRule[];
  /**
   * The findings' texts in the person's language, by messages.json key: the background passes the browser's i18n,
   * the audit a locale file. Without it, or for a key it lacks, the rules' English.
   */
  translate?: Translate;
}

export function checkSnapshot(snapshot: Snapshot, options: CheckOptions): Report {
  const findings = runRules(snapshot, options.rules ?? RULE_LIST, {
    guidelines: options.guidelines,
    now: options.now,
    related: options.related,
    answers: options.answers,
    colleagueAnswers: options.colleagueAnswers,
    notApplicable: options.notApplicable,
    weights: DEFAULT_WEIGHTS,
    defaultManualItems: DEFAULT_MANUAL_ITEMS,
    translate: options.translate,
  });
  return { findings: rankFindings(findings), score: scoreOf(findings) };
}

export type { Finding, Score, Translate };
