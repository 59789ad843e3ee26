/**
 * @file "Doesn't apply to me", on one's own pages: the button and short form on a finding (a reason from the list, or
 * "other" with a few words), the folded "Not applicable to you" group with each reason and "It applies after all",
 * and the line that says how many checks the score leaves out for that. Storing the choice, and offering it only
 * on one's own pages, is the caller's business; the engine turns it into a "not applicable" finding.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { MAX_REASON_NOTE, NOT_APPLICABLE_REASONS, type NotApplicableReason, type PersonalChoice } from '../../engine/personal';
import { t } from '../shared/i18n';
import type { FindingView } from './popup-model';

const REASON_LABELS = { themes: 'engine_reasonThemes', customerFacing: 'engine_reasonCustomerFacing', other: 'notForMeOther' } as const;

/** The id of the folded group, which the score's line links to. */
const GROUP_ID = 'not-applicable-to-you';
/** The findings list's heading (findings.tsx), focusable for this. */
const FINDINGS_HEADING = 'findings-title';

export function NotForMe({ describedBy, onChoose }: { describedBy: string; onChoose: (choice: PersonalChoice) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<NotApplicableReason | null>(null);
  const [note, setNote] = useState('');
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = () => {
    if (!reason) return;
    const words = note.trim().slice(0, MAX_REASON_NOTE);
    setOpen(false);
    onChoose(reason === 'other' && words ? { reason, note: words } : { reason });
  };
  return (
    <div class="not-for-me">
      <button type="button" class="link" ref={button} aria-describedby={describedBy} aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('notForMe')}
      </button>
      {open ? (
        <fieldset class="not-for-me-panel">
          <legend>{t('notForMeWhy')}</legend>
          {NOT_APPLICABLE_REASONS.map((value, index) => (
            <label key={value} class="choice">
              <input
                ref={index === 0 ? first : undefined}
                type="radio"
                name={id}
                value={value}
                checked={reason === value}
                onChange={() => setReason(value)}
              />
              {t(REASON_LABELS[value])}
            </label>
          ))}
          {reason === 'other' ? (
            <input
              type="text"
              aria-label={t('notForMeNote')}
              maxLength={MAX_REASON_NOTE}
              value={note}
              onInput={(event) => setNote((event.target as HTMLInputElement).value)}
            />
          ) : null}
          <div class="actions">
            <button type="button" disabled={reason === null} onClick={choose}>
              {t('notForMeConfirm')}
            </button>
            <button type="button" class="link" onClick={close}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

/** The checks set aside, folded, each with its reason (the engine's message) and the way back. */
export function NotApplicableToYou({ views, onUndo }: { views: readonly FindingView[]; onUndo: (ruleId: string) => void }) {
  if (views.length === 0) return null;
  return (
    <details class="group" id={GROUP_ID}>
      <summary>{t('notForMeGroup', views.length)}</summary>
      <ul class="compact">
        {views.map(({ finding }) => (
          <li key={finding.ruleId}>
            <span class="compact-title">{finding.title}</span>
            {finding.message ? <span class="muted small"> — {finding.message}</span> : null}
            <div class="compact-actions">
              <button
                type="button"
                class="link"
                onClick={() => {
                  onUndo(finding.ruleId);
                  // The item leaves this group for the list above: focus goes to the list's heading, not to nowhere.
                  document.getElementById(FINDINGS_HEADING)?.focus();
                }}
              >
                {t('notForMeUndo')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Part of the score's explanation: how many checks it leaves out because the person set them aside. */
export function SetAsideNote({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p class="muted small" data-testid="set-aside">
      <a href={`#${GROUP_ID}`}>{t('notForMeScore', count)}</a>
    </p>
  );
}
