/**
 * @file "Your data" on the options page, coaching part: each colleague with sessions, last session and size; Forget
 * after a confirmation naming them (nothing of them left, the date kept, no name); the retention period validated,
 * saved and applied (also when the page opens); Delete everything deleting the coaching database too. The real store
 * over fake-indexeddb, a database per test.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteCoachingDatabase } from '../../../src/storage/coaching/erase';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { browserFindingStore } from '../../../src/storage/finding-state';
import { saveLastCheck } from '../../../src/storage/last-check';
import type { CoachingServices } from '../../../src/ui/options/coaching-data';
import { retentionMonthsOf } from '../../../src/ui/options/coaching-data';
import { DataSection } from '../../../src/ui/options/data-section';
import { useLocale } from '../../helpers/i18n';
import { makeLinkedInProfile } from '../../helpers/snapshots';
import { freshName, makeColleague, makeSession } from '../../storage/coaching/records';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const opened: OpenCoachingStore[] = [];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function coachingServices(): CoachingServices & { store: OpenCoachingStore } {
  const name = freshName();
  const store = openCoachingStore({ name });
  opened.push(store);
  return {
    store,
    async erase() {
      store.close();
      await deleteCoachingDatabase({ name });
    },
  };
}

async function withWoutAndEls(coaching: CoachingServices) {
  const wout = makeColleague({ id: 'wout', name: 'Wout Declercq', profiles: [{ site: 'linkedin', key: 'linkedin:in/wout-declercq' }] });
  const els = makeColleague({ id: 'els', name: 'Els Peeters', profiles: [{ site: 'linkedin', key: 'linkedin:in/els-peeters' }] });
  await coaching.store.addColleague(wout);
  await coaching.store.addColleague(els);
  await coaching.store.saveSession(makeSession(wout, { id: 'w1', at: '2026-10-01T10:00:00.000Z' }));
  await coaching.store.saveSession(makeSession(wout, { id: 'w2', at: '2026-11-20T10:00:00.000Z' }));
  await browserFindingStore().save('linkedin:in/wout-declercq', { findings: { 'headline-keywords': { doneAt: NOW.toISOString() } } });
  return { wout, els };
}

function renderData(coaching: CoachingServices) {
  render(<DataSection download={vi.fn()} onCleared={() => undefined} coaching={coaching} now={() => NOW} />);
}

const rowsOf = async () => {
  const table = await screen.findByRole('table', { name: 'Coaching records by colleague' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole(/cell|rowheader/).map((cell) => cell.textContent));
};

describe('coaching records in "Your data"', () => {
  it('lists each colleague with the number of sessions, the last session and the size, under the purpose', async () => {
    const coaching = coachingServices();
    await withWoutAndEls(coaching);
    renderData(coaching);
    const rows = await rowsOf();
    expect(rows.map(([name, count, latest]) => [name, count, latest])).toEqual([
      ['Els Peeters', '0', 'None yet'],
      ['Wout Declercq', '2', 'Nov 20, 2026'],
    ]);
    for (const row of rows) expect(row[3]).toMatch(/^\d+(\.\d)? (bytes|kB)$/);
    expect(screen.getByText('Coaching records serve coaching, not performance appraisal.')).toBeTruthy();
    expect(screen.getByText(/coaching records: exporting those comes with the team dashboard/)).toBeTruthy();
  });

  it('links to the team dashboard once a colleague is recorded, not before', async () => {
    const empty = coachingServices();
    renderData(empty);
    await screen.findByText('No coaching records.');
    expect(screen.queryByRole('link', { name: 'Team dashboard' })).toBeNull();
    cleanup();
    const coaching = coachingServices();
    await withWoutAndEls(coaching);
    renderData(coaching);
    await rowsOf();
    expect(screen.getByRole('link', { name: 'Team dashboard' }).getAttribute('href')).toBe('./dashboard.html');
  });

  it('forgets a colleague after a confirmation naming them, leaving only the date', async () => {
    const coaching = coachingServices();
    await withWoutAndEls(coaching);
    renderData(coaching);
    await rowsOf();
    const table = screen.getByRole('table', { name: 'Coaching records by colleague' });
    const woutRow = within(table).getByRole('rowheader', { name: 'Wout Declercq' }).closest('tr') as HTMLElement;
    fireEvent.click(within(woutRow).getByRole('button', { name: 'Forget this colleague…' }));
    const question = screen.getByRole('group', {
      name: 'Deletes every session, note and agreed action about Wout Declercq, and what the history keeps of their profiles. Only the date of the forgetting is kept.',
    });
    fireEvent.click(within(question).getByRole('button', { name: 'Forget Wout Declercq' }));
    await waitFor(() => expect(screen.getByText('Forgotten: only the date was kept.')).toBeTruthy());
    await waitFor(async () => expect((await rowsOf()).map(([name]) => name)).toEqual(['Els Peeters']));
    expect(screen.getByText('1 person forgotten, on Dec 3, 2026.')).toBeTruthy();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('wout');
    expect(await coaching.store.forgotten()).toEqual([{ at: NOW.toISOString() }]);
    expect(document.body.textContent).not.toContain('Wout');
  });

  it('validates the retention period (1 to 60 whole months), saves it and deletes the sessions past it', async () => {
    const coaching = coachingServices();
    const { wout } = await withWoutAndEls(coaching);
    renderData(coaching);
    await rowsOf();
    const field = screen.getByLabelText('Keep coaching sessions for (months)') as HTMLInputElement;
    expect(field.value).toBe('12');
    for (const wrong of ['0', '61', '2.5', 'ten', '']) {
      fireEvent.input(field, { target: { value: wrong } });
      fireEvent.click(screen.getByRole('button', { name: 'Set the period' }));
      await waitFor(() => expect(screen.getByText('A whole number of months from 1 to 60.')).toBeTruthy());
      expect(field.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await coaching.store.settings()).toEqual({ retentionMonths: 12, teamSizes: [], viewCost: null });
    fireEvent.input(field, { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the period' }));
    await waitFor(() => expect(screen.getByText('Saved: coaching sessions are kept for 2 months. 1 older session was deleted.')).toBeTruthy());
    expect(await coaching.store.settings()).toEqual({ retentionMonths: 2, teamSizes: [], viewCost: null });
    expect((await coaching.store.colleague(wout.id))?.sessions.map((session) => session.id)).toEqual(['w2']);
  });

  it('applies the retention period when the page opens', async () => {
    const coaching = coachingServices();
    const { wout } = await withWoutAndEls(coaching);
    await coaching.store.saveSession(makeSession(wout, { id: 'old', at: '2025-06-01T10:00:00.000Z' }));
    renderData(coaching);
    const rows = await rowsOf();
    expect(rows.find(([name]) => name === 'Wout Declercq')?.[1]).toBe('2');
    expect((await coaching.store.colleague(wout.id))?.sessions.map((session) => session.id)).toEqual(['w1', 'w2']);
  });

  it('Delete everything deletes the coaching database too', async () => {
    const coaching = coachingServices();
    await withWoutAndEls(coaching);
    await coaching.store.forget('els', NOW);
    await saveLastCheck(makeLinkedInProfile(), {}, NOW);
    renderData(coaching);
    await rowsOf();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByText(/and every coaching record\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByText('Everything was deleted.')).toBeTruthy());
    await waitFor(() => expect(screen.getByText('No coaching records.')).toBeTruthy());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await coaching.store.colleagues()).toEqual([]);
    expect(await coaching.store.forgotten()).toEqual([]);
    expect(screen.queryByText(/forgotten, on/)).toBeNull();
  });

  it('speaks French and Dutch', async () => {
    const coaching = coachingServices();
    await withWoutAndEls(coaching);
    useLocale('fr');
    renderData(coaching);
    expect(await screen.findByText('Les fiches de coaching servent au coaching, pas à l’évaluation des performances.')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Oublier ce collègue…' })).toHaveLength(2);
  });
});

describe('retentionMonthsOf', () => {
  it('accepts whole months from 1 to 60 only', () => {
    expect(['1', ' 12 ', '60'].map(retentionMonthsOf)).toEqual([1, 12, 60]);
    expect(['0', '61', '-1', '1.5', '1e1', '', 'twelve'].map(retentionMonthsOf)).toEqual(Array(7).fill(null));
  });
});
