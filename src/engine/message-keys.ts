/**
 * @file The keys under which the rules', the checklist's and the engine's texts live in assets/_locales/<lang>/
 * messages.json, and the engine's own English. Chrome allows only [A-Za-z0-9_@] in a key and compares keys
 * case-insensitively, so kebab-case ids become snake_case; a text's English stays beside the code that shows it
 * (rule metadata, `meta.texts`, src/rules/shared/texts.ts) and is the fallback when a language lacks it. A text's
 * wording about a colleague's profile (voice.ts) has its own key, `colleague_` before the part: `rule_<id>_colleague_title`.
 */
import type { Translate } from './messages';
import type { Voice } from './voice';

const snakes = new Map<string, string>();
/** Memoised: keys are built for every finding of every run, and ids are few. */
function snake(id: string): string {
  let value = snakes.get(id);
  if (value === undefined) {
    value = id.replace(/-/g, '_');
    snakes.set(id, value);
  }
  return value;
}

export type RulePart = 'title' | 'failureTitle' | 'description';

/** What a colleague wording adds to the key of the text it stands for. */
const voiced = (voice: Voice) => (voice === 'colleague' ? 'colleague_' : '');

/** `rule_<id>_title`, `rule_<id>_failureTitle`, `rule_<id>_description`. */
export const ruleKey = (ruleId: string, part: RulePart, voice: Voice = 'own') => `rule_${snake(ruleId)}_${voiced(voice)}${part}`;
/** A failure message template: `rule_<id>_msg_<messageId>`. */
export const ruleMessageKey = (ruleId: string, messageId: string, voice: Voice = 'own') =>
  `rule_${snake(ruleId)}_${voiced(voice)}msg_${messageId}`;
/** One of a rule's other texts (`meta.texts`: fix labels, reasons, words in evidence): `rule_<id>_text_<name>`. */
export const ruleTextKey = (ruleId: string, name: string, voice: Voice = 'own') => `rule_${snake(ruleId)}_${voiced(voice)}text_${name}`;
/** A text of the helpers shared by several rules (src/rules/shared): no rule can be named "shared", it is a folder. */
export const sharedTextKey = (name: string, voice: Voice = 'own') => `rule_shared_${voiced(voice)}${name}`;
/** A built-in checklist item's title or why: `manual_<id>_title`, `manual_<id>_why`. */
export const manualKey = (itemId: string, part: 'title' | 'why') => `manual_${snake(itemId)}_${part}`;

/** What a checklist item's finding id starts with (`manual:<id>`, src/engine/run-rules.ts). */
export const MANUAL_PREFIX = 'manual:';

/**
 * A finding's title from its rule id alone, as `translate` words it (a coaching session keeps no text): the rule's
 * `failureTitle` (or `title` once fixed), in the colleague's wording where it has one; the built-in checklist item's
 * title for `manual:<id>`; the id itself for a company's own checklist item (its words are in its guidelines). The
 * colleague's page words it through the browser (src/ui/coaching/finding-title.ts), `npm run team-report` through
 * the extension's messages.json files, so the two reports name findings alike.
 */
export function findingTitleIn(translate: Translate, ruleId: string, passed = false, voice: Voice = 'colleague'): string {
  if (ruleId.startsWith(MANUAL_PREFIX)) return translate(manualKey(ruleId.slice(MANUAL_PREFIX.length), 'title')) ?? ruleId;
  const part = passed ? 'title' : 'failureTitle';
  return (voice === 'colleague' ? translate(ruleKey(ruleId, part, 'colleague')) : undefined) ?? translate(ruleKey(ruleId, part)) ?? ruleId;
}

/** What the engine itself says about a finding. */
export const ENGINE_TEXTS = {
  couldNotRead: 'Could not read: {{fields}}',
  notShown: 'Not shown on this page: {{fields}}',
  invalidOptions: 'The guidelines give this rule invalid options: {{issue}}',
  ruleFailed: 'This rule failed to run: {{error}}',
  manualWhy: 'A step of the checklist that only you can tick.',
  manualUnanswered: 'Not answered yet: tick it when done.',
  personalNotApplicable: "You said this doesn't apply to you: {{reason}}",
  reasonThemes: "I don't work on this season's themes",
  reasonCustomerFacing: "I'm not in a customer-facing role",
  reasonOther: 'another reason',
} as const;
export type EngineText = keyof typeof ENGINE_TEXTS;

/**
 * The engine's words about a colleague's profile, where the own ones address the person. The "doesn't apply to me"
 * texts have none: the person's own choices are shown on their own profiles only.
 */
export const ENGINE_COLLEAGUE_TEXTS: Readonly<Partial<Record<EngineText, string>>> = {
  manualWhy: 'A step of the checklist that only the profile’s owner can tick.',
};

export const engineKey = (name: EngineText, voice: Voice = 'own') => `engine_${voiced(voice)}${name}`;

/**
 * Every key this file names starts with one of these, and they are reserved for it: `npm run -s i18n:rules` removes
 * any other key with these prefixes as stale. The rest of messages.json belongs to the interface.
 */
export const ENGINE_KEY_PREFIXES = ['rule_', 'manual_', 'engine_'] as const;
