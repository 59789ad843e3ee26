/**
 * @file The last page checked, kept for the options page's preview: the background keeps each validated snapshot
 * (never one that breaks the contract), a storage failure never fails the check, and a damaged stored value reads
 * as "nothing yet".
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { runCheck } from '../../src/messaging/check';
import { lastCheckItem, loadLastCheck, saveLastCheck } from '../../src/storage/last-check';
import { ownProfilesItem, relatedFor } from '../../src/storage/profile-history';
import { MAX_STORED_BYTES, storedSize } from '../../src/storage/stored-size';
import { MAX_PEOPLE, MAX_SKILLS, MAX_TEXT } from '../../src/snapshot/limits';
import { POPUP_SENDER } from '../helpers/senders';
import { makeInvitation, makeInvitations, makeLinkedInProfile, present, unreadable } from '../helpers/snapshots';

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

  it('reads an unreadable field stored before fields said why as a markup mismatch', async () => {
    const stored = makeLinkedInProfile({ about: unreadable() });
    const { reason: _, ...old } = stored.fields.about as { status: 'unreadable'; reason: string };
    await lastCheckItem.setValue({ snapshot: { ...stored, fields: { ...stored.fields, about: old } }, answers: {}, checkedAt: NOW.toISOString() });
    expect((await loadLastCheck())?.snapshot.fields).toMatchObject({ about: { status: 'unreadable', reason: 'no-match' } });
    await lastCheckItem.setValue({ snapshot: makeLinkedInProfile({ website: unreadable('not-shown') }), answers: {}, checkedAt: NOW.toISOString() });
    expect((await loadLastCheck())?.snapshot.fields).toMatchObject({ website: { status: 'unreadable', reason: 'not-shown' } });
  });

  it('reads nothing from a missing or damaged value', async () => {
    expect(await loadLastCheck()).toBeNull();
    await lastCheckItem.setValue({ snapshot: { site: 'myspace' }, answers: {}, checkedAt: 'x' });
    expect(await loadLastCheck()).toBeNull();
    await fakeBrowser.storage.local.set({ lastSnapshot: 'garbage' });
    expect(await loadLastCheck()).toBeNull();
  });
});

describe('what is stored per page is bounded', () => {
  /** A snapshot at the worst the contract allows: 500 invitations, every text at its bound, in 3-byte characters. */
  function hostileInvitations() {
    const long = (max: number) => 'é€'.repeat(max).slice(0, max);
    const invitations = Array.from({ length: MAX_PEOPLE }, (_, i) =>
      makeInvitation({
        name: long(MAX_TEXT.name),
        headline: long(MAX_TEXT.headline),
        message: long(MAX_TEXT.message),
        profileUrl: `https://www.linkedin.com/in/${'a'.repeat(2_000)}${i}/`,
      }),
    );
    const snapshot = makeInvitations('received', invitations);
    const list = snapshot.fields.invitations;
    if (list.status !== 'present') throw new Error('unreachable');
    return { ...snapshot, fields: { ...snapshot.fields, invitations: { ...list, truncated: true as const, seen: 10_000 } } };
  }

  it('stores at most 256 KB for a hostile snapshot, keeping the first items and the count the page showed', async () => {
    const snapshot = hostileInvitations();
    expect(storedSize(snapshot)).toBeGreaterThan(MAX_STORED_BYTES * 4);
    await saveLastCheck(snapshot, { 'editorial-plan': true }, NOW);
    const stored = await lastCheckItem.getValue();
    expect(storedSize(stored)).toBeLessThanOrEqual(MAX_STORED_BYTES);
    const last = await loadLastCheck();
    const kept = last?.snapshot.pageType === 'invitations' ? last.snapshot.fields.invitations : undefined;
    expect(kept).toMatchObject({ status: 'present', truncated: true, seen: 10_000 });
    const value = kept?.status === 'present' ? kept.value : [];
    expect(value.length).toBeGreaterThan(0);
    expect(value).toEqual(snapshot.fields.invitations.status === 'present' ? snapshot.fields.invitations.value.slice(0, value.length) : []);
  });

  it('stores a snapshot that fits as it is', async () => {
    const snapshot = makeInvitations('received', [makeInvitation({ ageDays: 40 })]);
    await saveLastCheck(snapshot, {}, NOW);
    expect((await loadLastCheck())?.snapshot).toEqual(snapshot);
  });

  it('stores nothing rather than a snapshot that cannot fit, and never leaves the previous page in its place', async () => {
    await saveLastCheck(makeLinkedInProfile(), {}, NOW);
    const huge = makeInvitations('received', []);
    // An address too long to store (the query alone would be dropped: no tracking parameter is stored).
    await saveLastCheck({ ...huge, url: `${huge.url}${'x'.repeat(MAX_STORED_BYTES)}/` }, {}, NOW);
    expect(await lastCheckItem.getValue()).toBeNull();
  });

  it('keeps one’s own profile within half the page budget in the profile history', async () => {
    const skill = 'é€'.repeat(MAX_TEXT.name).slice(0, MAX_TEXT.name);
    const snapshot = makeLinkedInProfile({ skills: present(Array.from({ length: MAX_SKILLS }, () => skill)) }, { selfView: true });
    expect(storedSize(snapshot)).toBeGreaterThan(MAX_STORED_BYTES / 2);
    await relatedFor(snapshot, NOW);
    const own = await ownProfilesItem.getValue();
    expect(storedSize(own)).toBeLessThanOrEqual(MAX_STORED_BYTES / 2 + 100);
    expect((own as { linkedin?: { fields: { skills: unknown } } }).linkedin?.fields.skills).toMatchObject({
      status: 'present',
      truncated: true,
      seen: MAX_SKILLS,
    });
  });
});
