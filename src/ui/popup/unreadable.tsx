/**
 * @file The fields the reader could not read, said plainly and never as missing. What the page does not show (a known
 * limit) says where the site shows it ("LinkedIn shows the website only under Contact info: open it, then check
 * again"); what did not match the reader's markup says so ("couldn't read your About section; LinkedIn may have
 * changed its page; the score leaves it out"), with a button that copies the diagnostics for a bug report (and shows
 * them in a text box when the clipboard refuses). It does not build the diagnostics (diagnostics.ts).
 */
import { useState } from 'preact/hooks';
import type { Site } from '../../snapshot/pages/page-type';
import { type MessageKey, t } from '../shared/i18n';
import { FIELD_LABELS } from '../shared/labels';
import type { UnreadableField } from './popup-model';

/** Site names are brands: the same in every language. */
const SITE_NAMES: Record<Site, string> = { linkedin: 'LinkedIn', x: 'X' };

/** Where a site shows a field its page does not, by `<site>:<field>`: the hint says what to open. */
const WHERE_SHOWN: Readonly<Record<string, MessageKey>> = {
  'linkedin:website': 'notShownLinkedinWebsite',
  'x:pinnedPost': 'notShownXPinnedPost',
};

export const fieldLabel = (name: string) => {
  const key = FIELD_LABELS[name];
  return key ? t(key) : name;
};

export function CopyDiagnostics({ text, copy }: { text: () => string; copy: (text: string) => Promise<void> }) {
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; text: string } | null>(null);
  return (
    <div class="copy">
      <button
        type="button"
        onClick={() => {
          const json = text();
          copy(json).then(
            () => setOutcome({ ok: true }),
            () => setOutcome({ ok: false, text: json }),
          );
        }}
      >
        {t('copyDiagnostics')}
      </button>
      <p role="status" class="small">
        {outcome ? (outcome.ok ? t('copied') : t('copyFailed')) : ''}
      </p>
      {outcome && !outcome.ok ? (
        <label class="diagnostics-box">
          {t('diagnosticsLabel')}
          <textarea readOnly rows={6} value={outcome.text} onFocus={(event) => (event.target as HTMLTextAreaElement).select()} />
        </label>
      ) : null}
    </div>
  );
}

export function Unreadable({
  fields,
  site,
  own,
  diagnostics,
  copy,
}: {
  fields: readonly UnreadableField[];
  site: Site;
  /** The person's own page ("your About section"), or someone else's / unknown (no possessive). */
  own: boolean;
  diagnostics: () => string;
  copy: (text: string) => Promise<void>;
}) {
  if (fields.length === 0) return null;
  const siteName = SITE_NAMES[site];
  const notShown = fields.filter(({ reason }) => reason === 'not-shown').map(({ field }) => field);
  const mismatched = fields.filter(({ reason }) => reason !== 'not-shown').map(({ field }) => field);
  const [only] = mismatched;
  return (
    <section id="unreadable" class="unreadable" aria-labelledby="unreadable-title" tabIndex={-1}>
      <h2 id="unreadable-title">{t('unreadableTitle')}</h2>
      {notShown.map((name) => {
        const where = WHERE_SHOWN[`${site}:${name}`];
        return <p key={name}>{where ? t(where) : t('notShownOne', fieldLabel(name))}</p>;
      })}
      {mismatched.length === 0 ? null : mismatched.length === 1 && only !== undefined ? (
        <p>{t(own ? 'unreadableOne' : 'unreadableOneNeutral', [fieldLabel(only), siteName])}</p>
      ) : (
        <>
          <p>{t('unreadableMany', siteName)}</p>
          <ul>
            {mismatched.map((name) => (
              <li key={name}>{fieldLabel(name)}</li>
            ))}
          </ul>
        </>
      )}
      {/* Only a mismatch is worth a bug report: what the page does not show is a known limit. */}
      {mismatched.length > 0 ? <CopyDiagnostics text={diagnostics} copy={copy} /> : null}
    </section>
  );
}
