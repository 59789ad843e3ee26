/**
 * @file `npm run -s i18n:rules`: writes the findings' English (src/engine/rule-messages.ts) into
 * assets/_locales/en/messages.json (existing keys updated where they are, new ones appended, keys of texts that no
 * longer exist removed from every language), then lists the keys French and Dutch still lack (exit 1 while any
 * is missing). Each file is read and written back at once, so keys others add to the same files are kept, in order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_KEY_PREFIXES } from '../engine/message-keys';
import { ruleMessageEntries } from '../engine/rule-messages';
import { DEFAULT_MANUAL_ITEMS } from '../guidelines/presets/default';
import { RULE_LIST } from '../rules';
import { SHARED_TEXTS } from '../rules/shared/texts';
import { print } from './terminal';

interface Entry {
  message: string;
  description?: string;
  placeholders?: unknown;
}

const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'assets', '_locales');
const pathOf = (locale: string) => join(LOCALES_DIR, locale, 'messages.json');
const isOurs = (key: string) => ENGINE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

const entries = ruleMessageEntries(RULE_LIST, DEFAULT_MANUAL_ITEMS, SHARED_TEXTS);
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

let added = 0;
let updated = 0;
update('en', (messages) => {
  const stale = removeStale(messages);
  if (stale.length > 0) print(`en: removed ${stale.length} key(s) no text uses any more: ${stale.join(', ')}`);
  for (const { key, message, description } of entries) {
    const current = messages[key];
    if (!current) added += 1;
    else if (current.message !== message || current.description !== description) updated += 1;
    else continue;
    // Assigning an existing key keeps its place in the file; a new key goes to the end.
    messages[key] = { message, description };
  }
});
print(`en: ${entries.length} finding texts (${added} added, ${updated} updated)`);

let missing = 0;
for (const locale of ['fr', 'nl']) {
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
