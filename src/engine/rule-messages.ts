/**
 * @file Every text the findings can show, as messages.json entries (key, English, a note for translators): the
 * rules' metadata (title, failure title, why, messages, `meta.texts`), the shared rule helpers' texts, the
 * built-in checklist items and the engine's own words. `npm run -s i18n:rules` writes them into the English
 * messages.json and a test compares that file with this list, so the English there cannot drift from the code.
 * It reads metadata only and writes nothing.
 */
import type { ManualItem } from '../guidelines/schema';
import type { AnyRule } from './define-rule';
import {
  ENGINE_TEXTS,
  type EngineText,
  engineKey,
  manualKey,
  ruleKey,
  ruleMessageKey,
  ruleTextKey,
  sharedTextKey,
} from './message-keys';

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

export function ruleMessageEntries(
  rules: readonly AnyRule[],
  manualItems: readonly ManualItem[],
  sharedTexts: Readonly<Record<string, string>>,
): RuleMessageEntry[] {
  const entries: RuleMessageEntry[] = [];
  for (const [name, english] of Object.entries(ENGINE_TEXTS) as [EngineText, string][]) {
    entries.push(entry(engineKey(name), english, `Findings: ${ENGINE_NOTES[name]}`));
  }
  for (const [name, english] of Object.entries(sharedTexts)) {
    entries.push(entry(sharedTextKey(name), english, `Findings of several checks: ${textNote(name)}`));
  }
  for (const item of manualItems) {
    entries.push(entry(manualKey(item.id, 'title'), item.title, `Built-in checklist item ${item.id}: what the person did, ticked when done.`));
    if (item.why !== undefined) entries.push(entry(manualKey(item.id, 'why'), item.why, `Built-in checklist item ${item.id}: why it matters.`));
  }
  for (const { meta } of rules) {
    const about = `Check ${meta.id}`;
    entries.push(entry(ruleKey(meta.id, 'title'), meta.title, `${about}: its title when the profile passes.`));
    entries.push(entry(ruleKey(meta.id, 'failureTitle'), meta.failureTitle, `${about}: its title when the profile fails.`));
    entries.push(entry(ruleKey(meta.id, 'description'), meta.description, `${about}: why it matters, in one line.`));
    for (const [id, english] of Object.entries(meta.messages)) {
      entries.push(entry(ruleMessageKey(meta.id, id), english, `${about}: what failed and what to do (${id}).`));
    }
    for (const [name, english] of Object.entries(meta.texts ?? {})) {
      entries.push(entry(ruleTextKey(meta.id, name), english, `${about}: ${textNote(name)}`));
    }
  }
  return entries;
}
