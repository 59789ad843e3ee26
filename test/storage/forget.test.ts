/**
 * @file "Forget this colleague" everywhere, and retention applied when the background starts: after forgetting,
 * nothing stored (browser storage and the coaching database, read past the code that wrote them) holds the
 * colleague's name, page keys or address; only the date of the forgetting is kept.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { CoachingStore } from '../../src/storage/coaching/port';
import { applyRetentionQuietly } from '../../src/storage/coaching/retention';
import { type CoachingDB, STORE_NAMES } from '../../src/storage/coaching/schema';
import { type OpenCoachingStore, openCoachingStore } from '../../src/storage/coaching/store';
import { browserFindingStore } from '../../src/storage/finding-state';
import { forgetColleague } from '../../src/storage/forget';
import { loadLastCheck, saveLastCheck } from '../../src/storage/last-check';
import { relatedFor, summarySeenItem } from '../../src/storage/profile-history';
import { progressItem } from '../../src/storage/progress';
import { makeLinkedInProfile, makeXProfile, present } from '../helpers/snapshots';
import { freshName, makeColleague, makeSession } from './coaching/records';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const opened: OpenCoachingStore[] = [];

function fresh(): { store: OpenCoachingStore; name: string } {
  const name = freshName();
  const store = openCoachingStore({ name });
  opened.push(store);
  return { store, name };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** Every object store of the coaching database, as JSON, read past the store's own code. */
async function databaseContents(name: string): Promise<string> {
  const db = await openDB<CoachingDB>(name);
  const contents: Record<string, unknown> = {};
  for (const storeName of STORE_NAMES) contents[storeName] = { keys: await db.getAllKeys(storeName), values: await db.getAll(storeName) };
  db.close();
  return JSON.stringify(contents);
}

const woutOnLinkedIn = () =>
  makeLinkedInProfile(
    { name: present('Wout Declercq'), headline: present('Key account manager'), publicUrl: present({ slug: 'wout-declercq', custom: true }) },
    { url: 'https://www.linkedin.com/in/wout-declercq/', selfView: false },
  );
const woutOnX = () =>
  makeXProfile({ name: present('Wout Declercq'), handle: present('@wout_d'), bio: present('Grid software.') }, { url: 'https://x.com/wout_d', selfView: false });

/** Wout, coached on LinkedIn and X, with two sessions, his marks, his history and (written by an older version) a progress entry. */
async function coachWout(store: CoachingStore) {
  const wout = makeColleague({
    id: 'wout',
    name: 'Wout Declercq',
    profiles: [
      { site: 'linkedin', key: 'linkedin:in/wout-declercq' },
      { site: 'x', key: 'x:@wout_d' },
    ],
  });
  await store.addColleague(wout);
  await store.saveSession(makeSession(wout, { id: 's1', at: '2026-10-01T10:00:00.000Z', notes: [{ text: 'Wout wants a new photo', forColleague: true }] }));
  await store.saveSession(makeSession(wout, { id: 's2', site: 'x', profileKey: 'x:@wout_d', at: '2026-11-01T10:00:00.000Z' }));
  const coached = { coached: Promise.resolve(true) };
  await relatedFor(woutOnLinkedIn(), NOW, coached);
  await relatedFor(woutOnX(), NOW, coached);
  const marks = browserFindingStore();
  await marks.save('linkedin:in/wout-declercq', { findings: { 'headline-keywords': { doneAt: NOW.toISOString() } } });
  await marks.save('x:@wout_d', { findings: { 'profile-banner': { snoozedUntil: '2027-01-01' } } });
  return wout;
}

/** Ada's own things, which forgetting Wout must leave alone. */
async function keepAdasOwn(store: CoachingStore) {
  await relatedFor(makeLinkedInProfile(), NOW);
  await saveLastCheck(makeLinkedInProfile(), {}, NOW);
  await browserFindingStore().save('linkedin:in/ada-vermeulen', { findings: { 'profile-photo': { doneAt: NOW.toISOString() } } });
  const other = makeColleague({ id: 'els', name: 'Els Peeters', profiles: [{ site: 'linkedin', key: 'linkedin:in/els-peeters' }] });
  await store.addColleague(other);
  await store.saveSession(makeSession(other, { id: 'e1' }));
  return other;
}

const TRACES = ['Wout', 'Declercq', 'wout-declercq', 'wout_d', 'linkedin.com/in/wout', 'x.com/wout', 'new photo'];

describe('forgetColleague', () => {
  it('deletes the record, the sessions, the history, the marks and the progress of the colleague, keeping only the date', async () => {
    const { store, name } = fresh();
    const wout = await coachWout(store);
    const els = await keepAdasOwn(store);
    const progress = { day: '2026-11-01', overall: 50, steps: { 'clean-up': null, 'plan-ahead': 50, 'team-up': 50, guidelines: 50 }, rules: {} };
    await progressItem.setValue({ 'linkedin:in/wout-declercq': [progress], 'linkedin:in/ada-vermeulen': [progress] });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null)) + (await databaseContents(name));
    // The addresses themselves are kept nowhere since the last check keeps no colleague (the next test has an old one).
    for (const trace of TRACES.filter((trace) => !trace.includes('.com/'))) expect(before).toContain(trace);

    await forgetColleague(store, wout.id, NOW);

    const browserStorage = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const database = await databaseContents(name);
    for (const trace of TRACES) {
      expect(browserStorage).not.toContain(trace);
      expect(database).not.toContain(trace);
    }
    expect(await store.forgotten()).toEqual([{ at: NOW.toISOString() }]);
    expect(await store.colleague(wout.id)).toBeNull();
    // Ada's own pages and the other colleague are untouched.
    expect(Object.keys((await summarySeenItem.getValue()) ?? {})).toEqual(['linkedin:in/ada-vermeulen']);
    expect(Object.keys((await progressItem.getValue()) ?? {})).toEqual(['linkedin:in/ada-vermeulen']);
    expect(await browserFindingStore().load('linkedin:in/ada-vermeulen')).toEqual({ findings: { 'profile-photo': { doneAt: NOW.toISOString() } } });
    expect((await loadLastCheck())?.snapshot.url).toBe('https://www.linkedin.com/in/ada-vermeulen/');
    expect((await store.colleague(els.id))?.sessions).toHaveLength(1);
  });

  it("deletes the last check when it is one of the colleague's pages (kept by the previous version)", async () => {
    const { store } = fresh();
    const wout = await coachWout(store);
    await fakeBrowser.storage.local.set({ lastSnapshot: { snapshot: woutOnX(), answers: {}, checkedAt: NOW.toISOString() }, lastSnapshot$: { v: 2 } });
    await forgetColleague(store, wout.id, NOW);
    expect(await fakeBrowser.storage.local.get(['lastSnapshot', 'lastSnapshot$'])).toEqual({});
  });

  it('forgets a profile a session was held on even after it was unlinked from the colleague', async () => {
    const { store } = fresh();
    const wout = await coachWout(store);
    await store.updateColleague({ ...wout, profiles: [{ site: 'linkedin', key: 'linkedin:in/wout-declercq' }] });
    await forgetColleague(store, wout.id, NOW);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('wout_d');
  });

  it('keeps the coaching record when browser storage cannot be cleaned, so forgetting can be tried again', async () => {
    const { store } = fresh();
    const wout = await coachWout(store);
    const remove = fakeBrowser.storage.local.remove;
    fakeBrowser.storage.local.remove = () => Promise.reject(new Error('storage failed'));
    await expect(forgetColleague(store, wout.id, NOW)).rejects.toThrow();
    fakeBrowser.storage.local.remove = remove;
    expect(await store.colleague(wout.id)).not.toBeNull();
    await forgetColleague(store, wout.id, NOW);
    expect(await store.colleague(wout.id)).toBeNull();
    expect(await store.forgotten()).toHaveLength(1);
  });
});

describe('at the update', () => {
  it('drops the summary fingerprints the previous version kept of colleagues without a record, keeping one’s own and coached ones', async () => {
    const store = openCoachingStore();
    opened.push(store);
    await store.addColleague(makeColleague({ id: 'coached', name: 'Els Peeters', profiles: [{ site: 'x', key: 'x:@elsp' }] }));
    await relatedFor(makeLinkedInProfile(), NOW);
    const seen = { fingerprint: 'abc', since: NOW.toISOString(), firstSeen: NOW.toISOString() };
    // As the previous version kept them: every profile visited.
    await summarySeenItem.setValue({ ...((await summarySeenItem.getValue()) as object), 'linkedin:in/wout-declercq': seen, 'x:@elsp': seen, 'x:@someone': seen });
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await expect.poll(async () => Object.keys((await summarySeenItem.getValue()) ?? {})).toEqual(['linkedin:in/ada-vermeulen', 'x:@elsp']);
  });
});

describe('retention', () => {
  it('deletes the sessions past the retention period when the browser starts and when the extension is updated', async () => {
    const store = openCoachingStore();
    opened.push(store);
    const ada = makeColleague();
    await store.addColleague(ada);
    await store.saveSession(makeSession(ada, { id: 'old', at: '2020-01-01T10:00:00.000Z' }));
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(async () => (await store.colleague(ada.id))?.sessions.length).toBe(0);
    await store.saveSession(makeSession(ada, { id: 'old-again', at: '2020-01-01T10:00:00.000Z' }));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await expect.poll(async () => (await store.colleague(ada.id))?.sessions.length).toBe(0);
  });

  it('applyRetentionQuietly says 0 rather than fail when the store cannot be reached', async () => {
    expect(await applyRetentionQuietly({ applyRetention: () => Promise.reject(new Error('blocked')) }, NOW)).toBe(0);
    expect(await applyRetentionQuietly({ applyRetention: async () => 3 }, NOW)).toBe(3);
  });
});
