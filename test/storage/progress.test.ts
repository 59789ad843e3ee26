/** @file Progress since last time: what is kept per own page and day, what counts as "last time", and its bounds. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCheck } from '../../src/messaging/check';
import { DAYS_KEPT, PAGES_KEPT, parseProgress, progressItem, recordProgress, type Visit } from '../../src/storage/progress';
import { makeInvitation, makeInvitations, makeLinkedInProfile, present } from '../helpers/snapshots';

const visit = (day: string, overall: number | null, rules: Visit['rules'] = {}, planAhead: number | null = overall): Visit => ({
  day,
  overall,
  steps: { 'clean-up': null, 'plan-ahead': planAhead, 'team-up': 50, guidelines: null },
  rules,
});

describe('recordProgress', () => {
  it('says nothing on the first day, nor on a second visit the same day', async () => {
    expect(await recordProgress('linkedin:in/ada', visit('2026-11-14', 60))).toBeUndefined();
    expect(await recordProgress('linkedin:in/ada', visit('2026-11-14', 66))).toBeUndefined();
    // The day keeps its latest visit only.
    expect((await progressItem.getValue())?.['linkedin:in/ada']).toEqual([visit('2026-11-14', 66)]);
  });

  it('compares with the last visit of another day: score and step differences, and the findings fixed since', async () => {
    await recordProgress('linkedin:in/ada', visit('2026-11-07', 40, { photo: 'fail' }));
    await recordProgress('linkedin:in/ada', visit('2026-11-14', 60, { photo: 'fail', banner: 'fail', about: 'incomplete', 'manual:plan': 'fail' }, 50));
    const today = visit('2026-11-23', 66, { photo: 'pass', banner: 'fail', about: 'pass', 'manual:plan': 'pass', website: 'pass' }, 70);
    const since = await recordProgress('linkedin:in/ada', today);
    expect(since).toEqual({
      day: '2026-11-14',
      overall: 6,
      steps: { 'clean-up': null, 'plan-ahead': 20, 'team-up': 0, guidelines: null },
      // Incomplete then is no failure fixed; a rule new since then neither.
      fixed: ['photo', 'manual:plan'],
    });
    // A second visit today still compares with 14 November, not with this morning.
    expect(await recordProgress('linkedin:in/ada', { ...today, overall: 70 })).toMatchObject({ day: '2026-11-14', overall: 10 });
  });

  it('keeps pages apart, and says no difference where either day had nothing to score', async () => {
    await recordProgress('x:@ada', visit('2026-11-14', null));
    expect(await recordProgress('linkedin:in/ada', visit('2026-11-23', 50))).toBeUndefined();
    expect(await recordProgress('x:@ada', visit('2026-11-23', 50))).toMatchObject({ overall: null });
  });

  it(`keeps the last ${DAYS_KEPT} days per page and the ${PAGES_KEPT} pages visited most recently`, async () => {
    for (let page = 0; page < PAGES_KEPT + 1; page += 1) await recordProgress(`x:@p${page}`, visit('2026-10-01', 1));
    for (let day = 1; day <= 20; day += 1) await recordProgress('linkedin:in/ada', visit(`2026-11-${String(day).padStart(2, '0')}`, day));
    await recordProgress('linkedin:in/ada', visit('2026-11-22', 5));
    const stored = (await progressItem.getValue()) ?? {};
    expect(Object.keys(stored)).toHaveLength(PAGES_KEPT);
    expect(stored['linkedin:in/ada']?.map((v) => v.day)).toHaveLength(DAYS_KEPT);
    expect(stored['linkedin:in/ada']?.[0]?.day).toBe('2026-11-10');
    expect(stored['linkedin:in/ada']?.at(-1)?.day).toBe('2026-11-22');
    // The pages visited longest ago went first.
    expect(stored['x:@p0']).toBeUndefined();
    expect(stored['x:@p1']).toBeUndefined();
    expect(stored['x:@p2']).toBeDefined();
  });

  it('reads a damaged value as what it can, never a crash', async () => {
    expect(parseProgress('garbage')).toEqual({});
    expect(parseProgress({ a: 'x', b: [visit('2026-11-14', 60), { day: 'soon' }, visit('2026-11-13', 200)] })).toEqual({
      b: [visit('2026-11-14', 60)],
    });
    await fakeBrowser.storage.local.set({ progress: { 'linkedin:in/ada': [{ broken: true }] } });
    expect(await recordProgress('linkedin:in/ada', visit('2026-11-14', 60))).toBeUndefined();
  });
});

describe('runCheck records progress on one\'s own pages only', () => {
  const day = (d: number) => new Date(2026, 10, d, 12);
  const check = (snapshot: unknown, d: number) =>
    runCheck({ type: 'check', snapshot, answers: {} }, { now: () => day(d), progress: recordProgress });

  it("returns the progress since an earlier day on one's own profile, with no profile text kept", async () => {
    const before = makeLinkedInProfile({ banner: present(false) });
    await check(before, 14);
    const result = await check(makeLinkedInProfile({ banner: present(true) }), 23);
    expect(result.ok && result.progress).toMatchObject({ day: '2026-11-14', fixed: ['profile-banner'] });
    expect(result.ok && result.progress?.overall).toBeGreaterThan(0);
    const stored = JSON.stringify(await fakeBrowser.storage.local.get('progress'));
    const { headline, about } = before.fields;
    for (const field of [headline, about]) if (field.status === 'present') expect(stored).not.toContain(field.value);
    expect(stored).not.toContain('Brightwave');
  });

  it('records list pages, which are always one\'s own', async () => {
    await check(makeInvitations('received', [makeInvitation({ ageDays: 60 })]), 14);
    expect(Object.keys((await progressItem.getValue()) ?? {})).toEqual(['linkedin:invitations-received']);
  });

  it("never records a colleague's profile, nor one whose owner is unknown", async () => {
    const colleague = makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/colleague/', selfView: false });
    await check(colleague, 14);
    const result = await check(colleague, 23);
    await check(makeLinkedInProfile({}, { selfView: null }), 23);
    expect(result.ok && result.progress).toBeUndefined();
    expect(await progressItem.getValue()).toBeNull();
  });
});
