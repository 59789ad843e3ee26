import { expect, it } from 'vitest';
import rule from '../../src/rules/profile-freshness';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, unreadable } from '../helpers/snapshots';

// NOW is 2026-11-23; the example guidelines ask for a refresh every 180 days.
const since = (day: string) => ({ unchangedSince: new Date(`${day}T09:00:00Z`) });

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
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete on a first visit (no earlier visit to compare with)', snapshot: makeLinkedInProfile() },
    { name: 'is incomplete on a first visit to the X profile', snapshot: makeXProfile() },
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
