import { expect, it } from 'vitest';
import rule from '../../src/rules/profile-freshness';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, unreadable } from '../helpers/snapshots';

// NOW is 2026-11-23; the example guidelines ask for a refresh every 180 days.
const at = (day: string) => new Date(`${day}T09:00:00Z`);
/** The history saw the summary change on `day` (another text was seen on an earlier visit). */
const since = (day: string) => ({ summary: { firstSeen: at('2025-01-01'), unchangedSince: at(day), changeSeen: true } });
/** The history has seen the same text since its first visit, on `day`. */
const seenSince = (day: string) => ({ summary: { firstSeen: at(day), unchangedSince: at(day), changeSeen: false } });

testRule(rule, {
  valid: [
    { name: 'passes when the LinkedIn profile changed 83 days ago', snapshot: makeLinkedInProfile(), related: since('2026-09-01') },
    { name: 'passes when the bio is exactly 180 days old', snapshot: makeXProfile(), related: since('2026-05-27') },
    {
      name: 'passes on a year-old profile when the guidelines allow 400 days',
      snapshot: makeLinkedInProfile(),
      related: since('2025-11-23'),
      options: { maxDays: 400 },
    },
    { name: 'passes when the history says later than now (a clock that moved)', snapshot: makeXProfile(), related: since('2026-12-01') },
    { name: 'passes when a change was seen today', snapshot: makeLinkedInProfile(), related: since('2026-11-23') },
  ],
  invalid: [
    {
      name: 'fails on a headline unchanged for a year, with credit shrinking with age',
      snapshot: makeLinkedInProfile(),
      related: since('2025-11-23'),
      messageId: 'staleLinkedIn',
      data: { since: '2025-11-23', days: 365, maxDays: 180 },
      evidence: 1,
      score: 180 / 365,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a bio one day past 180 days',
      snapshot: makeXProfile(),
      related: since('2026-05-26'),
      messageId: 'staleBio',
      data: { since: '2026-05-26', days: 181 },
      score: 180 / 181,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on an 83-day-old profile when the rule asks for every 60 days, even without a headline',
      snapshot: makeLinkedInProfile({ headline: absent() }),
      related: since('2026-09-01'),
      options: { maxDays: 60 },
      messageId: 'staleLinkedIn',
      data: { days: 83, maxDays: 60 },
      evidence: 0,
      score: 60 / 83,
    },
    {
      name: 'fails when the same summary has been seen since 200 days ago, though no change was ever seen',
      snapshot: makeLinkedInProfile(),
      related: seenSince('2026-05-07'),
      messageId: 'staleLinkedIn',
      data: { since: '2026-05-07', days: 200, maxDays: 180 },
      score: 180 / 200,
    },
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete on a first visit (no earlier visit to compare with)', snapshot: makeLinkedInProfile() },
    { name: 'is incomplete on a first visit to the X profile', snapshot: makeXProfile() },
    { name: 'is incomplete when the summary was first seen today', snapshot: makeLinkedInProfile(), related: seenSince('2026-11-23') },
    { name: 'is incomplete when the same summary was seen since a day inside the season', snapshot: makeXProfile(), related: seenSince('2026-09-01') },
    {
      name: 'is incomplete when the headline could not be read',
      snapshot: makeLinkedInProfile({ headline: unreadable() }),
      related: since('2025-01-01'),
      unreadable: ['headline'],
    },
  ],
});

it('profile-freshness says why it cannot judge a first visit, and reads no field as unreadable', () => {
  const finding = runCase(rule, { name: '', snapshot: makeLinkedInProfile() });
  expect(finding).toMatchObject({ status: 'incomplete', message: 'No earlier visit to compare with yet.' });
  expect(finding.unreadable).toBeUndefined();
});

it('profile-freshness says honestly why a summary seen only recently cannot be judged yet', () => {
  const today = runCase(rule, { name: '', snapshot: makeLinkedInProfile(), related: seenSince('2026-11-23') });
  expect(today.message).toBe(
    'First seen today, so Profile Coach cannot tell yet when this summary was last refreshed: it passes once a later visit finds it changed, and fails if it is still the same after 180 days.',
  );
  const earlier = runCase(rule, { name: '', snapshot: makeLinkedInProfile(), related: seenSince('2026-09-01') });
  expect(earlier.message).toContain('Seen unchanged since 2026-09-01');
  expect(earlier.message).toContain('still the same on 2027-03-01');
});
