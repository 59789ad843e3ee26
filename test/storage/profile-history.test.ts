/** @file What the background remembers around a check: freshness of a profile's summary, and one's own other profile. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCheck } from '../../src/messaging/check';
import { saveLastCheck } from '../../src/storage/last-check';
import { fingerprint, ownProfilesItem, relatedFor, summarySeenItem } from '../../src/storage/profile-history';
import { makeGuidelines } from '../helpers/guidelines';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('relatedFor', () => {
  it('says first seen now on a first visit, then since when the same summary has been seen, with no change seen', async () => {
    const profile = makeLinkedInProfile();
    const first = { firstSeen: day('2026-01-10'), unchangedSince: day('2026-01-10'), changeSeen: false };
    expect((await relatedFor(profile, day('2026-01-10'))).summary).toEqual(first);
    expect((await relatedFor(profile, day('2026-09-01'))).summary).toEqual(first);
  });

  it('counts a changed headline or About as a refresh, dated the visit that saw it', async () => {
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    const refreshed = makeLinkedInProfile({ headline: present('Head of Data Platform · Grid data for utilities') });
    const changed = { firstSeen: day('2026-01-10'), unchangedSince: day('2026-09-01'), changeSeen: true };
    expect((await relatedFor(refreshed, day('2026-09-01'))).summary).toEqual(changed);
    expect((await relatedFor(refreshed, day('2026-10-01'))).summary).toEqual(changed);
  });

  it('records nothing when the summary could not be read, and keeps fingerprints rather than text', async () => {
    await relatedFor(makeLinkedInProfile({ about: unreadable() }), day('2026-01-10'));
    expect(await summarySeenItem.getValue()).toBeNull();
    await relatedFor(makeXProfile(), day('2026-01-10'));
    const stored = JSON.stringify(await summarySeenItem.getValue());
    expect(stored).not.toContain('Data platforms');
    expect(stored).toContain(fingerprint('Data platforms for the energy transition at @BrightwaveSys. #Brightwave Views my own.'));
  });

  it("hands one's own profile on the other site to the rules, never someone else's", async () => {
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    expect((await relatedFor(makeXProfile(), day('2026-01-11'))).linkedinProfile?.url).toBe('https://www.linkedin.com/in/ada-vermeulen/');
    const colleague = makeXProfile({ handle: present('@wout_d') }, { url: 'https://x.com/wout_d', selfView: false });
    expect((await relatedFor(colleague, day('2026-01-12'))).linkedinProfile).toBeUndefined();
    expect((await relatedFor(makeLinkedInProfile(), day('2026-01-13'))).xProfile?.url).toBe('https://x.com/adavermeulen');
  });

  it("reads one's own profile stored before fields said why they were unreadable, the reason as a markup mismatch", async () => {
    const stored = makeLinkedInProfile({ website: unreadable() });
    const { reason: _, ...old } = stored.fields.website as { status: 'unreadable'; reason: string };
    await ownProfilesItem.setValue({ linkedin: { ...stored, fields: { ...stored.fields, website: old } } });
    const related = await relatedFor(makeXProfile(), day('2026-01-11'));
    expect(related.linkedinProfile?.fields.website).toEqual({ status: 'unreadable', reason: 'no-match' });
  });

  it("rewrites one's own profile only when it changed, since every popup opening checks the page again", async () => {
    const writes = vi.spyOn(ownProfilesItem, 'setValue');
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    await relatedFor(makeLinkedInProfile(), day('2026-01-11'));
    expect(writes).toHaveBeenCalledTimes(1);
    await relatedFor(makeLinkedInProfile({ headline: present('Head of Data Platform · Grid data') }), day('2026-01-12'));
    expect(writes).toHaveBeenCalledTimes(2);
    writes.mockRestore();
  });

  it('knows a profile reached with tracking parameters or another capitalisation, and stores no query anywhere', async () => {
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    const tracked = makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/Ada-Vermeulen/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB' });
    expect((await relatedFor(tracked, day('2026-09-01'))).summary?.unchangedSince).toEqual(day('2026-01-10'));
    await saveLastCheck(tracked, {}, day('2026-09-01'));
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('miniProfileUrn');
    expect(stored).not.toContain('?');
    expect(Object.keys((await summarySeenItem.getValue()) as object)).toEqual(['linkedin:in/ada-vermeulen']);
  });

  it('merges history the previous version kept by raw address under one key per profile, keeping the earliest day', async () => {
    const same = fingerprint('same summary');
    // As version 1 wrote it: raw addresses, tracking parameters and all.
    await fakeBrowser.storage.local.set({
      summarySeen: {
        'https://www.linkedin.com/in/ada-vermeulen/': { fingerprint: same, since: '2026-03-01T10:00:00.000Z' },
        'https://www.linkedin.com/in/Ada-Vermeulen/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB': { fingerprint: same, since: '2026-01-10T10:00:00.000Z' },
        'https://x.com/AdaVermeulen': { fingerprint: 'old', since: '2025-12-01T10:00:00.000Z' },
        'https://x.com/adavermeulen?s=20': { fingerprint: 'new', since: '2026-02-01T10:00:00.000Z' },
        'https://www.linkedin.com/feed/': { fingerprint: same, since: '2026-01-01T10:00:00.000Z' },
      },
      summarySeen$: { v: 1 },
    });
    await summarySeenItem.migrate();
    expect(await summarySeenItem.getValue()).toEqual({
      'linkedin:in/ada-vermeulen': { fingerprint: same, since: '2026-01-10T10:00:00.000Z', firstSeen: '2026-01-10T10:00:00.000Z' },
      'x:@adavermeulen': { fingerprint: 'new', since: '2026-02-01T10:00:00.000Z', firstSeen: '2026-02-01T10:00:00.000Z' },
    });
    expect(await fakeBrowser.storage.local.get('summarySeen$')).toEqual({ summarySeen$: { v: 3 } });
  });

  it('reads what version 2 kept as first seen then, so a summary it saw once does not pass as refreshed', async () => {
    const print = fingerprint(['Head of Data Platform at Brightwave', 'x'].join('\u0000'));
    // As version 2 wrote it: a first visit and a change looked alike.
    await fakeBrowser.storage.local.set({
      summarySeen: {
        'linkedin:in/ada-vermeulen': { fingerprint: print, since: '2026-11-20T10:00:00.000Z' },
        'x:@broken': { since: 12 },
      },
      summarySeen$: { v: 2 },
    });
    await summarySeenItem.migrate();
    expect(await summarySeenItem.getValue()).toEqual({
      'linkedin:in/ada-vermeulen': { fingerprint: print, since: '2026-11-20T10:00:00.000Z', firstSeen: '2026-11-20T10:00:00.000Z' },
    });
    expect(await fakeBrowser.storage.local.get('summarySeen$')).toEqual({ summarySeen$: { v: 3 } });
  });

  it('reads damaged storage as nothing known', async () => {
    await fakeBrowser.storage.local.set({ ownProfiles: { linkedin: 'garbage' }, summarySeen: 42 });
    // Nothing known of the past: a first sighting, and no own profile from the other site.
    const first = { firstSeen: day('2026-01-10'), unchangedSince: day('2026-01-10'), changeSeen: false };
    expect(await relatedFor(makeXProfile(), day('2026-01-10'))).toEqual({ summary: first });
  });
});

describe('the background check with history', () => {
  it('keeps profile-freshness incomplete while the same summary is seen inside the season, failed once it sat unchanged too long', async () => {
    const guidelines = makeGuidelines();
    const check = (now: Date) =>
      runCheck(
        { type: 'check', snapshot: makeLinkedInProfile(), answers: {} },
        { loadGuidelines: async () => guidelines, now: () => now, related: relatedFor },
      );
    const status = (result: Awaited<ReturnType<typeof check>>) =>
      result.ok ? result.findings.find((finding) => finding.ruleId === 'profile-freshness')?.status : result.reason;
    expect(status(await check(day('2026-01-10')))).toBe('incomplete');
    expect(status(await check(day('2026-03-01')))).toBe('incomplete');
    expect(status(await check(day('2026-11-23')))).toBe('fail');
  });

  it('never passes profile-freshness on sightings alone: first seen today stays incomplete, a change seen passes, 200 unchanged days fail', async () => {
    const guidelines = makeGuidelines({ checklist: { refreshDays: 90 } });
    const freshness = async (snapshot: Parameters<typeof relatedFor>[0], now: Date) => {
      const result = await runCheck({ type: 'check', snapshot, answers: {} }, { loadGuidelines: async () => guidelines, now: () => now, related: relatedFor });
      return result.ok ? result.findings.find((finding) => finding.ruleId === 'profile-freshness') : undefined;
    };
    const at = (iso: string) => new Date(iso);
    // Opened twice the same day: "first seen today" is not "refreshed".
    expect((await freshness(makeLinkedInProfile(), at('2026-01-10T09:00:00Z')))?.status).toBe('incomplete');
    const second = await freshness(makeLinkedInProfile(), at('2026-01-10T09:00:30Z'));
    expect(second).toMatchObject({ status: 'incomplete', score: null });
    expect(second?.message).toContain('First seen today');
    // Seen unchanged on a later day inside the window: still cannot tell.
    expect((await freshness(makeLinkedInProfile(), at('2026-01-20T09:00:00Z')))?.status).toBe('incomplete');
    // A change observed on a later day is a refresh.
    const refreshed = makeLinkedInProfile({ headline: present('Head of Data Platform · Grid data for utilities') });
    expect((await freshness(refreshed, at('2026-02-01T09:00:00Z')))?.status).toBe('pass');
    expect((await freshness(refreshed, at('2026-03-01T09:00:00Z')))?.status).toBe('pass');
    // The same summary since 200 days ago, with refreshDays 90: not refreshed.
    const colleague = makeXProfile({ handle: present('@wout_d') }, { url: 'https://x.com/wout_d', selfView: false });
    await freshness(colleague, at('2026-01-10T09:00:00Z'));
    expect((await freshness(colleague, at('2026-07-29T09:00:00Z')))?.status).toBe('fail');
  });

  it('lets cross-site-consistency compare once both own profiles have been seen', async () => {
    const guidelines = makeGuidelines();
    const statusOn = async (snapshot: Parameters<typeof relatedFor>[0]) => {
      const result = await runCheck({ type: 'check', snapshot, answers: {} }, { loadGuidelines: async () => guidelines, related: relatedFor });
      return result.ok ? result.findings.find((finding) => finding.ruleId === 'cross-site-consistency')?.status : undefined;
    };
    expect(await statusOn(makeLinkedInProfile())).toBe('notApplicable');
    expect(await statusOn(makeXProfile())).toBe('pass');
  });
});
