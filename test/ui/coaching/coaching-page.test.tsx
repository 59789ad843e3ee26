import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CoachingPage } from '../../../src/ui/coaching/coaching-page';
import { colleague, MemoryCoachingStore, session } from '../../helpers/coaching';
import { useLocale } from '../../helpers/i18n';
import { adaStore, TODAY } from './fixtures';

const now = () => TODAY;

async function openAda(store = adaStore(), print = vi.fn()) {
  const view = render(<CoachingPage store={store} colleagueId="c1" now={now} print={print} />);
  await screen.findByRole('heading', { level: 1, name: 'Ada Vermeulen' });
  return { store, print, view };
}

const listUnder = (name: string) => within(screen.getByRole('region', { name })).queryAllByRole('listitem').map((item) => item.textContent);

describe('the colleague page', () => {
  it('shows who, their profiles and what the record is for', async () => {
    await openAda();
    expect(screen.getByRole('list', { name: 'Profiles' }).textContent).toContain('LinkedIn: in/ada-vermeulen');
    expect(screen.getByText('X: @adavermeulen')).toBeTruthy();
    expect(screen.getByText('Coaching records serve coaching, not performance appraisal.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All colleagues' }).getAttribute('href')).toBe('#');
  });

  it('draws the score over the sessions as an SVG line, with the figures in a table', async () => {
    const { view } = await openAda();
    const line = view.container.querySelector('svg polyline');
    expect(line?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(view.container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const table = screen.getByRole('table', { name: 'Overall score by session' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Mar 10, 2026.*71/),
      expect.stringMatching(/Feb 10, 2026.*52/),
      expect.stringMatching(/Jan 10, 2026.*48/),
    ]);
  });

  it('compares the last two sessions by default: fixed, new, still open, and not read this time', async () => {
    await openAda();
    expect((screen.getByLabelText('Earlier session') as HTMLSelectElement).value).toBe('s2');
    expect((screen.getByLabelText('Later session') as HTMLSelectElement).value).toBe('s3');
    expect(listUnder('Fixed')).toEqual([expect.stringMatching(/headline/i)]);
    expect(listUnder('New')).toEqual([expect.stringMatching(/website.*6 points/i)]);
    expect(listUnder('Still open')).toHaveLength(2);
    expect(listUnder('Not read this time')).toEqual([expect.stringMatching(/About/)]);
  });

  it('says when a new finding was not read in the earlier session, so may not be new', async () => {
    const store = adaStore();
    const second = store.sessions.get('s2');
    if (second) second.outcomes = second.outcomes.map((item) => (item.ruleId === 'website-link' ? { ...item, status: 'incomplete' } : item));
    await openAda(store);
    expect(listUnder('New')).toEqual([expect.stringMatching(/website.*6 points · not read last time/i)]);
  });

  it('compares any two sessions chosen', async () => {
    await openAda();
    fireEvent.change(screen.getByLabelText('Earlier session'), { target: { value: 's1' } });
    fireEvent.change(screen.getByLabelText('Later session'), { target: { value: 's2' } });
    expect(listUnder('Fixed')).toEqual([]);
    expect(listUnder('New')).toEqual([expect.stringMatching(/Wrote down the events/)]);
    expect(listUnder('Still open')).toHaveLength(3);
  });

  it('says when two sessions were checked under different guidelines, and shows each on its own', async () => {
    const store = adaStore();
    const third = store.sessions.get('s3');
    if (third) third.guidelines = { name: 'Nordlicht Analytics · Summer 2027', fingerprint: 'fp-2' };
    const { view } = await openAda(store);
    expect(screen.getByText(/Checked under different guidelines \(Nordlicht Analytics · Winter 2026-27, then Nordlicht Analytics · Summer 2027\)/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Fixed' })).toBeNull();
    expect(listUnder('Open on Feb 10, 2026')).toHaveLength(4);
    expect(listUnder('Open on Mar 10, 2026')).toHaveLength(3);
    // The line breaks where the guidelines changed.
    expect(view.container.querySelectorAll('svg polyline')).toHaveLength(1);
    expect(screen.getByText(/The line breaks where the guidelines changed/)).toBeTruthy();
  });

  it('shows the agreed actions as done, overdue or open', async () => {
    await openAda();
    const table = screen.getByRole('table', { name: 'Agreed actions' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      expect.stringMatching(/Name the data-platform theme.*Done \(seen Mar 10, 2026\)/),
      expect.stringMatching(/photo.*Overdue/i),
      expect.stringMatching(/Wrote down the events.*Apr 1, 2026.*Open/),
    ]);
  });

  it('tells the notes for the colleague from the ambassador’s memo', async () => {
    await openAda();
    expect(screen.getByText('Ada plans a post on the spring launch').closest('dd')?.textContent).toMatch(/^For the colleague:/);
    expect(screen.getByText('Memo: ask about the team page').closest('dd')?.textContent).toMatch(/^Your memo:/);
  });

  it('saves the latest session’s notes, actions and next session’s date', async () => {
    const { store } = await openAda();
    fireEvent.input(screen.getByLabelText('Note for the colleague (printed on the coaching sheet)'), { target: { value: 'Great progress on the headline' } });
    fireEvent.input(screen.getByLabelText(/^Action for: .*website/i), { target: { value: 'Add the company site' } });
    fireEvent.input(screen.getByLabelText(/^Due date for: .*website/i), { target: { value: '2026-04-10' } });
    fireEvent.input(screen.getByLabelText('Next session'), { target: { value: '2026-04-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    const saved = store.saves.at(-1);
    expect(saved).toMatchObject({
      id: 's3',
      notes: [{ text: 'Great progress on the headline', forColleague: true }],
      actions: [{ ruleId: 'website-link', text: 'Add the company site', due: '2026-04-10' }],
      nextSessionOn: '2026-04-15',
    });
    expect(saved?.outcomes).toEqual(store.sessions.get('s3')?.outcomes);
    // The page shows what was saved.
    expect(within(screen.getByRole('table', { name: 'Agreed actions' })).getByText('Add the company site')).toBeTruthy();
  });

  it('says plainly when a save fails, and keeps the edits on screen', async () => {
    const store = adaStore();
    store.failNextSaves = 1;
    await openAda(store);
    const note = screen.getByLabelText('Your memo (not printed)') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Follow up in April' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: this browser's storage is full/);
    expect(note.value).toBe('Follow up in April');
    expect(store.saves).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.saves.at(-1)?.notes).toEqual([{ text: 'Follow up in April', forColleague: false }]);
  });

  it('prints the coaching sheet with the browser’s print, titled for the PDF’s file name', async () => {
    const titles: string[] = [];
    const { print } = await openAda(adaStore(), vi.fn(() => titles.push(document.title)));
    document.title = 'Coaching record';
    fireEvent.click(screen.getByRole('button', { name: 'Print the coaching sheet' }));
    expect(print).toHaveBeenCalledOnce();
    expect(titles).toEqual(['Coaching sheet: Ada Vermeulen']);
    expect(document.title).toBe('Coaching record');
  });

  it('says so when the colleague is not kept here', async () => {
    render(<CoachingPage store={new MemoryCoachingStore()} colleagueId="gone" now={now} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/No record of this colleague is kept here/);
  });

  it('with a single session, says the comparison starts with the next one', async () => {
    await openAda(new MemoryCoachingStore([colleague()], [session('s1', '2026-01-10T10:00:00.000Z', [['profile-photo', 'fail', 8]])]));
    expect(screen.getByText('Only one session so far: the comparison starts with the next one.')).toBeTruthy();
    expect(listUnder('Open on Jan 10, 2026')).toHaveLength(1);
  });

  it('speaks French and Dutch', async () => {
    useLocale('fr');
    await openAda();
    expect(screen.getByRole('heading', { name: 'Ce qui a changé' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimer la fiche de coaching' })).toBeTruthy();
  });
});

describe('the list of colleagues', () => {
  it('links each colleague to their page, with their sessions and latest score', async () => {
    render(<CoachingPage store={adaStore()} colleagueId="" now={now} />);
    const link = await screen.findByRole('link', { name: 'Ada Vermeulen' });
    expect(link.getAttribute('href')).toBe('#c1');
    expect(link.closest('li')?.textContent).toMatch(/3 sessions · latest score 71 on Mar 10, 2026/);
  });

  it('says how to start when nobody is recorded', async () => {
    render(<CoachingPage store={new MemoryCoachingStore()} colleagueId="" now={now} />);
    expect(await screen.findByText(/No coaching record yet/)).toBeTruthy();
  });
});
