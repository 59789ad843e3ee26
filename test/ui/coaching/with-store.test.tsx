/** @file The colleague's page over the real IndexedDB store (fake-indexeddb): twelve sessions shown, an edit saved and read back. */
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { CoachingPage } from '../../../src/ui/coaching/coaching-page';
import { freshName, makeColleague, typicalSession } from '../../storage/coaching/records';

const opened: OpenCoachingStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('the colleague page over the IndexedDB store', () => {
  it('shows twelve monthly sessions and saves an edit of the latest one', async () => {
    const name = freshName();
    const store = openCoachingStore({ name });
    opened.push(store);
    const ada = makeColleague({ id: 'ada' });
    await store.addColleague(ada);
    for (let month = 0; month < 12; month++) {
      await store.saveSession(typicalSession(ada, `s${month}`, new Date(Date.UTC(2026, month, 10, 10))));
    }
    const view = render(<CoachingPage store={store} colleagueId="ada" now={() => new Date('2026-12-20T12:00:00')} />);
    await screen.findByRole('heading', { level: 1, name: 'Ada Vermeulen' });
    expect(view.container.querySelectorAll('svg circle')).toHaveLength(12);
    expect(within(screen.getByRole('table', { name: 'Overall score by session' })).getAllByRole('row')).toHaveLength(13);
    // The same check every month: nothing fixed, nothing new, every failure still open.
    expect(within(screen.getByRole('region', { name: 'Still open' })).getAllByRole('listitem').length).toBeGreaterThan(2);

    fireEvent.input(screen.getByLabelText('Next session'), { target: { value: '2027-01-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved.');
    store.close();
    const reopened = openCoachingStore({ name });
    opened.push(reopened);
    const record = await reopened.colleague('ada');
    expect(record?.sessions.at(-1)).toMatchObject({ id: 's11', nextSessionOn: '2027-01-12' });
    expect(record?.sessions.at(-1)?.notes).toHaveLength(2);
  });
});
