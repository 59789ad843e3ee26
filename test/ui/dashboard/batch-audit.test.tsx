/**
 * @file The dashboard's batch audit (src/ui/dashboard/batch-audit.tsx): the progress bar while pages are read, the
 * per-file errors, nothing stored before every new colleague's notice is ticked nor for a file in error, a new
 * session for a colleague already recorded, and the whole path over real fixture pages and the IndexedDB store.
 */
import 'fake-indexeddb/auto';
import { createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { auditSavedFiles, type BatchOutcome } from '../../../src/coaching/batch';
import { readPage } from '../../../src/extract';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { BatchAudit, type BatchAuditService } from '../../../src/ui/dashboard/batch-audit';
import { colleague, MemoryCoachingStore } from '../../helpers/coaching';
import { FIXTURES_DIR, parseHtml } from '../../helpers/fixtures';
import { makeGuidelines } from '../../helpers/guidelines';
import { freshName } from '../../storage/coaching/records';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const result: Extract<BatchOutcome, { ok: true }>['result'] = {
  findings: [],
  points: [],
  score: { overall: 80, steps: { 'clean-up': null, 'plan-ahead': 80, 'team-up': null, guidelines: null } },
  guidelines: { source: 'default', passedOver: [], fingerprint: 'fp-1' },
};
const ok = (file: string, key: string, name: string): BatchOutcome => ({
  ok: true,
  file,
  site: key.startsWith('x:') ? 'x' : 'linkedin',
  key,
  name,
  result,
});

const files = (...names: string[]) => names.map((name) => new File(['<html></html>'], name, { type: 'text/html' }));
const picker = () => screen.getByLabelText('Choose saved pages (.html)') as HTMLInputElement;
const choose = (list: File[]) => fireEvent.change(picker(), { target: { files: list } });

/** A service that answers with `outcomes` at once, telling the progress of each. */
const answering = (outcomes: BatchOutcome[]): BatchAuditService => async (_files, progress) => {
  outcomes.forEach((_, index) => progress(index + 1, outcomes.length));
  return outcomes;
};

const opened: OpenCoachingStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('BatchAudit', () => {
  it('shows a progress bar with its text while the pages are read', async () => {
    let step: (done: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    const audit: BatchAuditService = (list, progress) =>
      new Promise((resolve) => {
        step = (done) => progress(done, list.length);
        finish = () => resolve([]);
      });
    render(<BatchAudit audit={audit} store={new MemoryCoachingStore()} now={() => NOW} />);
    choose(files('a.html', 'b.html', 'c.html'));
    const bar = await screen.findByRole('progressbar', { name: 'Reading page 0 of 3' });
    expect(bar.getAttribute('max')).toBe('3');
    step(2);
    await screen.findByRole('progressbar', { name: 'Reading page 2 of 3' });
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(2);
    finish();
    await screen.findByText('No page gave a profile: nothing to save.');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('lists each file in error with its reason, and stores nothing for them', async () => {
    const store = new MemoryCoachingStore();
    const outcomes: BatchOutcome[] = [
      { ok: false, file: 'invitations.html', reason: 'not-a-profile', address: 'https://www.linkedin.com/mynetwork/invitation-manager/' },
      { ok: false, file: 'photo.png', reason: 'not-html' },
      { ok: false, file: 'empty.html', reason: 'empty' },
      { ok: false, file: 'bare.html', reason: 'no-address' },
      { ok: false, file: 'login.html', reason: 'unreadable' },
      { ok: false, file: 'huge.html', reason: 'too-large' },
    ];
    render(<BatchAudit audit={answering(outcomes)} store={store} now={() => NOW} />);
    choose(files('x.html'));
    const list = within(await screen.findByRole('region', { name: 'Not imported: nothing was stored for these files' })).getAllByRole('listitem');
    expect(list.map((item) => item.textContent)).toEqual([
      'invitations.html: not a LinkedIn or X profile',
      'photo.png: not a web page saved as HTML',
      'empty.html: the file is empty',
      'bare.html: the page does not say its address (no canonical link): save it again from the profile with Save page as',
      'login.html: the profile could not be read (a signed-out page, or a layout the readers do not know)',
      'huge.html: larger than 50 MB; a saved profile page is a few megabytes',
    ]);
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(store.people.size).toBe(0);
    expect(store.saves).toEqual([]);
  });

  it('stores nothing before every new colleague’s notice is ticked', async () => {
    const store = new MemoryCoachingStore();
    const outcomes = [ok('ada.html', 'linkedin:in/ada-vermeulen', 'Ada Vermeulen'), ok('jules.html', 'x:@jules_ml', 'Jules Martin')];
    render(<BatchAudit audit={answering(outcomes)} store={store} now={() => NOW} />);
    choose(files('ada.html', 'jules.html'));
    const ada = await screen.findByRole('checkbox', { name: /^I told Ada Vermeulen about this review.*\(12 months\)$/ });
    fireEvent.click(ada);
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 sessions' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tick the notice first: nothing is stored before.');
    expect(store.people.size).toBe(0);
    expect(store.saves).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: /^I told Jules Martin about this review/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 sessions' }));
    await screen.findByText('Sessions saved: 2. New colleagues recorded: 2.');
    const people = [...store.people.values()];
    expect(people.map((person) => [person.name, person.profiles, person.noticeConfirmedAt, person.noticeRetentionMonths])).toEqual([
      ['Ada Vermeulen', [{ site: 'linkedin', key: 'linkedin:in/ada-vermeulen' }], NOW.toISOString(), 12],
      ['Jules Martin', [{ site: 'x', key: 'x:@jules_ml' }], NOW.toISOString(), 12],
    ]);
    expect(store.saves.map((session) => [session.colleagueId, session.profileKey, session.at, session.score.overall])).toEqual([
      [people[0]?.id, 'linkedin:in/ada-vermeulen', NOW.toISOString(), 80],
      [people[1]?.id, 'x:@jules_ml', NOW.toISOString(), 80],
    ]);
  });

  it('adds a session for a colleague already recorded by page key, without asking the notice again', async () => {
    const known = colleague({ id: 'ada', name: 'Ada V.' });
    const store = new MemoryCoachingStore([known]);
    render(<BatchAudit audit={answering([ok('ada.html', 'x:@adavermeulen', 'Ada Vermeulen')])} store={store} now={() => NOW} />);
    choose(files('ada.html'));
    await screen.findByText('A new session for Ada V.');
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save 1 session' }));
    await screen.findByText('Sessions saved: 1. New colleagues recorded: 0.');
    expect(store.people.size).toBe(1);
    expect(store.saves.map((session) => [session.colleagueId, session.site, session.profileKey])).toEqual([['ada', 'x', 'x:@adavermeulen']]);
  });

  it('keeps the first of two pages of one profile and lists the second', async () => {
    const store = new MemoryCoachingStore([colleague({ id: 'ada' })]);
    const outcomes = [ok('ada.html', 'x:@adavermeulen', 'Ada'), ok('ada (1).html', 'x:@adavermeulen', 'Ada')];
    render(<BatchAudit audit={answering(outcomes)} store={store} now={() => NOW} />);
    choose(files('ada.html', 'ada (1).html'));
    await screen.findByText('ada (1).html');
    expect(screen.getByRole('region', { name: /Not imported/ }).textContent).toContain('ada (1).html: the same profile as ada.html');
    fireEvent.click(screen.getByRole('button', { name: 'Save 1 session' }));
    await screen.findByText('Sessions saved: 1. New colleagues recorded: 0.');
    expect(store.saves).toHaveLength(1);
  });

  it('says which session a full storage refused, and keeps the others', async () => {
    const store = new MemoryCoachingStore([colleague({ id: 'ada' })]);
    store.failNextSaves = 1;
    const outcomes = [ok('ada.html', 'x:@adavermeulen', 'Ada'), ok('ada-li.html', 'linkedin:in/ada-vermeulen', 'Ada')];
    render(<BatchAudit audit={answering(outcomes)} store={store} now={() => NOW} />);
    choose(files('ada.html', 'ada-li.html'));
    fireEvent.click(await screen.findByRole('button', { name: 'Save 2 sessions' }));
    await screen.findByText('Sessions saved: 1. New colleagues recorded: 0.');
    expect(screen.getByRole('region', { name: /Not imported/ }).textContent).toContain('ada.html: Storage is full');
    expect(store.saves.map((session) => session.profileKey)).toEqual(['linkedin:in/ada-vermeulen']);
  });

  it('cannot confirm a new colleague when the retention setting cannot be read, and says so', async () => {
    const store = new MemoryCoachingStore();
    store.settings = async () => {
      throw new Error('damaged');
    };
    render(<BatchAudit audit={answering([ok('ada.html', 'x:@ada', 'Ada')])} store={store} now={() => NOW} />);
    choose(files('ada.html'));
    await screen.findByText('Ada, not yet recorded');
    expect(screen.getByRole('alert').textContent).toBe('The session could not be saved: nothing was lost. Try again.');
    const save = screen.getByRole('button', { name: 'Save 1 session' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.closest('form') as HTMLFormElement);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.people.size).toBe(0);
    expect(store.saves).toEqual([]);
  });

  it('takes files dropped on it', async () => {
    const seen: string[] = [];
    const audit: BatchAuditService = async (list) => {
      seen.push(...list.map((file) => file.name));
      return [];
    };
    render(<BatchAudit audit={audit} store={new MemoryCoachingStore()} now={() => NOW} />);
    const zone = picker().closest('.batch-drop') as HTMLElement;
    // The DOM's own 'drop' event (fireEvent.drop renames it 'Drop' where happy-dom lacks `ondrop`).
    fireEvent(zone, createEvent.drop(zone, { dataTransfer: { files: files('a.html', 'b.htm') } }));
    await waitFor(() => expect(seen).toEqual(['a.html', 'b.htm']));
  });

  it('audits real saved pages and records them in the IndexedDB store, nothing for the page in error', async () => {
    const store = openCoachingStore({ name: freshName() });
    opened.push(store);
    const guidelines = makeGuidelines();
    const audit: BatchAuditService = (list, progress) =>
      auditSavedFiles(list, { parse: parseHtml, readPage, loadGuidelines: async () => guidelines, now: NOW }, progress);
    const page = (name: string) => new File([readFileSync(join(FIXTURES_DIR, name), 'utf8')], name.split('/').at(-1) as string);
    render(<BatchAudit audit={audit} store={store} now={() => NOW} />);
    choose([
      page('linkedin/profile/2025-07-sdui-de-other.html'),
      page('linkedin/invitations/2024-10-artdeco-en-received.html'),
      page('x/profile/2025-02-fr-other.html'),
    ]);
    for (const box of await screen.findAllByRole('checkbox', {}, { timeout: 20_000 })) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Save 2 sessions' }));
    await screen.findByText('Sessions saved: 2. New colleagues recorded: 2.', {}, { timeout: 20_000 });
    expect(screen.getByRole('region', { name: /Not imported/ }).textContent).toContain('2024-10-artdeco-en-received.html: not a LinkedIn or X profile');
    const summaries = await store.colleagues();
    expect(summaries.map((summary) => [summary.colleague.profiles[0]?.key, summary.sessionCount])).toEqual(
      expect.arrayContaining([
        ['linkedin:in/leafischer', 1],
        ['x:@jules_ml', 1],
      ]),
    );
    expect(summaries).toHaveLength(2);
    // The audience counts the page showed go with the session (the team's visibility figure), no text of the page.
    const jules = summaries.find((summary) => summary.colleague.profiles[0]?.key === 'x:@jules_ml');
    const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'x/profile/2025-02-fr-other.expected.json'), 'utf8'));
    const record = await store.colleague(jules?.colleague.id as string);
    expect(record?.sessions[0]?.audience).toEqual({ followers: expected.fields.followers.value, connections: null });
  });
});
