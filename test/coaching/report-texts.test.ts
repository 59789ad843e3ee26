/**
 * @file The team reports' words (src/coaching/report-texts.ts): every id in every language with the same
 * {{placeholders}} and no `$` for Chrome to rewrite, the English equal to the code's, every text used by a report,
 * and numbers worded in the report's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranslation } from '../../src/cli/locale';
import { REPORT_KEY_PREFIX, REPORT_TEXTS, reportKey, reportNumbers, type ReportTextId } from '../../src/coaching/report-texts';
import { LOCALES, readMessages } from '../helpers/i18n';

const ROOT = join(import.meta.dirname, '..', '..');
const ids = Object.keys(REPORT_TEXTS) as ReportTextId[];
const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]))].sort();

describe('the words of the team reports', () => {
  for (const locale of LOCALES) {
    it(`${locale}: has every text, with the same {{placeholders}} as the English, and no $ for Chrome to rewrite`, () => {
      const messages = readMessages(locale);
      for (const id of ids) {
        const entry = messages[reportKey(id)];
        expect(entry?.message.trim(), `${locale}: ${reportKey(id)}`).toBeTruthy();
        expect(placeholdersOf(entry?.message ?? ''), `${locale}: ${reportKey(id)}`).toEqual(placeholdersOf(REPORT_TEXTS[id]));
        expect(entry?.message, `${locale}: ${reportKey(id)}`).not.toContain('$');
        expect(entry?.placeholders, `${locale}: ${reportKey(id)}`).toBeUndefined();
      }
      const stale = Object.keys(messages).filter((key) => key.startsWith(REPORT_KEY_PREFIX) && !ids.some((id) => reportKey(id) === key));
      expect(stale).toEqual([]);
    });
  }

  it('keeps the English of messages.json equal to the code’s, each with a description for translators', () => {
    const en = readMessages('en');
    for (const id of ids) {
      expect(en[reportKey(id)]?.message, id).toBe(REPORT_TEXTS[id]);
      expect(en[reportKey(id)]?.description, id).toBeTruthy();
    }
  });

  it('uses every text it defines, in the CSV or the Markdown summary', () => {
    const code = ['report-csv.ts', 'report-markdown.ts', 'report-texts.ts']
      .map((file) => readFileSync(join(ROOT, 'src', 'coaching', file), 'utf8'))
      .join('\n')
      .replace(/export const REPORT_TEXTS = \{[\s\S]*?\n\} as const;/, '');
    expect(ids.filter((id) => !code.includes(`'${id}'`))).toEqual([]);
  });
});

describe('numbers in a report', () => {
  it('are written in the language of the translation', () => {
    const en = reportNumbers(undefined);
    expect([en.number(35.46), en.change(12), en.change(-2.5), en.change(0), en.share(0.355), en.percentChange(35.5), en.money(1234.5)]).toEqual([
      '35.5',
      '+12',
      '-2.5',
      '0',
      '36%',
      '+35.5%',
      '1,234.5',
    ]);
    expect([en.colleagues(1), en.colleagues(7)]).toEqual(['1 colleague', '7 colleagues']);
    const fr = reportNumbers(readTranslation('fr'));
    expect([fr.number(35.5), fr.share(0.36), fr.money(1234.5), fr.colleagues(0), fr.colleagues(2)]).toEqual([
      '35,5',
      '36\u202f%',
      '1\u202f234,5',
      '0 collègue',
      '2 collègues',
    ]);
  });
});
