/**
 * @file Runs rules on one snapshot and returns one finding per rule that concerns the page. The engine decides
 * what a rule cannot: a required field the reader could not read makes the rule "incomplete" (never "failed"),
 * a rule that throws gives "error" without sinking the others, and a rule the guidelines turn off is left out.
 * Every text of a finding comes in the active language through the injected `translate` (English without it),
 * except the company's own words (a rule's or a checklist item's `why`, its own checklist items), which are shown
 * as written. On someone else's profile (`selfView: false`) the texts speak about the colleague, to the coach
 * (voice.ts). It does not compute the score (score.ts) nor touch the DOM, storage or the clock.
 */
import type { Guidelines, ManualItem, RuleSetting } from '../guidelines/schema';
import type { Snapshot, UnreadableReason } from '../snapshot';
import {
  type AnyRule,
  type Evidence,
  type Fix,
  type Outcome,
  type Related,
  type RuleContext,
  type Severity,
  type Step,
  type Target,
  targetOf,
} from './define-rule';
import {
  ENGINE_COLLEAGUE_TEXTS,
  ENGINE_TEXTS,
  type EngineText,
  engineKey,
  manualKey,
  ruleKey,
  ruleMessageKey,
  type RulePart,
  ruleTextKey,
} from './message-keys';
import { matchersFor } from './matchers';
import { localize, type MessageData, type Translate } from './messages';
import type { PersonalChoice } from './personal';
import { localizeIn, type Voice, voiceOf } from './voice';

export type FindingStatus = 'pass' | 'fail' | 'notApplicable' | 'incomplete' | 'error';

export interface Finding {
  /** The rule's id, or `manual:<id>` for a checklist item the person ticks. */
  ruleId: string;
  step: Step;
  severity: Severity;
  status: FindingStatus;
  /** The rule's title when it passes, its failure title otherwise. */
  title: string;
  /** Why it matters: the company's words when the guidelines give them, else the rule's description. */
  why: string;
  /** The filled-in failure message, the reason it is incomplete or not applicable, or the error; null on a pass. */
  message: string | null;
  evidence: Evidence[];
  fix: Fix | null;
  /** Fields the reader could not read (status "incomplete"). */
  unreadable?: string[];
  /**
   * Why (status "incomplete"): `not-shown` when this page shows none of them (a known limit: open where the site
   * shows them, then check again), `no-match` when the markup of any of them did not match (src/snapshot/field.ts).
   */
  reason?: UnreadableReason;
  /** Set when the person said the rule doesn't apply to them (status "notApplicable"), with their reason. */
  personal?: PersonalChoice;
  weight: number;
  /** 1 on a pass, 0..1 on a failure, null when the finding is not scored. */
  score: number | null;
}

export interface RunOptions {
  guidelines: Guidelines;
  now: Date;
  related?: Related;
  /**
   * Answers to the manual checklist items, by item id: true done, false not done, missing unanswered. They are the
   * viewer's: ignored on someone else's profile (`selfView: false`), whose items stay unanswered.
   */
  answers?: Readonly<Record<string, boolean>>;
  /**
   * On someone else's profile only: the answers the colleague gave in a coaching session, by item id (the viewer's
   * own answers never stand for them). Ignored on one's own pages.
   */
  colleagueAnswers?: Readonly<Record<string, boolean>>;
  /** Rules the person said don't apply to them, by rule id: not applicable, with their reason; ignored like answers. */
  notApplicable?: Readonly<Record<string, PersonalChoice>>;
  /** The weight of each rule when the guidelines do not set one. */
  weights: Readonly<Record<string, { weight: number }>>;
  /** Manual items when the guidelines list none. */
  defaultManualItems?: readonly ManualItem[];
  /** The texts in the person's language by messages.json key (src/engine/message-keys.ts); English without it. */
  translate?: Translate;
}

/** Pages on which the manual checklist is shown: a person's own profiles. */
const MANUAL_TARGETS: readonly Target[] = ['linkedin-profile', 'x-profile'];

/** A value stored under `key` in a plain object from a file, storage or a page: never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function settingOf(guidelines: Guidelines, ruleId: string): Exclude<RuleSetting, 'off'> | null {
  const setting = ownValue(guidelines.rules, ruleId);
  if (setting === 'off' || setting?.off) return null;
  return setting ?? {};
}

const english: Translate = () => undefined;

/** A rule's `context.t`: its `meta.texts` looked up in the active language and voice; an unknown name shows as itself. */
function textsOf(rule: AnyRule, translate: Translate, voice: Voice): RuleContext['t'] {
  const { id, texts, colleague } = rule.meta;
  return (name: string, data?: MessageData) =>
    localizeIn(voice, translate, (v) => ruleTextKey(id, name, v), ownValue(texts, name) ?? name, ownValue(colleague?.texts, name), data);
}

/** A rule's title, failure title or description in the active language and voice. */
const rulePart = (rule: AnyRule, part: RulePart, translate: Translate, voice: Voice) =>
  localizeIn(voice, translate, (v) => ruleKey(rule.meta.id, part, v), rule.meta[part], rule.meta.colleague?.[part]);

/** One of the engine's own texts in the active language and voice. */
const engineText = (name: EngineText, translate: Translate, voice: Voice, data?: MessageData) =>
  localizeIn(voice, translate, (v) => engineKey(name, v), ENGINE_TEXTS[name], ENGINE_COLLEAGUE_TEXTS[name], data);

export function runRules(snapshot: Snapshot, rules: readonly AnyRule[], options: RunOptions): Finding[] {
  const target = targetOf(snapshot);
  const translate = options.translate ?? english;
  const voice = voiceOf(snapshot);
  const shared = {
    guidelines: options.guidelines,
    matchers: matchersFor(options.guidelines),
    now: options.now,
    related: options.related ?? {},
    translate,
    voice,
  };
  const findings: Finding[] = [];
  const own = voice === 'own';
  const answers = own ? options.answers : options.colleagueAnswers;
  const setAside = own ? options.notApplicable : undefined;
  for (const rule of rules) {
    const required = rule.meta.requires[target];
    if (required === undefined) continue;
    const setting = settingOf(options.guidelines, rule.meta.id);
    if (setting === null) continue;
    const choice = ownValue(setAside, rule.meta.id);
    if (choice) {
      findings.push(personalFinding(rule, setting, choice, translate));
      continue;
    }
    const context: RuleContext = { ...shared, t: textsOf(rule, translate, voice) };
    findings.push(runOne(rule, target, required as readonly string[], snapshot, setting, context, options));
  }
  if (MANUAL_TARGETS.includes(target)) {
    // The company's own items are its words, shown as written; only the built-in ones are translated.
    const own = options.guidelines.checklist.manual;
    const items = own ?? options.defaultManualItems ?? [];
    for (const item of items) {
      findings.push(manualFinding(item, ownValue(answers, item.id), own ? undefined : translate, translate, voice));
    }
  }
  return findings;
}

function runOne(
  rule: AnyRule,
  target: Target,
  required: readonly string[],
  snapshot: Snapshot,
  setting: Exclude<RuleSetting, 'off'>,
  context: RuleContext,
  run: RunOptions,
): Finding {
  const { meta } = rule;
  const { translate, voice } = context;
  const title = rulePart(rule, 'title', translate, voice);
  const base: FindingBase = {
    ruleId: meta.id,
    step: meta.step,
    severity: setting.severity ?? meta.severity,
    // The company's own why is shown as written, never translated.
    why: setting.why ?? rulePart(rule, 'description', translate, voice),
    weight: setting.weight ?? ownValue(run.weights, meta.id)?.weight ?? 1,
  };
  const allFields = snapshot.fields as Record<string, { status: string; value?: unknown; reason?: UnreadableReason }>;
  let reason: UnreadableReason = 'not-shown';
  const unreadable = required.filter((name) => {
    const field = ownValue(allFields, name);
    const status = field?.status;
    if (status === 'present' || status === 'absent') return false;
    // A field missing from the snapshot, or unreadable without a reason, is a mismatch.
    if (field?.reason !== 'not-shown') reason = 'no-match';
    return true;
  });
  if (unreadable.length > 0) {
    const text = reason === 'not-shown' ? 'notShown' : 'couldNotRead';
    return findingOf(base, {
      status: 'incomplete',
      title,
      message: engineText(text, translate, voice, { fields: unreadable.join(', ') }),
      unreadable,
      reason,
      score: null,
    });
  }
  const fields = Object.fromEntries(
    required.map((name) => {
      const field = allFields[name] as { status: string; value?: unknown };
      return [name, field.status === 'present' ? field.value : null];
    }),
  );
  const input = { target, snapshot, fields };

  const parsedOptions = optionsOf(rule, setting, run.guidelines);
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    return findingOf(base, {
      status: 'error',
      title,
      message: engineText('invalidOptions', translate, voice, { issue: issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid' }),
      score: null,
    });
  }

  let outcome: Outcome;
  let fix: Fix | null = null;
  try {
    outcome = (rule.check as (input: unknown, options: unknown, context: RuleContext) => Outcome)(
      input,
      parsedOptions.data,
      context,
    );
    if (outcome.status === 'fail' && meta.fix) {
      fix = (meta.fix as (input: unknown, context: RuleContext) => Fix | null)(input, context);
    }
  } catch (error) {
    return findingOf(base, {
      status: 'error',
      title,
      message: engineText('ruleFailed', translate, voice, { error: error instanceof Error ? error.message : String(error) }),
      score: null,
    });
  }

  switch (outcome.status) {
    case 'pass':
      return findingOf(base, { status: 'pass', title, message: null, evidence: outcome.evidence ?? [], score: 1 });
    case 'fail': {
      const { messageId } = outcome;
      const template = ownValue(meta.messages, messageId) ?? messageId;
      const colleague = ownValue(meta.colleague?.messages, messageId);
      return findingOf(base, {
        status: 'fail',
        title: rulePart(rule, 'failureTitle', translate, voice),
        message: localizeIn(voice, translate, (v) => ruleMessageKey(meta.id, messageId, v), template, colleague, outcome.data),
        evidence: outcome.evidence,
        fix,
        score: outcome.score,
      });
    }
    case 'notApplicable':
      return findingOf(base, { status: 'notApplicable', title, message: outcome.reason ?? null, score: null });
    case 'incomplete':
      return findingOf(base, { status: 'incomplete', title, message: outcome.reason, score: null });
  }
}

/** Options parsed once per rule and guidelines object: parsing them on every snapshot was most of the engine's cost. */
const optionsCache = new WeakMap<Guidelines, Map<string, ReturnType<AnyRule['meta']['options']['safeParse']>>>();

function optionsOf(rule: AnyRule, setting: Exclude<RuleSetting, 'off'>, guidelines: Guidelines) {
  let byRule = optionsCache.get(guidelines);
  if (!byRule) {
    byRule = new Map();
    optionsCache.set(guidelines, byRule);
  }
  let parsed = byRule.get(rule.meta.id);
  if (!parsed) {
    parsed = rule.meta.options.safeParse({ ...(rule.meta.defaultOptions as object), ...setting.options });
    byRule.set(rule.meta.id, parsed);
  }
  return parsed;
}

/** What every finding of a rule shares, whatever its outcome. */
type FindingBase = Pick<Finding, 'ruleId' | 'step' | 'severity' | 'why' | 'weight'>;
type Outcomes = Pick<Finding, 'status' | 'title' | 'message' | 'score'> &
  Partial<Pick<Finding, 'evidence' | 'fix' | 'unreadable' | 'reason'>>;

/**
 * Builds a finding with one fixed shape. (Spreading a shared base and overriding some of its keys put V8 on its slow
 * dictionary path: about 2 µs a finding, most of the engine's own cost.)
 */
function findingOf(base: FindingBase, outcome: Outcomes): Finding {
  const finding: Finding = {
    ruleId: base.ruleId,
    step: base.step,
    severity: base.severity,
    status: outcome.status,
    title: outcome.title,
    why: base.why,
    message: outcome.message,
    evidence: outcome.evidence ?? [],
    fix: outcome.fix ?? null,
    weight: base.weight,
    score: outcome.score,
  };
  if (outcome.unreadable) finding.unreadable = outcome.unreadable;
  if (outcome.reason) finding.reason = outcome.reason;
  return finding;
}

const REASON_TEXTS = { themes: 'reasonThemes', customerFacing: 'reasonCustomerFacing', other: 'reasonOther' } as const;

/**
 * A rule the person set aside: not applicable and weighing nothing, never a pass, its message saying it was their
 * choice and why (their own words for "other", as written). The rule does not run.
 */
function personalFinding(rule: AnyRule, setting: Exclude<RuleSetting, 'off'>, choice: PersonalChoice, translate: Translate): Finding {
  const { meta } = rule;
  const reasonKey = REASON_TEXTS[choice.reason];
  const reason = choice.reason === 'other' && choice.note ? choice.note : localize(translate, engineKey(reasonKey), ENGINE_TEXTS[reasonKey]);
  const finding = findingOf(
    {
      ruleId: meta.id,
      step: meta.step,
      severity: setting.severity ?? meta.severity,
      why: setting.why ?? localize(translate, ruleKey(meta.id, 'description'), meta.description),
      weight: 0,
    },
    {
      status: 'notApplicable',
      title: localize(translate, ruleKey(meta.id, 'title'), meta.title),
      message: localize(translate, engineKey('personalNotApplicable'), ENGINE_TEXTS.personalNotApplicable, { reason }),
      score: null,
    },
  );
  finding.personal = choice.note === undefined ? { reason: choice.reason } : { reason: choice.reason, note: choice.note };
  return finding;
}

/**
 * A checklist item as a finding. `translateItem` is given for the built-in items only: the company's own items
 * keep its words; the engine's own words (`translate`) are always in the active language and `voice`.
 */
function manualFinding(
  item: ManualItem,
  answer: boolean | undefined,
  translateItem: Translate | undefined,
  translate: Translate,
  voice: Voice,
): Finding {
  const say = (part: 'title' | 'why', english: string) =>
    translateItem ? localize(translateItem, manualKey(item.id, part), english) : english;
  return {
    ruleId: `manual:${item.id}`,
    step: item.step,
    severity: 'minor',
    status: answer === undefined ? 'incomplete' : answer ? 'pass' : 'fail',
    title: say('title', item.title),
    why: item.why === undefined ? engineText('manualWhy', translate, voice) : say('why', item.why),
    message: answer === undefined ? engineText('manualUnanswered', translate, voice) : null,
    evidence: [],
    fix: null,
    weight: 1,
    score: answer === undefined ? null : answer ? 1 : 0,
  };
}
