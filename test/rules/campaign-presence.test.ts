import { expect, it } from 'vitest';
import rule from '../../src/rules/campaign-presence';
import { defaultGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

// NOW is 2026-11-23: the Grid Data Summit (2026-12-08 → 10) starts in 15 days; Spring Reliability Week (2027-03-15) is 112 days away.
const SUMMIT = 'Grid Data Summit, 2026-12-08 → 2026-12-10 (#GridDataSummit)';
const SPRING = 'Spring Reliability Week, 2027-03-15 → 2027-03-19 (#ReliabilityWeek)';
const QUIET_HEADLINE = 'Head of Data Platform at Brightwave Systems';
const QUIET_ABOUT = 'I build data platforms that grid operators can trust. Views are my own.';
const linkedInWithout = (fields: Parameters<typeof makeLinkedInProfile>[0] = {}) =>
  makeLinkedInProfile({ featured: present(false), headline: present(QUIET_HEADLINE), about: present(QUIET_ABOUT), ...fields });

testRule(rule, {
  valid: [
    { name: 'passes on LinkedIn when the profile has a Featured section', snapshot: makeLinkedInProfile({ about: absent() }) },
    {
      name: 'passes on LinkedIn without Featured when the About names the campaign',
      snapshot: linkedInWithout({ about: present('Ask me about the Grid Data Summit. Views are my own.') }),
    },
    {
      name: 'passes on a French headline carrying the campaign hashtag, with no About',
      snapshot: linkedInWithout({ headline: present('Ingénieure données · rendez-vous au #GridDataSummit'), about: absent() }),
    },
    { name: 'passes on X when the pinned post names the campaign', snapshot: makeXProfile() },
    {
      name: 'passes on X with no pinned post when the Dutch bio names it',
      snapshot: makeXProfile({ pinnedPost: absent(), bio: present('Spreker op de Grid Data Summit in december. Meningen zijn van mij.') }),
    },
    {
      name: 'passes during Spring Reliability Week when the pinned post carries its hashtag',
      snapshot: makeXProfile({ pinnedPost: present('Five talks on grid reliability this week #ReliabilityWeek') }),
      now: new Date('2027-03-16T12:00:00Z'),
    },
  ],
  invalid: [
    {
      name: 'fails on LinkedIn with no Featured section and no mention, naming the campaign and its dates',
      snapshot: linkedInWithout(),
      messageId: 'missingLinkedIn',
      data: { count: 1, total: 1, lookaheadDays: 30, campaigns: 'Grid Data Summit' },
      evidenceTexts: [SUMMIT],
      score: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/FEATURED/',
    },
    {
      name: 'fails on X when the pinned post carries last year’s tag (#GridDataSummit2025 is not #GridDataSummit)',
      snapshot: makeXProfile({
        pinnedPost: present('Throwback to #GridDataSummit2025 in Antwerp'),
        bio: present('Data platforms for the energy transition. Views my own.'),
      }),
      messageId: 'missingX',
      data: { campaigns: 'Grid Data Summit' },
      evidence: 1,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails with half credit when a longer lookahead brings a second campaign the profile does not mention',
      snapshot: makeXProfile(),
      options: { lookaheadDays: 120 },
      messageId: 'missingX',
      data: { count: 1, total: 2, lookaheadDays: 120, campaigns: 'Spring Reliability Week' },
      evidenceTexts: [SPRING],
      score: 0.5,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines list no campaigns', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    { name: 'is not applicable between campaigns', snapshot: makeXProfile(), now: new Date('2027-01-10T12:00:00Z') },
  ],
  incomplete: [
    { name: 'is incomplete when the Featured section could not be read', snapshot: makeLinkedInProfile({ featured: unreadable() }), unreadable: ['featured'] },
    { name: 'is incomplete when the pinned post could not be read', snapshot: makeXProfile({ pinnedPost: unreadable() }), unreadable: ['pinnedPost'] },
  ],
});

it('campaign-presence says when the next campaign starts when none is coming soon', () => {
  const finding = runCase(rule, { name: '', snapshot: makeXProfile(), now: new Date('2027-01-10T12:00:00Z') });
  expect(finding.message).toBe(
    'No campaign is running or starts in the next 30 days; the next one, Spring Reliability Week, starts on 2027-03-15.',
  );
});

it('campaign-presence counts a campaign running today, up to its last day', () => {
  const finding = runCase(rule, { name: '', snapshot: linkedInWithout(), now: new Date('2026-12-10T12:00:00Z') });
  expect(finding.status).toBe('fail');
  const after = runCase(rule, { name: '', snapshot: linkedInWithout(), now: new Date('2026-12-11T12:00:00Z') });
  expect(after.status).toBe('notApplicable');
});

it('campaign-presence links the missing campaign to its page', () => {
  const finding = runCase(rule, { name: '', snapshot: linkedInWithout() });
  expect(finding.evidence).toEqual([{ field: 'campaigns', text: SUMMIT, url: 'https://brightwave.example/summit' }]);
});
