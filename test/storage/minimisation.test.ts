/**
 * @file What the background keeps about other people: never a colleague's snapshot as the last check, a colleague's
 * summary fingerprint only once they have a coaching record (notice confirmed), and what the previous version kept
 * of a colleague's page dropped at the update.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { runCheck } from '../../src/messaging/check';
import { openCoachingStore } from '../../src/storage/coaching/store';
import { lastCheckItem, loadLastCheck, saveLastCheck } from '../../src/storage/last-check';
import { relatedFor, summarySeenItem } from '../../src/storage/profile-history';
import { makeGuidelines } from '../helpers/guidelines';
import { POPUP_SENDER } from '../helpers/senders';
import { makeInvitation, makeInvitations, makeLinkedInProfile, makeXProfile, present } from '../helpers/snapshots';
import { makeColleague } from './coaching/records';

const NOW = new Date('2026-06-15T12:00:00Z');

/** Wout, a colleague: his profile seen by the ambassador (selfView false). */
const wout = () =>
  makeLinkedInProfile(
    {
      name: present('Wout Declercq'),
      headline: present('Key account manager at Brightwave Systems'),
      about: present('Fifteen years of selling grid software to utilities across the Benelux.'),
      publicUrl: present({ slug: 'wout-declercq', custom: true }),
    },
    { url: 'https://www.linkedin.com/in/wout-declercq/?miniProfileUrn=abc', selfView: false },
  );

const everythingStored = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the last check keeps no colleague', () => {
  it("never keeps a colleague's snapshot: the previous check of one's own page stays", async () => {
    await saveLastCheck(makeLinkedInProfile(), {}, NOW);
    await saveLastCheck(wout(), {}, new Date('2026-06-16T12:00:00Z'));
    const last = await loadLastCheck();
    expect(last?.snapshot.url).toBe('https://www.linkedin.com/in/ada-vermeulen/');
    expect(last?.checkedAt).toBe(NOW.toISOString());
    const stored = await everythingStored();
    for (const trace of ['Wout', 'wout-declercq', 'Fifteen years', 'Key account']) expect(stored).not.toContain(trace);
  });

  it("drops, at the update, a colleague's snapshot the previous version kept as the last check, and keeps one's own", async () => {
    const stored = (snapshot: ReturnType<typeof wout>) => ({ snapshot, answers: {}, checkedAt: NOW.toISOString() });
    // Written by version 1: no version record beside it.
    await fakeBrowser.storage.local.set({ lastSnapshot: stored(wout()) });
    await lastCheckItem.migrate();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});

    const own = stored(makeLinkedInProfile());
    await fakeBrowser.storage.local.set({ lastSnapshot: own });
    await lastCheckItem.migrate();
    expect(await loadLastCheck()).toEqual(own);
  });
});

describe("a colleague's summary fingerprint", () => {
  it('is not remembered without a coaching record: freshness is then unknown', async () => {
    const related = await relatedFor(wout(), NOW, { coached: Promise.resolve(false) });
    expect(related.summary).toBeUndefined();
    expect(await summarySeenItem.getValue()).toBeNull();
  });

  it('is remembered once the colleague has a coaching record, and always on one’s own profile', async () => {
    await relatedFor(wout(), NOW, { coached: Promise.resolve(true) });
    await relatedFor(makeLinkedInProfile(), NOW);
    expect(Object.keys((await summarySeenItem.getValue()) ?? {})).toEqual(['linkedin:in/wout-declercq', 'linkedin:in/ada-vermeulen']);
  });

  it('left by the previous version is forgotten when the colleague is seen again without a record', async () => {
    await relatedFor(wout(), NOW, { coached: Promise.resolve(true) });
    const related = await relatedFor(wout(), new Date('2026-07-15T12:00:00Z'), { coached: Promise.resolve(false) });
    expect(related.summary).toBeUndefined();
    expect(await summarySeenItem.getValue()).toEqual({});
  });
});

describe('the check asks whether a colleague is coached', () => {
  it('only on someone else’s profile, with its page key, while the other reads run', async () => {
    const isCoached = vi.fn(async () => false);
    let guidelinesAsked = false;
    let coachedWhileGuidelinesPending = false;
    const loadGuidelines = () => {
      guidelinesAsked = true;
      return new Promise<ReturnType<typeof makeGuidelines>>((resolve) =>
        setTimeout(() => {
          coachedWhileGuidelinesPending = isCoached.mock.calls.length > 0;
          resolve(makeGuidelines());
        }, 5),
      );
    };
    const result = await runCheck({ type: 'check', snapshot: wout(), answers: {} }, { isCoached, loadGuidelines, related: relatedFor, now: () => NOW });
    expect(guidelinesAsked).toBe(true);
    expect(isCoached).toHaveBeenCalledWith('linkedin:in/wout-declercq');
    expect(coachedWhileGuidelinesPending).toBe(true);
    expect(result.ok && result.findings.find((finding) => finding.ruleId === 'profile-freshness')?.status).toBe('incomplete');

    isCoached.mockClear();
    await runCheck({ type: 'check', snapshot: makeLinkedInProfile(), answers: {} }, { isCoached, related: relatedFor });
    await runCheck({ type: 'check', snapshot: makeInvitations('received', [makeInvitation()]), answers: {} }, { isCoached, related: relatedFor });
    expect(isCoached).not.toHaveBeenCalled();
  });

  it('still answers when the lookup fails, remembering nothing of the colleague', async () => {
    const result = await runCheck(
      { type: 'check', snapshot: wout(), answers: {} },
      { isCoached: () => Promise.reject(new Error('blocked')), related: relatedFor },
    );
    expect(result.ok).toBe(true);
    expect(await summarySeenItem.getValue()).toBeNull();
  });

  it('the background looks the colleague up in the coaching record and keeps nothing of one not coached', async () => {
    background.main();
    const check = (snapshot: Parameters<typeof relatedFor>[0]) =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'check', snapshot, answers: {} }, POPUP_SENDER, () => {});
    await check(makeXProfile());
    await check(wout());
    const stored = await everythingStored();
    for (const trace of ['Wout', 'wout-declercq', 'Fifteen years']) expect(stored).not.toContain(trace);
    expect((await loadLastCheck())?.snapshot.url).toBe('https://x.com/adavermeulen');

    const store = openCoachingStore();
    await store.addColleague(makeColleague({ id: 'wout', name: 'Wout Declercq', profiles: [{ site: 'linkedin', key: 'linkedin:in/wout-declercq' }] }));
    store.close();
    await check(wout());
    expect(Object.keys((await summarySeenItem.getValue()) ?? {})).toContain('linkedin:in/wout-declercq');
    expect((await loadLastCheck())?.snapshot.url).toBe('https://x.com/adavermeulen');
  });
});
