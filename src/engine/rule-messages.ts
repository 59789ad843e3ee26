/**
 * @file Every text the findings can show, as messages.json entries (key, English, a note for translators): the
 * rules' metadata (title, failure title, why, messages, `meta.texts`), the shared rule helpers' texts, the
 * built-in checklist items and the engine's own words, each followed by its wording about a colleague's profile
 * when it has one (voice.ts). `npm run -s i18n:rules` writes them into the English messages.json and a test
 * compares that file with this list, so the English there cannot drift from the code. It reads metadata only and
 * writes nothing.
 */
import type { ManualItem } from '../guidelines/schema';
import type { AnyRule } from './define-rule';
import {
  ENGINE_COLLEAGUE_TEXTS,
  ENGINE_TEXTS,
  type EngineText,
  engineKey,
  manualKey,
  ruleKey,
  ruleMessageKey,
  ruleTextKey,
  sharedTextKey,
} from './message-keys';
import type { Voice } from './voice';

export interface RuleMessageEntry {
  key: string;
  /** The English, with {{placeholders}}. */
  message: string;
  /** For translators: where the text shows and what fills its placeholders. */
  description: string;
}

/** The {{names}} of a template, once each, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((match) => match[1] as string))];
}

function entry(key: string, message: string, description: string): RuleMessageEntry {
  const names = placeholdersOf(message);
  const keep = names.length === 0 ? '' : ` Keep ${names.map((name) => `{{${name}}}`).join(', ')} as written: filled in when shown.`;
  return { key, message, description: `${description}${keep}` };
}

const ENGINE_NOTES: Readonly<Record<EngineText, string>> = {
  couldNotRead: 'a check that could not run because the page could not be read; the internal names of the fields follow.',
  notShown:
    'a check that could not run because this page does not show what it needs (the site shows it elsewhere, e.g. in an overlay); the internal names of the fields follow.',
  invalidOptions: 'a check the company’s guidelines configured wrongly; the technical reason follows.',
  ruleFailed: 'a check that crashed; the technical reason follows.',
  manualWhy: 'why a checklist item of the company’s own matters, when the company gives no reason.',
  manualUnanswered: 'a checklist item the person has not ticked or unticked yet.',
  personalNotApplicable: 'a check the person set aside with "Doesn’t apply to me"; their reason follows.',
  reasonThemes: 'a reason the person may give for "Doesn’t apply to me", in their own voice.',
  reasonCustomerFacing: 'a reason the person may give for "Doesn’t apply to me", in their own voice.',
  reasonOther: 'the reason shown when the person chose "other" without writing one.',
};

const textNote = (name: string) =>
  name.startsWith('fix')
    ? 'label of the Fix link (it opens the place to fix the finding).'
    : name.startsWith('field')
      ? 'a profile field as findings name it ("found in your headline, About").'
      : 'words shown with the finding: a reason it cannot be judged, or part of its evidence or message.';

/** Where a text is shown: on any profile, only on the viewer's own, or as a checklist question. */
export type Shown = 'any' | 'own' | 'checklist';

/** One text of the findings, in both voices. */
export interface FindingText {
  /** Its messages.json key in either voice (the colleague key exists only when `colleague` is given). */
  keyOf(voice: Voice): string;
  /** The own wording, English. */
  english: string;
  /** The wording about a colleague's profile, English, when the own one addresses the person. */
  colleague?: string;
  /** For translators: where it shows and what it says. */
  note: string;
  /**
   * `own`: shown on the viewer's own profiles only (the "doesn't apply to me" choice and its reasons).
   * `checklist`: a built-in checklist item, which asks the person a question (asked of the colleague, on theirs).
   */
  shown: Shown;
}

const ENGINE_SHOWN: Readonly<Partial<Record<EngineText, Shown>>> = {
  personalNotApplicable: 'own',
  reasonThemes: 'own',
  reasonCustomerFacing: 'own',
  reasonOther: 'own',
};

/** Every text of the findings: the engine's, the shared helpers', the built-in checklist's, then each rule's. */
export function findingTexts(
  rules: readonly AnyRule[],
  manualItems: readonly ManualItem[],
  sharedTexts: Readonly<Record<string, string>>,
  sharedColleagueTexts: Readonly<Partial<Record<string, string>>>,
): FindingText[] {
  const texts: FindingText[] = [];
  const add = (keyOf: (voice: Voice) => string, english: string, colleague: string | undefined, note: string, shown: Shown = 'any') => {
    texts.push(colleague === undefined ? { keyOf, english, note, shown } : { keyOf, english, colleague, note, shown });
  };
  for (const [name, english] of Object.entries(ENGINE_TEXTS) as [EngineText, string][]) {
    add((voice) => engineKey(name, voice), english, ENGINE_COLLEAGUE_TEXTS[name], `Findings: ${ENGINE_NOTES[name]}`, ENGINE_SHOWN[name]);
  }
  for (const [name, english] of Object.entries(sharedTexts)) {
    add((voice) => sharedTextKey(name, voice), english, sharedColleagueTexts[name], `Findings of several checks: ${textNote(name)}`);
  }
  for (const item of manualItems) {
    const checklist = (part: 'title' | 'why') => () => manualKey(item.id, part);
    add(checklist('title'), item.title, undefined, `Built-in checklist item ${item.id}: what the person did, ticked when done.`, 'checklist');
    if (item.why !== undefined) add(checklist('why'), item.why, undefined, `Built-in checklist item ${item.id}: why it matters.`, 'checklist');
  }
  for (const { meta } of rules) {
    const about = `Check ${meta.id}`;
    const colleague = meta.colleague;
    add((voice) => ruleKey(meta.id, 'title', voice), meta.title, colleague?.title, `${about}: its title when the profile passes.`);
    add((voice) => ruleKey(meta.id, 'failureTitle', voice), meta.failureTitle, colleague?.failureTitle, `${about}: its title when the profile fails.`);
    add((voice) => ruleKey(meta.id, 'description', voice), meta.description, colleague?.description, `${about}: why it matters, in one line.`);
    for (const [id, english] of Object.entries(meta.messages)) {
      add((voice) => ruleMessageKey(meta.id, id, voice), english, colleague?.messages?.[id], `${about}: what failed and what to do (${id}).`);
    }
    for (const [name, english] of Object.entries(meta.texts ?? {})) {
      add((voice) => ruleTextKey(meta.id, name, voice), english, colleague?.texts?.[name], `${about}: ${textNote(name)}`);
    }
  }
  return texts;
}

const COLLEAGUE_NOTE =
  ' This wording is said to a coach about a colleague’s profile (the coach reads it beside the colleague): it speaks about the profile, never to the reader ("the headline", not "your headline").';

/** The messages.json entries of every finding text: its own wording, then its colleague wording when it has one. */
export function ruleMessageEntries(
  rules: readonly AnyRule[],
  manualItems: readonly ManualItem[],
  sharedTexts: Readonly<Record<string, string>>,
  sharedColleagueTexts: Readonly<Partial<Record<string, string>>>,
): RuleMessageEntry[] {
  return findingTexts(rules, manualItems, sharedTexts, sharedColleagueTexts).flatMap(({ keyOf, english, colleague, note }) => {
    const own = entry(keyOf('own'), english, note);
    return colleague === undefined ? [own] : [own, entry(keyOf('colleague'), colleague, `${note}${COLLEAGUE_NOTE}`)];
  });
}
