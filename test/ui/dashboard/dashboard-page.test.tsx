import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DashboardPage, type DashboardServices } from '../../../src/ui/dashboard/dashboard-page';
import { filterRows, NO_FILTERS, sortRows } from '../../../src/ui/dashboard/team-table';
import { sizeDayOf, teamSizeOf, viewCostOf, withSize } from '../../../src/ui/dashboard/team-settings';
import { useLocale } from '../../helpers/i18n';
import { fakeServices, FIGURES, row, ROWS } from './fixtures';

async function open(services: DashboardServices = fakeServices().services) {
  const view = render(<DashboardPage services={services} />);
  await screen.findByRole('heading', { level: 2, name: 'Team figures' });
  return view;
}

const table = () => screen.getByRole('table', { name: 'Coached colleagues' });
const names = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((tr) => within(tr).getByRole('rowheader').textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
const figure = (name: string) => screen.getByRole('region', { name });

describe('the team dashboard', () => {
  it('says what the record serves, and ranks nobody: the colleagues are listed by name', async () => {
    await open();
    expect(screen.getByText(/Coaching records serve coaching, not performance appraisal\. The figures are the team's: nobody is ranked\./)).toBeTruthy();
    expect(names()).toEqual(['Ada Vermeulen', 'bram Peeters', 'Chloé Dubois', 'Dirk de Smet']);
    expect(header('Colleague').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Latest score').hasAttribute('aria-sort')).toBe(false);
  });

  it("shows each colleague's row: a link to their page, score, change, stage, last session, overdue actions, sessions", async () => {
    await open();
    const rows = within(table()).getAllByRole('row');
    expect(rows[0]?.textContent).toMatch(/Colleague.*Latest score.*Change.*Stage.*Last session.*Overdue actions.*Sessions/);
    const ada = rows[1] as HTMLElement;
    expect(within(ada).getByRole('link', { name: 'Ada Vermeulen' }).getAttribute('href')).toBe('./coaching.html#a');
    expect([...ada.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      '48',
      '−4',
      'Not yet a safe profile (next stage not read)',
      'Nov 20, 2026',
      '2',
      '5',
    ]);
    // Without a score or an earlier session, a dash for the eye and words for a screen reader.
    const bram = rows[2] as HTMLElement;
    expect([...bram.querySelectorAll('td')].slice(0, 2).map((cell) => cell.textContent)).toEqual(['–no score', '–no earlier session to compare']);
    expect(bram.querySelector('td [aria-hidden="true"]')?.textContent).toBe('–');
    expect(within(rows[3] as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe('+12');
  });

  it('sorts by a column when its header button is pressed, then the other way; colleagues without a value last', async () => {
    await open();
    fireEvent.click(within(header('Latest score')).getByRole('button'));
    expect(header('Latest score').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Colleague').hasAttribute('aria-sort')).toBe(false);
    expect(names()).toEqual(['Ada Vermeulen', 'Dirk de Smet', 'Chloé Dubois', 'bram Peeters']);
    fireEvent.click(within(header('Latest score')).getByRole('button'));
    expect(header('Latest score').getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Chloé Dubois', 'Dirk de Smet', 'Ada Vermeulen', 'bram Peeters']);
    fireEvent.click(within(header('Stage')).getByRole('button'));
    expect(names()).toEqual(['Ada Vermeulen', 'bram Peeters', 'Dirk de Smet', 'Chloé Dubois']);
    fireEvent.click(within(header('Last session')).getByRole('button'));
    expect(names()).toEqual(['Chloé Dubois', 'Ada Vermeulen', 'Dirk de Smet', 'bram Peeters']);
    fireEvent.click(within(header('Overdue actions')).getByRole('button'));
    fireEvent.click(within(header('Overdue actions')).getByRole('button'));
    expect(names()).toEqual(['Ada Vermeulen', 'Dirk de Smet', 'bram Peeters', 'Chloé Dubois']);
  });

  it('sorts with the keyboard: the header buttons are buttons, reached by Tab and pressed with Enter or Space', async () => {
    await open();
    const button = within(header('Sessions')).getByRole('button', { name: 'Sessions' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(document.activeElement).toBe(button);
    // A native button turns Enter and Space into a click; the click is what sorts.
    fireEvent.click(button);
    expect(names()).toEqual(['bram Peeters', 'Dirk de Smet', 'Chloé Dubois', 'Ada Vermeulen']);
    expect(document.activeElement).toBe(within(header('Sessions')).getByRole('button'));
  });

  it('filters by a piece of the name (any case, never a pattern), by stage, and to overdue actions; says how many are shown', async () => {
    await open();
    const search = screen.getByRole('searchbox', { name: 'Name contains' });
    fireEvent.input(search, { target: { value: 'DE' } });
    expect(names()).toEqual(['Dirk de Smet']);
    expect(screen.getByText('1 of 4 colleagues shown.')).toBeTruthy();
    fireEvent.input(search, { target: { value: '.*' } });
    expect(within(table()).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByText('No colleague matches the filters.')).toBeTruthy();
    fireEvent.input(search, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'none' } });
    expect(names()).toEqual(['Ada Vermeulen', 'bram Peeters']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue actions only' }));
    expect(names()).toEqual(['Ada Vermeulen']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(names()).toHaveLength(4);
  });

  it('shows each figure with how it was computed one click away: the rule, the count, the team size and the day', async () => {
    await open();
    const onboarded = figure('Onboarded');
    expect(onboarded.textContent).toContain('2 of 20 (10 %)');
    const details = onboarded.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(within(onboarded).getByText('How it was computed').tagName).toBe('SUMMARY');
    expect(details.textContent).toContain('scored at least 70 (the onboarding score of the guidelines in use)');
    expect(details.textContent).toContain('It stands on 2 colleagues.');
    expect(details.textContent).toContain("The team's size on that day: 20, as entered from Sep 1, 2026.");
    expect(details.textContent).toContain('Computed on Dec 3, 2026');
    expect(figure('Alignment gained').textContent).toContain('+8 points (median)');
    expect(figure('Alignment gained').textContent).toContain('Median of the first scores: 52; of the latest: 60.');
    const visibility = figure('Visibility').textContent;
    expect(visibility).toContain('LinkedIn followers+35.5 % (n = 2)');
    expect(visibility).toContain('LinkedIn connectionsNot enough sessions yet (n = 0)');
    expect(visibility).toContain('X followers−5 % (n = 1)');
    const gaps = within(figure('Where the training should go')).getAllByRole('listitem').map((item) => item.textContent);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toMatch(/\(3 colleagues\)$/);
    expect(gaps[1]).toMatch(/\(1 colleague\)$/);
    const stages = figure('Stages').textContent;
    expect(stages).toContain('1. Safe profile2');
    expect(stages).toContain('3. Speaks for the company1');
    expect(stages).toContain('1 colleague could not be placed further');
  });

  it('never shows the value without its assumption, and not at all without a view cost', async () => {
    await open();
    const value = figure('Value (an estimate)');
    expect(value.querySelector('.figure-value')?.textContent).toBe(
      '€18.00 counting each follower or connection gained as one view, at €12.00 per thousand views (1500 gained)',
    );
    cleanup();
    await open(fakeServices({ figures: { ...FIGURES, value: null } }).services);
    expect(figure('Value (an estimate)').querySelector('.figure-value')?.textContent).toBe('Enter a cost per thousand views below to estimate it.');
  });

  it('mounts the four charts, each with its table', async () => {
    await open();
    const charts = within(screen.getByRole('region', { name: 'Charts' }));
    for (const title of ['Latest scores', 'Onboarded share over time', 'Stages', 'Alignment before and after']) {
      expect(charts.getByRole('table', { name: title })).toBeTruthy();
    }
  });

  it('passes the guidelines, the settings and today to the figures', async () => {
    const { services, inputs } = fakeServices({ viewCost: { perThousand: 9, currency: 'USD' } });
    await open(services);
    expect(inputs.at(-1)).toMatchObject({ onboardingScore: 70, today: '2026-12-03', viewCost: { perThousand: 9, currency: 'USD' }, teamSizes: [{ from: '2026-09-01', size: 20 }] });
    expect(inputs.at(-1)?.stages.map((stage) => stage.id)).toEqual(['safe', 'connected', 'speaking']);
  });

  it('an empty team: says how to start, no table, no figures, and the team size can still be entered', async () => {
    await open(fakeServices({ rows: [] }).services);
    expect(screen.getByText(/No colleague is recorded yet/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Coached colleagues' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Onboarded' })).toBeNull();
    expect(screen.getByRole('spinbutton', { name: 'Team size' })).toBeTruthy();
  });

  it('says so when the record cannot be read', async () => {
    const { services } = fakeServices();
    services.load.mockRejectedValueOnce(new Error('blocked'));
    render(<DashboardPage services={services} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The coaching record could not be read in this browser.');
  });

  it('prints from its button', async () => {
    const { services } = fakeServices();
    await open(services);
    fireEvent.click(screen.getByRole('button', { name: 'Print the team report' }));
    expect(services.print).toHaveBeenCalledOnce();
  });

  it('speaks French', async () => {
    useLocale('fr');
    await (async () => {
      render(<DashboardPage services={fakeServices().services} />);
      await screen.findByRole('heading', { level: 2, name: 'Chiffres de l’équipe' });
    })();
    expect(screen.getByRole('region', { name: 'Embarqués' }).textContent).toContain('2 sur 20');
  });
});

describe('the team size', () => {
  it('accepts a whole number from 1 to 100,000 and a day no later than today', () => {
    expect(['1', ' 20 ', '100000'].map(teamSizeOf)).toEqual([1, 20, 100_000]);
    expect(['', '0', '-3', '2.5', '1e3', '100001', 'twenty'].map(teamSizeOf)).toEqual([null, null, null, null, null, null, null]);
    expect(sizeDayOf('2026-12-03', '2026-12-03')).toBe('2026-12-03');
    expect(['2026-12-04', '2026-02-30', '2026-1-5', ''].map((day) => sizeDayOf(day, '2026-12-03'))).toEqual([null, null, null, null]);
  });

  it('replaces a size entered for the same day and keeps the list oldest first', () => {
    const sizes = withSize([{ from: '2026-09-01', size: 20 }, { from: '2026-01-01', size: 12 }], { from: '2026-09-01', size: 22 });
    expect(sizes).toEqual([{ from: '2026-01-01', size: 12 }, { from: '2026-09-01', size: 22 }]);
  });

  it('refuses an invalid size with a message tied to the field, and saves nothing', async () => {
    const { services } = fakeServices();
    await open(services);
    const field = screen.getByRole('spinbutton', { name: 'Team size' });
    fireEvent.input(field, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this size' }));
    const error = await screen.findByText('Enter a whole number from 1 to 100000.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(services.saveTeamSizes).not.toHaveBeenCalled();
  });

  it('refuses a day after today', async () => {
    const { services } = fakeServices();
    await open(services);
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Team size' }), { target: { value: '25' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this size' }));
    await screen.findByText('Enter a day no later than today.');
    expect(services.saveTeamSizes).not.toHaveBeenCalled();
  });

  it('saves a new size from a day, lists the past sizes, and figures are computed again with it', async () => {
    const { services, inputs } = fakeServices();
    await open(services);
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Team size' }), { target: { value: '25' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-11-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this size' }));
    await screen.findByText('Saved.');
    expect(services.saveTeamSizes).toHaveBeenCalledWith([
      { from: '2026-09-01', size: 20 },
      { from: '2026-11-15', size: 25 },
    ]);
    const past = screen.getByRole('table', { name: 'Sizes entered' });
    expect(within(past).getAllByRole('row').slice(1).map((tr) => tr.textContent)).toEqual([
      'Nov 15, 202625Remove the size from Nov 15, 2026',
      'Sep 1, 202620Remove the size from Sep 1, 2026',
    ]);
    expect(inputs.at(-1)?.teamSizes).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the size from Sep 1, 2026' }));
    await vi.waitFor(() => expect(services.saveTeamSizes).toHaveBeenLastCalledWith([{ from: '2026-11-15', size: 25 }]));
  });

  it('says so when a size cannot be saved', async () => {
    const { services } = fakeServices();
    services.saveTeamSizes.mockRejectedValueOnce(new Error('full'));
    await open(services);
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Team size' }), { target: { value: '25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this size' }));
    await screen.findByText('Could not save: nothing was changed.');
  });
});

describe('the view cost', () => {
  it('accepts an amount above 0 with two decimals at most and a three-letter code', () => {
    expect(viewCostOf('12', 'eur')).toEqual({ perThousand: 12, currency: 'EUR' });
    expect(viewCostOf('7,50', 'USD')).toEqual({ perThousand: 7.5, currency: 'USD' });
    expect([viewCostOf('0', 'EUR'), viewCostOf('1.234', 'EUR'), viewCostOf('12', 'EU'), viewCostOf('12', 'EURO'), viewCostOf('-1', 'EUR')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('saves the cost and removes it', async () => {
    const { services } = fakeServices();
    await open(services);
    fireEvent.input(screen.getByRole('textbox', { name: 'Amount' }), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the cost' }));
    await vi.waitFor(() => expect(services.saveViewCost).toHaveBeenCalledWith({ perThousand: 12, currency: 'EUR' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove the cost' }));
    await vi.waitFor(() => expect(services.saveViewCost).toHaveBeenLastCalledWith(null));
  });

  it('refuses an invalid cost', async () => {
    const { services } = fakeServices();
    await open(services);
    fireEvent.input(screen.getByRole('textbox', { name: 'Amount' }), { target: { value: 'free' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the cost' }));
    await screen.findByText(/Enter an amount above 0/);
    expect(services.saveViewCost).not.toHaveBeenCalled();
  });
});

describe('a large team', () => {
  const many = Array.from({ length: 250 }, (_, index) => row({ id: `m${index}`, name: `Colleague ${String(index).padStart(3, '0')}`, overdueActions: index % 2 }));

  it('draws a hundred rows at a time, with pages to move through; a new order or filter starts at the first page', async () => {
    await open(fakeServices({ rows: many }).services);
    expect(names()).toHaveLength(100);
    expect(names()[0]).toBe('Colleague 000');
    const pages = screen.getByRole('navigation', { name: 'Pages of colleagues' });
    expect(pages.textContent).toContain('Colleagues 1–100 of 250');
    expect(within(pages).getByRole('button', { name: 'Previous' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(names()).toHaveLength(50);
    expect(names()[0]).toBe('Colleague 200');
    expect(pages.textContent).toContain('Colleagues 201–250 of 250');
    expect(within(pages).getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    // Sorting takes every row, not the page on screen.
    fireEvent.click(within(header('Colleague')).getByRole('button'));
    expect(names()[0]).toBe('Colleague 249');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Overdue actions only' }));
    expect(names()).toHaveLength(100);
    expect(screen.getByRole('navigation', { name: 'Pages of colleagues' }).textContent).toContain('Colleagues 1–100 of 125');
  });
});

describe('sorting and filtering rows', () => {
  it('ties are broken by name, and a filter by stage takes the stage reached', () => {
    const tied = ROWS.map((each) => ({ ...each, sessions: 1 }));
    expect(sortRows(tied, { column: 'sessions', descending: true }).map((each) => each.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(filterRows(ROWS, { ...NO_FILTERS, stage: 'connected' }).map((each) => each.id)).toEqual(['d']);
  });
});

describe('downloads, export and import', () => {
  it('downloads the team CSV, the sessions CSV and the Markdown summary as files, computed from the figures on screen', async () => {
    const { services } = fakeServices();
    const csv = vi.fn(async (_input: unknown, _rows: unknown, _figures: unknown, perSession: boolean) => (perSession ? 'per session' : 'per colleague'));
    const markdown = vi.fn(async () => '# Team');
    await open({ ...services, reports: { csv, markdown } });
    fireEvent.click(screen.getByRole('button', { name: 'Download the team (CSV)' }));
    await vi.waitFor(() => expect(services.download).toHaveBeenLastCalledWith('team-2026-12-03.csv', 'per colleague', 'text/csv'));
    expect(csv.mock.calls[0]?.[1]).toBe(ROWS);
    expect(csv.mock.calls[0]?.[2]).toBe(FIGURES);
    fireEvent.click(screen.getByRole('button', { name: 'Download every session (CSV)' }));
    await vi.waitFor(() => expect(services.download).toHaveBeenLastCalledWith('team-sessions-2026-12-03.csv', 'per session', 'text/csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Download the summary (Markdown)' }));
    await vi.waitFor(() => expect(services.download).toHaveBeenLastCalledWith('team-2026-12-03.md', '# Team', 'text/markdown'));
  });

  it('says so when a report cannot be made, and downloads nothing', async () => {
    const { services } = fakeServices();
    await open({ ...services, reports: { csv: vi.fn(async () => Promise.reject(new Error('chunk failed to load'))) } });
    expect(screen.queryByRole('button', { name: 'Download the summary (Markdown)' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download the team (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The report could not be made.');
    expect(services.download).not.toHaveBeenCalled();
  });

  it('exports the bundle as a JSON file', async () => {
    const { services } = fakeServices();
    const bundle = { exportText: vi.fn(async () => '{"version":1}'), importText: vi.fn() };
    await open({ ...services, bundle });
    fireEvent.click(screen.getByRole('button', { name: 'Export all coaching data (JSON)' }));
    await vi.waitFor(() => expect(services.download).toHaveBeenCalledWith('coaching-2026-12-03.json', '{"version":1}', 'application/json'));
  });

  it('imports a bundle: says what was added and reads the record again; or shows the errors, as given, and nothing changed', async () => {
    const { services } = fakeServices();
    const importText = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, colleaguesAdded: 2, sessionsAdded: 1 })
      .mockResolvedValueOnce({ ok: false, errors: ['colleagues[0].sessions[3].at: a date in the future', 'version: 9 is newer than this version reads'] });
    await open({ ...services, bundle: { exportText: vi.fn(), importText } });
    const picker = screen.getByLabelText('Import coaching data (JSON)') as HTMLInputElement;
    const file = new File(['{"a":1}'], 'team.json', { type: 'application/json' });
    fireEvent.change(picker, { target: { files: [file] } });
    expect(await screen.findByText('Imported: 2 colleagues and 1 session added (what was already here was kept as it was).')).toBeTruthy();
    expect(importText).toHaveBeenCalledWith('{"a":1}', expect.any(Date));
    await vi.waitFor(() => expect(services.load).toHaveBeenCalledTimes(2));
    fireEvent.change(picker, { target: { files: [file] } });
    expect(await screen.findByText('Nothing was imported:')).toBeTruthy();
    expect(screen.getByText('colleagues[0].sessions[3].at: a date in the future')).toBeTruthy();
    expect(services.load).toHaveBeenCalledTimes(2);
  });

  it('mounts the batch audit given, and reads the record again once it saved sessions', async () => {
    const { services } = fakeServices();
    const BatchAudit = ({ onSaved }: { onSaved: () => void }) => (
      <button type="button" onClick={onSaved}>
        Audit saved pages
      </button>
    );
    await open({ ...services, BatchAudit });
    fireEvent.click(screen.getByRole('button', { name: 'Audit saved pages' }));
    await vi.waitFor(() => expect(services.load).toHaveBeenCalledTimes(2));
  });
});
