/**
 * @file The last page checked, kept for the options page's preview: the background keeps each validated snapshot
 * (never one that breaks the contract), a storage failure never fails the check, and a damaged stored value reads
 * as "nothing yet".
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { runCheck } from '../../src/messaging/check';
import { lastCheckItem, loadLastCheck, saveLastCheck } from '../../src/messaging/last-check';
import { POPUP_SENDER } from '../helpers/senders';
import { makeInvitation, makeInvitations, makeLinkedInProfile } from '../helpers/snapshots';

const NOW = new Date('2026-06-15T12:00:00Z');

describe('remembering the last check', () => {
  it('hands the validated snapshot and the answers to remember, and nothing for an invalid snapshot', async () => {
    const remember = vi.fn(async () => undefined);
    const snapshot = makeLinkedInProfile();
    await runCheck({ type: 'check', snapshot, answers: { 'editorial-plan': true } }, { remember });
    expect(remember).toHaveBeenCalledWith(snapshot, { 'editorial-plan': true });
    remember.mockClear();
    await runCheck({ type: 'check', snapshot: { ...snapshot, url: 'nowhere' }, answers: {} }, { remember });
    expect(remember).not.toHaveBeenCalled();
  });

  it('still answers when keeping the snapshot fails (full storage)', async () => {
    const result = await runCheck(
      { type: 'check', snapshot: makeLinkedInProfile(), answers: {} },
      { remember: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) },
    );
    expect(result.ok).toBe(true);
  });

  it('the background keeps the last page it checked, readable back in full', async () => {
    background.main();
    const snapshot = makeInvitations('received', [makeInvitation({ ageDays: 40 })]);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'check', snapshot, answers: {} }, POPUP_SENDER, () => {});
    const last = await loadLastCheck();
    expect(last?.snapshot).toEqual(snapshot);
    expect(last?.answers).toEqual({});
    expect(Number.isNaN(Date.parse(last?.checkedAt ?? ''))).toBe(false);
  });
});

describe('loadLastCheck', () => {
  it('reads what saveLastCheck wrote', async () => {
    await saveLastCheck(makeLinkedInProfile(), { 'book-manager-time': false }, NOW);
    expect(await loadLastCheck()).toEqual({ snapshot: makeLinkedInProfile(), answers: { 'book-manager-time': false }, checkedAt: NOW.toISOString() });
  });

  it('reads nothing from a missing or damaged value', async () => {
    expect(await loadLastCheck()).toBeNull();
    await lastCheckItem.setValue({ snapshot: { site: 'myspace' }, answers: {}, checkedAt: 'x' });
    expect(await loadLastCheck()).toBeNull();
    await fakeBrowser.storage.local.set({ lastSnapshot: 'garbage' });
    expect(await loadLastCheck()).toBeNull();
  });
});
