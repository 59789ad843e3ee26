/**
 * @file What a rule is: its metadata (id, step, why, which page and which snapshot fields it needs, options,
 * messages, where to fix) and a pure `check`. Rules judge snapshots; they never see the DOM, `browser`, storage
 * or the clock (`now` comes in the context). The engine, not the rule, turns an unreadable field into
 * "incomplete" and a thrown error into "error" (run-rules.ts). Every text a rule shows is English in its metadata
 * (`title`, `messages`, `texts`…) and reaches the person through the engine's lookup in the active language; where
 * it addresses the person ("your headline"), `colleague` gives the wording for a colleague's profile (voice.ts).
 */
import type { z } from 'zod';
import type { PageType } from '../snapshot/pages/page-type';
import type { Guidelines, Step } from '../guidelines/schema';
import type {
  LinkedInConnectionsSnapshot,
  LinkedInInvitationsSnapshot,
  LinkedInProfileSnapshot,
  Snapshot,
  XFollowingSnapshot,
  XProfileSnapshot,
} from '../snapshot';
import type { Matchers } from './matchers';
import type { MessageData, Translate } from './messages';
import type { Voice } from './voice';

export type { Step };
export type Severity = 'minor' | 'moderate' | 'serious' | 'critical';
export const SEVERITIES: readonly Severity[] = ['critical', 'serious', 'moderate', 'minor'];

/** The pages rules are written for; invitations split by direction since different rules apply. */
export interface TargetSnapshots {
  'linkedin-profile': LinkedInProfileSnapshot;
  'linkedin-invitations-received': LinkedInInvitationsSnapshot & { direction: 'received' };
  'linkedin-invitations-sent': LinkedInInvitationsSnapshot & { direction: 'sent' };
  'linkedin-connections': LinkedInConnectionsSnapshot;
  'x-profile': XProfileSnapshot;
  'x-following': XFollowingSnapshot;
}
export type Target = keyof TargetSnapshots;
// The rules' pages are the readers' page types (src/snapshot/pages/page-type.ts): this fails to compile if they drift apart.
type SamePages<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const TARGETS_MATCH_PAGE_TYPES: SamePages<Target, Exclude<PageType, 'unsupported'>> = true;

export function targetOf(snapshot: Snapshot): Target {
  if (snapshot.site === 'x') return snapshot.pageType === 'profile' ? 'x-profile' : 'x-following';
  if (snapshot.pageType === 'invitations') return `linkedin-invitations-${snapshot.direction}`;
  return snapshot.pageType === 'profile' ? 'linkedin-profile' : 'linkedin-connections';
}

export type FieldName<T extends Target> = keyof TargetSnapshots[T]['fields'] & string;
type ValueOf<F> = F extends { status: 'present'; value: infer V } ? V : never;
/** A required field as the rule sees it: its value, or null when the page really has none ("absent"). */
export type FieldValue<T extends Target, K extends FieldName<T>> = ValueOf<TargetSnapshots[T]['fields'][K]> | null;

/** For each page a rule applies to, the snapshot fields it needs. */
export type Requires = { readonly [T in Target]?: readonly FieldName<T>[] };

/** What `check` receives: which page, its snapshot, and the required fields already unwrapped. */
export type RuleInput<R extends Requires> = {
  [T in keyof R & Target]: {
    target: T;
    snapshot: TargetSnapshots[T];
    fields: { [K in NonNullable<R[T]>[number] & FieldName<T>]: FieldValue<T, K> };
  };
}[keyof R & Target];

/** Profiles of the same person seen elsewhere (for cross-site checks), and what is known of the past. */
export interface Related {
  linkedinProfile?: LinkedInProfileSnapshot;
  xProfile?: XProfileSnapshot;
  /** What the extension's history knows of this page's headline/About (or bio); absent without history. */
  summary?: SummaryHistory;
}

/** A profile's summary as the history saw it (src/storage/profile-history.ts). */
export interface SummaryHistory {
  /** When any text of it was first seen. */
  firstSeen: Date;
  /** Since when the current text has been seen: the visit that saw it change, or `firstSeen`. */
  unchangedSince: Date;
  /** True when an earlier visit saw another text, so `unchangedSince` dates a change seen, not a first sighting. */
  changeSeen: boolean;
}

export interface RuleContext<T extends string = string> {
  guidelines: Guidelines;
  /** The guidelines' terms, compiled once. */
  matchers: Matchers;
  now: Date;
  related: Related;
  /**
   * One of the rule's own `meta.texts` in the active language (its English when there is no translation), with
   * {{placeholders}} filled: the rule writes `t('fixBio')` where it would have written 'Edit the bio'.
   */
  t(key: T, data?: MessageData): string;
  /** The engine's lookup in the active language, for the helpers several rules share (src/rules/shared/texts.ts). */
  translate: Translate;
  /** Whom the texts speak to: the viewer about their own profile, or a coach about a colleague's (`t` uses it). */
  voice: Voice;
}

/** Evidence shown beside a finding: the offending text with the parts to highlight, or the items concerned. */
export interface Evidence {
  /** Which field the text comes from ("headline", "about", "invitations"…). */
  field?: string;
  text: string;
  /** Ranges of `text` to highlight, [start, end) offsets. */
  highlights?: Array<[number, number]>;
  /** A link to the item (a person's profile), when there is one. */
  url?: string;
}

export type Outcome<M extends string = string> =
  | { status: 'pass'; evidence?: Evidence[] }
  | {
      status: 'fail';
      messageId: M;
      data: Record<string, string | number>;
      evidence: Evidence[];
      /** Partial credit, 0..1 (0 unless said). */
      score: number;
    }
  | { status: 'notApplicable'; reason?: string }
  /** A rule may itself say it cannot judge (e.g. no earlier visit to compare with). */
  | { status: 'incomplete'; reason: string };

export const pass = (evidence?: Evidence[]): Outcome<never> => (evidence ? { status: 'pass', evidence } : { status: 'pass' });
export function fail<M extends string>(
  messageId: M,
  data: Record<string, string | number> = {},
  evidence: Evidence[] = [],
  score = 0,
): Outcome<M> {
  return { status: 'fail', messageId, data, evidence, score: Math.min(1, Math.max(0, score)) };
}
export const notApplicable = (reason?: string): Outcome<never> =>
  reason === undefined ? { status: 'notApplicable' } : { status: 'notApplicable', reason };
export const incomplete = (reason: string): Outcome<never> => ({ status: 'incomplete', reason });

/** Where to fix: a label and an address on LinkedIn or X, built from the snapshot. */
export interface Fix {
  label: string;
  url: string;
}

/**
 * A rule's wordings about a colleague's profile, said to the coach who opens it: third person, about the profile
 * ("The profile carries no company hashtag", "Edit the headline"), with the same facts and {{placeholders}} as the
 * own wording. Given only for the texts whose own wording addresses the person; the others are said as they are.
 */
export interface ColleagueWording<M extends string, T extends string> {
  title?: string;
  failureTitle?: string;
  description?: string;
  messages?: Partial<Record<M, string>>;
  texts?: Partial<Record<T, string>>;
}

export interface RuleMeta<R extends Requires, O, M extends string, T extends string = never> {
  /** Kebab-case noun naming what is checked; equals the file name; never reused. */
  id: string;
  step: Step;
  /** Said when the rule passes. */
  title: string;
  /** Said when it fails. */
  failureTitle: string;
  /** Why it matters, in one line (the guidelines may say it in the company's words instead). */
  description: string;
  severity: Severity;
  requires: R;
  options: z.ZodType<O>;
  defaultOptions: O;
  /** Message templates with {{placeholders}}, by message id. */
  messages: Record<M, string>;
  /**
   * The rule's other words, by name, with {{placeholders}}: Fix labels (named `fix…`), the reasons it gives for
   * not applicable or incomplete, words it puts in evidence or in message data. Shown through `context.t`, so
   * they are translated like the messages; the English here is the fallback and the source of messages.json.
   */
  texts?: Record<T, string>;
  /** Wordings for a colleague's profile, where the ones above say "you" (a text without one is said as it is). */
  colleague?: ColleagueWording<M, T>;
  /** The context lets a rule that reads several fields point to the one at fault (e.g. the headline, not the About). */
  fix?: (input: RuleInput<R>, context: RuleContext<T>) => Fix | null;
}

export interface Rule<R extends Requires = Requires, O = unknown, M extends string = string, T extends string = never> {
  meta: RuleMeta<R, O, M, T>;
  check(input: RuleInput<R>, options: O, context: RuleContext<T>): Outcome<M>;
}

/** An erased rule, as the registry and the engine hold it. */
export interface AnyRule {
  meta: Omit<RuleMeta<Requires, unknown, string, string>, 'fix'> & {
    fix?: (input: never, context: RuleContext) => Fix | null;
  };
  check(input: never, options: never, context: RuleContext): Outcome;
}

export function defineRule<const R extends Requires, O, M extends string, T extends string = never>(
  rule: Rule<R, O, M, T>,
): Rule<R, O, M, T> {
  return rule;
}

export function appliesTo(rule: AnyRule): Target[] {
  return (Object.keys(rule.meta.requires) as Target[]).filter((target) => rule.meta.requires[target] !== undefined);
}
