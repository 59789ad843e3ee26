/**
 * @file The coaching records part of "Your data": each colleague with the number of sessions, the last session's
 * date and the bytes kept, **Forget this colleague** (after a confirmation naming them; src/storage/forget.ts), how
 * many people were forgotten and when (no names), the retention period (1 to 60 months) and what the records are for.
 * It applies the retention period when it opens. It does not show the records themselves (the colleague's page does).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_RETENTION_MONTHS } from '../../coaching/record';
import type { CoachingStore, ColleagueSummary } from '../../storage/coaching/port';
import { deleteCoachingDatabase } from '../../storage/coaching/erase';
import { applyRetentionQuietly } from '../../storage/coaching/retention';
import { openCoachingStore } from '../../storage/coaching/store';
import type { ForgottenEntry } from '../../coaching/record';
import { dayOf } from '../../storage/finding-state';
import { forgetColleague } from '../../storage/forget';
import { formatDay, plural, t } from '../shared/i18n';

/** The coaching record as the options page uses it: the store, and deleting all of it ("Delete everything"). */
export interface CoachingServices {
  store: CoachingStore;
  erase(): Promise<void>;
}

/** The browser's coaching database, opened at its first use; erasing closes this page's connection first. */
export function browserCoaching(): CoachingServices {
  const store = openCoachingStore();
  return {
    store,
    async erase() {
      store.close();
      await deleteCoachingDatabase();
    },
  };
}

/** The bounds the options page accepts: a month at least, five years at most. */
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 60;

/** The months typed, or null when they are not a whole number within the bounds. */
export function retentionMonthsOf(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const months = Number(text);
  return months >= MIN_RETENTION_MONTHS && months <= MAX_RETENTION_MONTHS ? months : null;
}

const dayOfInstant = (iso: string) => formatDay(dayOf(new Date(iso)));

interface Records {
  colleagues: ColleagueSummary[];
  forgotten: ForgottenEntry[];
}

export function CoachingData({
  store,
  now,
  version,
  formatBytes,
}: {
  store: CoachingStore;
  now: () => Date;
  /** Changes when everything was deleted: read again. */
  version: number;
  formatBytes: (bytes: number) => string;
}) {
  const [records, setRecords] = useState<Records | null>(null);
  const [months, setMonths] = useState(String(DEFAULT_RETENTION_MONTHS));
  const [invalid, setInvalid] = useState(false);
  const [confirming, setConfirming] = useState<ColleagueSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  async function refresh() {
    try {
      const [colleagues, forgotten, settings] = await Promise.all([store.colleagues(), store.forgotten(), store.settings()]);
      setRecords({ colleagues, forgotten });
      setMonths(String(settings.retentionMonths));
    } catch {
      setRecords({ colleagues: [], forgotten: [] });
      setMessage(t('coachingDataReadFailed'));
    }
  }

  // Opening the page applies the retention period first, so no session past it is listed.
  useEffect(() => {
    void applyRetentionQuietly(store, now()).then(refresh);
  }, [version]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function forget(summary: ColleagueSummary) {
    setConfirming(null);
    try {
      await forgetColleague(store, summary.colleague.id, now());
      setMessage(t('coachingForgotten'));
    } catch {
      setMessage(t('coachingForgetFailed'));
    }
    await refresh();
  }

  async function saveRetention(event: Event) {
    event.preventDefault();
    const value = retentionMonthsOf(months);
    setInvalid(value === null);
    if (value === null) return;
    try {
      await store.saveSettings({ retentionMonths: value });
      const deleted = await applyRetentionQuietly(store, now());
      const saved = t('coachingRetentionSaved', value);
      setMessage(deleted > 0 ? `${saved} ${plural(deleted, 'coachingRetentionDeletedOne', 'coachingRetentionDeleted')}` : saved);
    } catch {
      setMessage(t('coachingRetentionSaveFailed'));
    }
    await refresh();
  }

  if (records === null) return null;
  const { colleagues, forgotten } = records;
  return (
    <section aria-labelledby="coaching-data-title">
      <h3 id="coaching-data-title">{t('coachingDataTitle')}</h3>
      <p>
        <strong>{t('coachingDataPurpose')}</strong> {t('coachingDataWhere')}
      </p>
      {colleagues.length > 0 ? (
        <p>
          <a href="./dashboard.html" target="_blank" rel="noreferrer">
            {t('dashboardOpen')}
          </a>
          {' · '}
          <span class="muted">{t('dashboardOpenHint')}</span>
        </p>
      ) : null}
      {colleagues.length === 0 ? (
        <p class="muted">{t('coachingDataNothing')}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t('coachingDataCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coachingDataColleague')}</th>
              <th scope="col">{t('coachingDataSessions')}</th>
              <th scope="col">{t('coachingDataLatest')}</th>
              <th scope="col">{t('dataSize')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('coachingDataActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {colleagues.map((summary) => (
              <tr key={summary.colleague.id}>
                <th scope="row">{summary.colleague.name}</th>
                <td class="number">{summary.sessionCount}</td>
                <td>{summary.latest ? dayOfInstant(summary.latest.at) : t('coachingDataNoSession')}</td>
                <td class="number">{formatBytes(summary.bytes)}</td>
                <td>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => setConfirming(summary)}
                    aria-expanded={confirming?.colleague.id === summary.colleague.id}
                  >
                    {t('coachingForget')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="forget-question">
          <p id="forget-question">{t('coachingForgetQuestion', confirming.colleague.name)}</p>
          <div class="actions">
            <button type="button" class="danger" ref={confirmButton} onClick={() => void forget(confirming)}>
              {t('coachingForgetConfirm', confirming.colleague.name)}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {forgotten.length > 0 ? (
        <p>
          {plural(forgotten.length, 'coachingForgottenCountOne', 'coachingForgottenCount', [
            forgotten.map((entry) => dayOfInstant(entry.at)).join(', '),
          ])}
        </p>
      ) : null}
      <form class="retention" onSubmit={(event) => void saveRetention(event)} noValidate>
        <label for="retention-months">{t('coachingRetentionLabel')}</label>
        <input
          id="retention-months"
          type="number"
          inputMode="numeric"
          min={MIN_RETENTION_MONTHS}
          max={MAX_RETENTION_MONTHS}
          step={1}
          value={months}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'retention-hint retention-error' : 'retention-hint'}
          onInput={(event) => setMonths((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('coachingRetentionSave')}</button>
        <p id="retention-hint" class="hint">
          {t('coachingRetentionHint', [MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS, DEFAULT_RETENTION_MONTHS])}
        </p>
        {invalid ? (
          <p id="retention-error" class="note">
            {t('coachingRetentionInvalid', [MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS])}
          </p>
        ) : null}
      </form>
      <p role="status" class={message ? 'note' : undefined}>
        {message}
      </p>
    </section>
  );
}
