/** @file What the background remembers around a check: freshness of a profile's summary, and one's own other profile. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCheck } from '../../src/messaging/check';
import { fingerprint, ownProfilesItem, relatedFor, summarySeenItem } from '../../src/messaging/profile-history';
import { makeGuidelines } from '../helpers/guidelines';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('relatedFor', () => {
  it('knows nothing on a first visit, then since when the summary is unchanged', async () => {
    const profile = makeLinkedInProfile();
    expect((await relatedFor(profile, day('2026-01-10'))).unchangedSince).toBeUndefined();
    expect((await relatedFor(profile, day('2026-09-01'))).unchangedSince).toEqual(day('2026-01-10'));
  });

  it('counts a changed headline or About as a refresh, dated the visit that saw it', async () => {
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    const refreshed = makeLinkedInProfile({ headline: present('Head of Data Platform · Grid data for utilities') });
    expect((await relatedFor(refreshed, day('2026-09-01'))).unchangedSince).toEqual(day('2026-09-01'));
    expect((await relatedFor(refreshed, day('2026-10-01'))).unchangedSince).toEqual(day('2026-09-01'));
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

  it("rewrites one's own profile only when it changed, since every popup opening checks the page again", async () => {
    const writes = vi.spyOn(ownProfilesItem, 'setValue');
    await relatedFor(makeLinkedInProfile(), day('2026-01-10'));
    await relatedFor(makeLinkedInProfile(), day('2026-01-11'));
    expect(writes).toHaveBeenCalledTimes(1);
    await relatedFor(makeLinkedInProfile({ headline: present('Head of Data Platform · Grid data') }), day('2026-01-12'));
    expect(writes).toHaveBeenCalledTimes(2);
    writes.mockRestore();
  });

  it('reads damaged storage as nothing known', async () => {
    await fakeBrowser.storage.local.set({ ownProfiles: { linkedin: 'garbage' }, summarySeen: 42 });
    expect(await relatedFor(makeXProfile(), day('2026-01-10'))).toEqual({});
  });
});

describe('the background check with history', () => {
  it('turns profile-freshness from incomplete (first visit) into failed when the summary sat unchanged too long', async () => {
    const guidelines = makeGuidelines();
    const check = (now: Date) =>
      runCheck(
        { type: 'check', snapshot: makeLinkedInProfile(), answers: {} },
        { loadGuidelines: async () => guidelines, now: () => now, related: relatedFor },
      );
    const status = (result: Awaited<ReturnType<typeof check>>) =>
      result.ok ? result.findings.find((finding) => finding.ruleId === 'profile-freshness')?.status : result.reason;
    expect(status(await check(day('2026-01-10')))).toBe('incomplete');
    expect(status(await check(day('2026-03-01')))).toBe('pass');
    expect(status(await check(day('2026-11-23')))).toBe('fail');
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
