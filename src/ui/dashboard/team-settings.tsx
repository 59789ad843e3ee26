/**
 * @file The two numbers the ambassador enters on the dashboard: the team's size from a day on (the list of past sizes
 * kept, so a past share keeps the size it had then), and the cost per thousand views the value figure assumes
 * (amount and currency; removable, and then no value is shown). It checks what is typed and hands it to `save`; it
 * stores nothing itself.
 */
import { useState } from 'preact/hooks';
import type { TeamSize, ViewCost } from '../../coaching/team-types';
import { formatDay, t } from '../shared/i18n';
import { money } from './figures';

export const MAX_TEAM_SIZE = 100_000;

/** The size typed, or null when it is not a whole number from 1 to MAX_TEAM_SIZE. */
export function teamSizeOf(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const size = Number(text);
  return size >= 1 && size <= MAX_TEAM_SIZE ? size : null;
}

/** The day typed (YYYY-MM-DD, a real calendar day, not after today), or null. */
export function sizeDayOf(text: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) return null;
  return text <= today ? text : null;
}

/** The cost typed (an amount above 0 with at most two decimals, a three-letter currency code), or null. */
export function viewCostOf(amount: string, currency: string): ViewCost | null {
  const text = amount.trim().replace(',', '.');
  const code = currency.trim().toUpperCase();
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(text) || !/^[A-Z]{3}$/.test(code)) return null;
  const perThousand = Number(text);
  return perThousand > 0 ? { perThousand, currency: code } : null;
}

/** The sizes with `entry` added: an entry from the same day replaces the one there; oldest first. */
export function withSize(sizes: readonly TeamSize[], entry: TeamSize): TeamSize[] {
  return [...sizes.filter((size) => size.from !== entry.from), entry].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

type Outcome = { kind: 'saved' } | { kind: 'failed' } | null;

function Status({ outcome }: { outcome: Outcome }) {
  return (
    <p role="status" class={outcome ? (outcome.kind === 'saved' ? 'note' : 'alert') : undefined}>
      {outcome ? t(outcome.kind === 'saved' ? 'dashboardSaved' : 'dashboardSaveFailed') : ''}
    </p>
  );
}

export function TeamSizeEntry({
  sizes,
  today,
  save,
}: {
  sizes: readonly TeamSize[];
  today: string;
  save: (sizes: TeamSize[]) => Promise<void>;
}) {
  const [size, setSize] = useState('');
  const [from, setFrom] = useState(today);
  const [invalid, setInvalid] = useState<{ size: boolean; from: boolean }>({ size: false, from: false });
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const value = teamSizeOf(size);
    const day = sizeDayOf(from, today);
    setInvalid({ size: value === null, from: day === null });
    if (value === null || day === null) return setOutcome(null);
    try {
      await save(withSize(sizes, { from: day, size: value }));
      setSize('');
      setOutcome({ kind: 'saved' });
    } catch {
      setOutcome({ kind: 'failed' });
    }
  }

  async function remove(entry: TeamSize) {
    try {
      await save(sizes.filter((each) => each.from !== entry.from));
      setOutcome({ kind: 'saved' });
    } catch {
      setOutcome({ kind: 'failed' });
    }
  }

  return (
    <form class="entry" aria-labelledby="team-size-title" noValidate onSubmit={(event) => void submit(event)}>
      <h3 id="team-size-title">{t('dashboardTeamSizeTitle')}</h3>
      <p id="team-size-hint" class="hint">
        {t('dashboardTeamSizeHint')}
      </p>
      <div class="entry-fields">
        <label>
          {t('dashboardTeamSizeLabel')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_TEAM_SIZE}
            step={1}
            value={size}
            aria-invalid={invalid.size}
            aria-describedby={invalid.size ? 'team-size-hint team-size-error' : 'team-size-hint'}
            onInput={(event) => setSize((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('dashboardTeamSizeFromLabel')}
          <input
            type="date"
            max={today}
            value={from}
            aria-invalid={invalid.from}
            aria-describedby={invalid.from ? 'team-size-from-error' : undefined}
            onInput={(event) => setFrom((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('dashboardTeamSizeAdd')}</button>
      </div>
      {invalid.size ? (
        <p id="team-size-error" class="alert">
          {t('dashboardTeamSizeInvalid', MAX_TEAM_SIZE)}
        </p>
      ) : null}
      {invalid.from ? (
        <p id="team-size-from-error" class="alert">
          {t('dashboardTeamSizeDayInvalid')}
        </p>
      ) : null}
      {sizes.length > 0 ? (
        <table class="data-table sizes">
          <caption>{t('dashboardTeamSizesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboardTeamSizeFromLabel')}</th>
              <th scope="col" class="number">
                {t('dashboardTeamSizeLabel')}
              </th>
              <th scope="col">
                <span class="visually-hidden">{t('dashboardTeamSizeActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...sizes].reverse().map((entry) => (
              <tr key={entry.from}>
                <th scope="row">{formatDay(entry.from)}</th>
                <td class="number">{entry.size}</td>
                <td>
                  <button type="button" class="link" onClick={() => void remove(entry)}>
                    {t('dashboardTeamSizeRemove', formatDay(entry.from))}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Status outcome={outcome} />
    </form>
  );
}

export function ViewCostEntry({ cost, save }: { cost: ViewCost | null; save: (cost: ViewCost | null) => Promise<void> }) {
  const [amount, setAmount] = useState(cost ? String(cost.perThousand) : '');
  const [currency, setCurrency] = useState(cost?.currency ?? 'EUR');
  const [invalid, setInvalid] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function write(value: ViewCost | null) {
    try {
      await save(value);
      setOutcome({ kind: 'saved' });
    } catch {
      setOutcome({ kind: 'failed' });
    }
  }

  return (
    <form
      class="entry"
      aria-labelledby="view-cost-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const value = viewCostOf(amount, currency);
        setInvalid(value === null);
        if (value === null) return setOutcome(null);
        void write(value);
      }}
    >
      <h3 id="view-cost-title">{t('dashboardViewCostTitle')}</h3>
      <p id="view-cost-hint" class="hint">
        {cost ? t('dashboardViewCostNow', money(cost.perThousand, cost.currency)) : t('dashboardViewCostHint')}
      </p>
      <div class="entry-fields">
        <label>
          {t('dashboardViewCostLabel')}
          <input
            type="text"
            inputMode="decimal"
            value={amount}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'view-cost-hint view-cost-error' : 'view-cost-hint'}
            onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('dashboardViewCostCurrency')}
          <input
            type="text"
            class="currency"
            maxLength={3}
            autoComplete="off"
            value={currency}
            aria-invalid={invalid}
            onInput={(event) => setCurrency((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('dashboardViewCostSave')}</button>
        {cost ? (
          <button type="button" onClick={() => void write(null)}>
            {t('dashboardViewCostClear')}
          </button>
        ) : null}
      </div>
      {invalid ? (
        <p id="view-cost-error" class="alert">
          {t('dashboardViewCostInvalid')}
        </p>
      ) : null}
      <Status outcome={outcome} />
    </form>
  );
}
