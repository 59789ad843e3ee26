/**
 * @file The dashboard's table of coached colleagues: name (a link to their page), latest score, change since the
 * session before, stage, last session's day, overdue actions and sessions. Listed by name; sorted by another column
 * only when the ambassador asks (a button in each header, `aria-sort` on the sorted one), never ranked by default.
 * Filtered by a piece of the name, by stage and to those with overdue actions. It computes no figure (the rows come
 * in made) and saves nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ColleagueRow, StageId } from '../../coaching/team-types';
import type { MessageKey } from '../shared/i18n';
import { t } from '../shared/i18n';
import { sessionDay } from '../coaching/dates';

export type SortColumn = 'name' | 'score' | 'change' | 'stage' | 'last' | 'overdue' | 'sessions';
export interface Sort {
  column: SortColumn;
  descending: boolean;
}

/** What the stage filter can ask for: every colleague, those with no stage yet, or those at exactly one stage. */
export type StageFilter = '' | 'none' | StageId;

export interface Filters {
  name: string;
  stage: StageFilter;
  overdueOnly: boolean;
}

export const NO_FILTERS: Filters = { name: '', stage: '', overdueOnly: false };

export const STAGE_NAMES: Readonly<Record<StageId | 'none', MessageKey>> = {
  none: 'dashboardStageNone',
  safe: 'dashboardStageSafe',
  connected: 'dashboardStageConnected',
  speaking: 'dashboardStageSpeaking',
};

const STAGE_RANK: Readonly<Record<StageId, number>> = { safe: 1, connected: 2, speaking: 3 };

const COLUMNS: readonly { column: SortColumn; label: MessageKey; number?: boolean }[] = [
  { column: 'name', label: 'dashboardColName' },
  { column: 'score', label: 'dashboardColScore', number: true },
  { column: 'change', label: 'dashboardColChange', number: true },
  { column: 'stage', label: 'dashboardColStage' },
  { column: 'last', label: 'dashboardColLast' },
  { column: 'overdue', label: 'dashboardColOverdue', number: true },
  { column: 'sessions', label: 'dashboardColSessions', number: true },
];

/** The value a column sorts by; null sorts last whichever the direction. */
function keyOf(row: ColleagueRow, column: SortColumn): number | string | null {
  switch (column) {
    case 'name':
      return row.name;
    case 'score':
      return row.latest?.overall ?? null;
    case 'change':
      return row.change;
    case 'stage':
      return row.stage.reached ? STAGE_RANK[row.stage.reached] : 0;
    case 'last':
      return row.latest?.at ?? null;
    case 'overdue':
      return row.overdueActions;
    case 'sessions':
      return row.sessions;
  }
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The rows in the order asked: by the column, then by name; colleagues without the value last. */
export function sortRows(rows: readonly ColleagueRow[], { column, descending }: Sort): ColleagueRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = keyOf(a, column);
    const y = keyOf(b, column);
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'string' && typeof y === 'string' ? collator.compare(x, y) : x < y ? -1 : x > y ? 1 : 0;
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The rows the filters let through (a piece of the name in any case, no pattern: the text is never a RegExp). */
export function filterRows(rows: readonly ColleagueRow[], filters: Filters): ColleagueRow[] {
  const piece = filters.name.trim().toLocaleLowerCase();
  return rows.filter(
    (row) =>
      (piece === '' || row.name.toLocaleLowerCase().includes(piece)) &&
      (filters.stage === '' || (row.stage.reached ?? 'none') === filters.stage) &&
      (!filters.overdueOnly || row.overdueActions > 0),
  );
}

/** A dash for the eye, words for a screen reader. */
function Missing({ label }: { label: MessageKey }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="visually-hidden">{t(label)}</span>
    </>
  );
}

const signed = (value: number) => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

function Row({ row }: { row: ColleagueRow }) {
  const stage = t(STAGE_NAMES[row.stage.reached ?? 'none']);
  return (
    <tr>
      <th scope="row">
        <a href={`./coaching.html#${encodeURIComponent(row.id)}`}>
          <bdi>{row.name}</bdi>
        </a>
      </th>
      <td class="number">{row.latest?.overall ?? <Missing label={'dashboardNoScore'} />}</td>
      <td class={`number${row.change === null ? '' : row.change > 0 ? ' up' : row.change < 0 ? ' down' : ''}`}>
        {row.change === null ? <Missing label={'dashboardNoChange'} /> : signed(row.change)}
      </td>
      <td>
        {stage}
        {row.stage.unsure ? <span class="muted"> {t('dashboardStageUnsureMark')}</span> : null}
      </td>
      <td>{row.latest ? sessionDay(row.latest.at) : <Missing label={'dashboardNoSession'} />}</td>
      <td class={`number${row.overdueActions > 0 ? ' state-overdue' : ''}`}>{row.overdueActions}</td>
      <td class="number">{row.sessions}</td>
    </tr>
  );
}

/**
 * Rows drawn at once: a team of hundreds is shown a page at a time, so the page paints quickly (test/bench/dashboard.ts:
 * 500 rows took most of its time to paint); sorting and filtering take every row.
 */
export const PAGE_SIZE = 100;

export function TeamTable({ rows }: { rows: readonly ColleagueRow[] }) {
  const [sort, setSortState] = useState<Sort>({ column: 'name', descending: false });
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filters), [sorted, filters]);
  // A new order or filter starts again at the first page.
  const setSort = (next: Sort) => {
    setSortState(next);
    setPage(0);
  };
  const setFilters = (next: Filters | ((before: Filters) => Filters)) => {
    setFiltersState(next);
    setPage(0);
  };
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const pageRows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const patch = (change: Partial<Filters>) => setFilters((before) => ({ ...before, ...change }));
  const filtered = filters.name.trim() !== '' || filters.stage !== '' || filters.overdueOnly;
  return (
    <>
      <form class="filters" role="search" aria-label={t('dashboardFilters')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('dashboardFilterName')}
          <input type="search" value={filters.name} onInput={(event) => patch({ name: (event.currentTarget as HTMLInputElement).value })} />
        </label>
        <label>
          {t('dashboardFilterStage')}
          <select value={filters.stage} onChange={(event) => patch({ stage: (event.currentTarget as HTMLSelectElement).value as StageFilter })}>
            <option value="">{t('dashboardFilterStageAll')}</option>
            {(['none', 'safe', 'connected', 'speaking'] as const).map((id) => (
              <option key={id} value={id}>
                {t(STAGE_NAMES[id])}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={filters.overdueOnly} onChange={(event) => patch({ overdueOnly: (event.currentTarget as HTMLInputElement).checked })} />
          {t('dashboardFilterOverdue')}
        </label>
        {filtered ? (
          <button type="button" onClick={() => setFilters(NO_FILTERS)}>
            {t('dashboardFilterClear')}
          </button>
        ) : null}
      </form>
      <p role="status" class="muted shown-count">
        {filtered ? t('dashboardShown', [shown.length, rows.length]) : ''}
      </p>
      <div class="table-scroll">
        <table class="data-table team-table">
          <caption class="visually-hidden">{t('dashboardTableCaption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map(({ column, label, number }) => {
                const active = sort.column === column;
                return (
                  <th
                    key={column}
                    scope="col"
                    class={number ? 'number' : undefined}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      class="sort"
                      onClick={() => setSort({ column, descending: active ? !sort.descending : false })}
                    >
                      {t(label)}
                      <span class="sort-mark" aria-hidden="true">
                        {active ? (sort.descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p>{t('dashboardNoMatch')}</p> : null}
      {pages > 1 ? (
        <nav class="pager actions" aria-label={t('dashboardPages')}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('dashboardPagePrevious')}
          </button>
          <span role="status">{t('dashboardPageOf', [current * PAGE_SIZE + 1, current * PAGE_SIZE + pageRows.length, shown.length])}</span>
          <button type="button" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {t('dashboardPageNext')}
          </button>
        </nav>
      ) : null}
    </>
  );
}
