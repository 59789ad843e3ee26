/** @file The stored marks: page keys, validation of what is read, pruning, quota errors and the versioned item. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addDays,
  browserFindingStore,
  dayOf,
  isQuotaError,
  migrateAnswers,
  pageKeyOf,
  parsePerson,
  parseState,
  PERSON_VERSION,
  pruneState,
  SaveError,
  STATE_VERSION,
} from '../../src/storage/finding-state';
import { NewerDataError } from '../../src/storage/versioned-item';
import { isListPageKey } from '../../src/snapshot/page-key';
import { MAX_REASON_NOTE } from '../../src/engine/personal';
import { makeFollowing, makeInvitations, makeLinkedInProfile, makeXProfile } from '../helpers/snapshots';

describe('isListPageKey', () => {
  it("tells the keys pageKeyOf gives list pages from profiles' keys", () => {
    for (const page of [makeInvitations('received', []), makeInvitations('sent', []), makeFollowing([])]) expect(isListPageKey(pageKeyOf(page))).toBe(true);
    for (const page of [makeLinkedInProfile(), makeXProfile()]) expect(isListPageKey(pageKeyOf(page))).toBe(false);
  });
});

describe('pageKeyOf', () => {
  it('names a LinkedIn profile by its /in/ slug, whatever the case or trailing parts', () => {
    expect(pageKeyOf(makeLinkedInProfile())).toBe('linkedin:in/ada-vermeulen');
    expect(pageKeyOf(makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/Ada-Vermeulen' }))).toBe(
      'linkedin:in/ada-vermeulen',
    );
  });

  it('names an X profile and its following list by handle', () => {
    expect(pageKeyOf(makeXProfile({}, { url: 'https://x.com/AdaVermeulen' }))).toBe('x:@adavermeulen');
    expect(pageKeyOf(makeFollowing([]))).toBe('x:@adavermeulen/following');
  });

  it('gives the same key to a profile reached with tracking parameters, and never stores a query', () => {
    const tracked = 'https://www.linkedin.com/in/Ada-Vermeulen/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB&trk=people';
    expect(pageKeyOf(makeLinkedInProfile({}, { url: tracked }))).toBe('linkedin:in/ada-vermeulen');
    expect(pageKeyOf(makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/%C3%89lodie-Martin/' }))).toBe('linkedin:in/élodie-martin');
    expect(pageKeyOf(makeXProfile({}, { url: 'https://twitter.com/AdaVermeulen?s=20&t=abc' }))).toBe('x:@adavermeulen');
    // An address no pattern knows still gets a key, without its query.
    expect(pageKeyOf(makeLinkedInProfile({}, { url: 'https://www.linkedin.com/pub/ada/?trk=x' }))).toBe('linkedin:https://www.linkedin.com/pub/ada/');
  });

  it('names list pages by what they are', () => {
    expect(pageKeyOf(makeInvitations('received', []))).toBe('linkedin:invitations-received');
    expect(pageKeyOf(makeInvitations('sent', []))).toBe('linkedin:invitations-sent');
  });
});

describe('parseState', () => {
  it('keeps a valid state as it is', () => {
    const state = { findings: { a: { doneAt: '2026-06-15T10:00:00.000Z' }, b: { snoozedUntil: '2026-07-01' } } };
    expect(parseState(state)).toEqual(state);
    // Answers a version-1 item still holds are no longer the page's: they moved to the person's item.
    expect(parseState({ ...state, answers: { x: true } })).toEqual(state);
  });

  it('gives defaults for anything that is not a state, never throwing', () => {
    for (const value of [null, undefined, 42, 'text', [], { findings: 1 }]) {
      expect(parseState(value)).toEqual({ findings: {} });
    }
  });

  it('drops only the corrupt entries', () => {
    expect(
      parseState({
        findings: { good: { snoozedUntil: '2026-07-01' }, bad: { snoozedUntil: 'next week' }, worse: 'x' },
      }),
    ).toEqual({ findings: { good: { snoozedUntil: '2026-07-01' } } });
  });

  it('keeps only the keys a mark knows, and refuses an empty done time or a list for a record', () => {
    expect(
      parseState({
        findings: { a: { doneAt: 'x', note: 'hi' }, b: { doneAt: '' }, c: {}, d: [] },
      }),
    ).toEqual({ findings: { a: { doneAt: 'x' }, c: {} } });
  });
});

describe('pruneState', () => {
  it('drops ended snoozes and empty marks, keeps done', () => {
    const state = {
      findings: {
        ended: { snoozedUntil: '2026-06-15' },
        running: { snoozedUntil: '2026-06-16' },
        done: { doneAt: 'x', snoozedUntil: '2026-01-01' },
        empty: {},
      },
    };
    expect(pruneState(state, '2026-06-15')).toEqual({
      findings: { running: { snoozedUntil: '2026-06-16' }, done: { doneAt: 'x' } },
    });
  });
});

describe('days', () => {
  it('are local calendar days, across months', () => {
    expect(dayOf(new Date(2026, 0, 31, 23, 30))).toBe('2026-01-31');
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('isQuotaError', () => {
  it("recognises Chrome's and Firefox's ways of saying the storage is full", () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('storage.local is not available'))).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
  });
});

describe('browserFindingStore', () => {
  it('saves and loads one versioned item per page', async () => {
    const store = browserFindingStore();
    await store.save('linkedin:in/ada', { findings: { r: { doneAt: 'x' } } });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['findingState:linkedin:in/ada']).toEqual({ findings: { r: { doneAt: 'x' } } });
    expect(raw['findingState:linkedin:in/ada$']).toEqual({ v: STATE_VERSION });
    expect(await browserFindingStore().load('linkedin:in/ada')).toEqual({ findings: { r: { doneAt: 'x' } } });
    expect(await browserFindingStore().load('linkedin:in/someone')).toEqual({ findings: {} });
  });

  it('rejects with SaveError("full") when the storage quota is exceeded, and keeps what was stored', async () => {
    const store = browserFindingStore();
    await store.save('k', { findings: { a: { doneAt: 'x' } } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await store.save('k', { findings: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect((error as SaveError).reason).toBe('full');
    set.mockRestore();
    expect(await store.load('k')).toEqual({ findings: { a: { doneAt: 'x' } } });
  });

  it('leaves marks a newer version wrote as they are: load rejects, save refuses with SaveError("newer")', async () => {
    const newer = { 'findingState:k': { marks: ['a shape this version does not know'] }, 'findingState:k$': { v: STATE_VERSION + 1 } };
    await fakeBrowser.storage.local.set(newer);
    const store = browserFindingStore();
    await expect(store.load('k')).rejects.toBeInstanceOf(NewerDataError);
    const error = await store.save('k', { findings: {} }).catch((e: unknown) => e);
    expect((error as SaveError).reason).toBe('newer');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(newer);
  });

  it('rejects with SaveError("failed") on other storage errors', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    const error = await browserFindingStore()
      .save('k', { findings: {} })
      .catch((e: unknown) => e);
    expect((error as SaveError).reason).toBe('failed');
  });
});

describe("the person's own answers and choices", () => {
  const own = makeLinkedInProfile();
  const ownX = makeXProfile();

  it('keeps one item for the person, validated on read', async () => {
    const store = browserFindingStore();
    await store.savePerson({ answers: { plan: true }, notApplicable: { 'about-keywords': { reason: 'themes' } } });
    expect(await browserFindingStore().loadPerson()).toEqual({ answers: { plan: true }, notApplicable: { 'about-keywords': { reason: 'themes' } } });
    expect((await fakeBrowser.storage.local.get('person$'))['person$']).toEqual({ v: PERSON_VERSION });
    expect(
      parsePerson({
        answers: { a: true, b: 'yes' },
        notApplicable: {
          x: { reason: 'other', note: `  ${'a'.repeat(200)}  ` },
          y: { reason: 'boredom' },
          z: { reason: 'themes', note: 'dropped: only "other" keeps words' },
        },
      }),
    ).toEqual({ answers: { a: true }, notApplicable: { x: { reason: 'other', note: 'a'.repeat(MAX_REASON_NOTE) }, z: { reason: 'themes' } } });
  });

  it("moves the answers stored per page (version 1) from one's own pages into the person's item, once", async () => {
    await fakeBrowser.storage.local.set({
      // What version 1 stored: answers in each page's marks.
      'findingState:linkedin:in/ada-vermeulen': { findings: { banner: { doneAt: 'x' } }, answers: { 'editorial-plan': true, 'book-manager-time': false } },
      'findingState:linkedin:in/ada-vermeulen$': { v: 1 },
      'findingState:x:@adavermeulen': { findings: {}, answers: { 'book-manager-time': true } },
      'findingState:linkedin:invitations-received': { findings: {}, answers: { 'talk-to-marketing': false } },
      // Ticked while looking at a colleague: never the person's answer.
      'findingState:linkedin:in/colleague': { findings: {}, answers: { 'review-team-profiles': true } },
      ownProfiles: { linkedin: own, x: ownX },
      'ownProfiles$': { v: 1 },
      lastSnapshot: { snapshot: makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/colleague/', selfView: false }), answers: {}, checkedAt: 'x' },
    });
    const person = await browserFindingStore().loadPerson();
    // "Done" anywhere wins over "not done" elsewhere.
    expect(person).toEqual({
      answers: { 'editorial-plan': true, 'book-manager-time': true, 'talk-to-marketing': false },
      notApplicable: {},
    });
    expect((await fakeBrowser.storage.local.get('person'))['person']).toEqual(person);
    // The marks stay the page's.
    expect(await browserFindingStore().load('linkedin:in/ada-vermeulen')).toEqual({ findings: { banner: { doneAt: 'x' } } });
    // Once: an answer changed later is not overwritten by the old per-page ones.
    await browserFindingStore().savePerson({ answers: { 'editorial-plan': false }, notApplicable: {} });
    expect((await browserFindingStore().loadPerson()).answers).toEqual({ 'editorial-plan': false });
  });

  it('takes the own profile from the last check when the background kept no own profile', () => {
    expect(
      migrateAnswers({
        lastSnapshot: { snapshot: ownX, answers: {}, checkedAt: 'x' },
        'findingState:x:@adavermeulen': { findings: {}, answers: { plan: true } },
        'findingState:x:@adavermeulen/following': { findings: {}, answers: { follow: true } },
        'findingState:x:@someone': { findings: {}, answers: { other: true } },
      }),
    ).toEqual({ answers: { plan: true, follow: true }, from: ['x:@adavermeulen', 'x:@adavermeulen/following'] });
  });

  it("leaves a person's item a newer version wrote as it is", async () => {
    const newer = { person: { shape: 'unknown' }, person$: { v: PERSON_VERSION + 1 } };
    await fakeBrowser.storage.local.set(newer);
    await expect(browserFindingStore().loadPerson()).rejects.toBeInstanceOf(NewerDataError);
    const error = await browserFindingStore().savePerson({ answers: {}, notApplicable: {} }).catch((e: unknown) => e);
    expect((error as SaveError).reason).toBe('newer');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(newer);
  });
});
