/**
 * @file Says what the reader cut on a huge page ("Read the first 500 of the 10,000 entries shown in your invitation
 * list"), one note per field, so a finding about a cut list is never read as being about all of it. It does not
 * decide what is cut (src/extract/bound.ts) nor which fields are (popup-model.ts `truncatedFields`).
 */
import { t } from '../shared/i18n';
import type { Cut } from './popup-model';
import { fieldLabel } from './unreadable';

const number = (value: number) => value.toLocaleString();

function wordsOf(cut: Cut): string {
  const field = fieldLabel(cut.field);
  if (cut.kind === 'list') return t('listTruncated', [number(cut.kept), number(cut.seen), field]);
  if (cut.kind === 'listTexts') return t('listTextsTruncated', field);
  return t('textTruncated', [number(cut.kept), field]);
}

export function Truncated({ cuts }: { cuts: readonly Cut[] }) {
  if (cuts.length === 0) return null;
  return (
    <>
      {cuts.map((cut) => (
        <p key={cut.field} class="note" data-testid="truncated">
          {wordsOf(cut)}
        </p>
      ))}
    </>
  );
}
