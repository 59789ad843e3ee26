/**
 * @file `npm run -s i18n:rules`: writes the findings' English (src/engine/rule-messages.ts) into
 * assets/_locales/en/messages.json (existing keys updated where they are, new ones placed after the text listed before
 * them, so a colleague wording sits beside its own one, or appended; keys of texts that no
 * longer exist removed from every language), then lists the keys the other languages still lack (exit 1 while any
 * is missing). Each file is read and written back at once, so keys others add to the same files are kept, in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_KEY_PREFIXES } from '../engine/message-keys';
import { ruleMessageEntries } from '../engine/rule-messages';
import { DEFAULT_MANUAL_ITEMS } from '../guidelines/presets/default';
import { RULE_LIST } from '../rules';
import { SHARED_COLLEAGUE_TEXTS, SHARED_TEXTS } from '../rules/shared/texts';
import { LANGUAGES } from '../snapshot/languages';
import { print } from './terminal';

interface Entry {
  message: string;
  description?: string;
  placeholders?: unknown;
}

const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'assets', '_locales');
const pathOf = (locale: string) => join(LOCALES_DIR, locale, 'messages.json');
const isOurs = (key: string) => ENGINE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

const entries = ruleMessageEntries(RULE_LIST, DEFAULT_MANUAL_ITEMS, SHARED_TEXTS, SHARED_COLLEAGUE_TEXTS);
const wanted = new Set(entries.map(({ key }) => key));

/** Reads a locale file, lets `change` edit it, and writes it back in the same format (two spaces, final newline). */
function update(locale: string, change: (messages: Record<string, Entry>) => void): Record<string, Entry> {
  const messages = JSON.parse(readFileSync(pathOf(locale), 'utf8')) as Record<string, Entry>;
  const before = JSON.stringify(messages);
  change(messages);
  if (JSON.stringify(messages) !== before) writeFileSync(pathOf(locale), `${JSON.stringify(messages, null, 2)}\n`);
  return messages;
}

function removeStale(messages: Record<string, Entry>): string[] {
  const stale = Object.keys(messages).filter((key) => isOurs(key) && !wanted.has(key));
  for (const key of stale) delete messages[key];
  return stale;
}

/** Puts a new `key` right after `after` (at the end when `after` is not there): beside related texts, so merges meet less. */
function insertAfter(messages: Record<string, Entry>, after: string | undefined, key: string, value: Entry): void {
  const all = Object.entries(messages);
  const at = after === undefined ? -1 : all.findIndex(([name]) => name === after);
  if (at < 0) {
    messages[key] = value;
    return;
  }
  all.splice(at + 1, 0, [key, value]);
  for (const name of Object.keys(messages)) delete messages[name];
  Object.assign(messages, Object.fromEntries(all));
}

let added = 0;
let updated = 0;
update('en', (messages) => {
  const stale = removeStale(messages);
  if (stale.length > 0) print(`en: removed ${stale.length} key(s) no text uses any more: ${stale.join(', ')}`);
  let previous: string | undefined;
  for (const { key, message, description } of entries) {
    const current = messages[key];
    const before = previous;
    previous = key;
    if (!current) {
      added += 1;
      insertAfter(messages, before, key, { message, description });
      continue;
    }
    if (current.message === message && current.description === description) continue;
    updated += 1;
    // Assigning an existing key keeps its place in the file.
    messages[key] = { message, description };
  }
});
print(`en: ${entries.length} finding texts (${added} added, ${updated} updated)`);

let missing = 0;
for (const locale of LANGUAGES.filter((language) => language !== 'en')) {
  const messages = update(locale, (own) => {
    const stale = removeStale(own);
    if (stale.length > 0) print(`${locale}: removed ${stale.length} key(s) no text uses any more: ${stale.join(', ')}`);
  });
  const lacking = entries.filter(({ key }) => !messages[key]?.message.trim());
  missing += lacking.length;
  print(lacking.length === 0 ? `${locale}: complete` : `${locale}: ${lacking.length} missing:`);
  for (const { key, message } of lacking) print(`  ${key}: ${message}`);
}
if (missing > 0) process.exitCode = 1;
