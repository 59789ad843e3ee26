import rule from '../../src/rules/invitation-backlog';
import type { LinkedInInvitationsSnapshot } from '../../src/snapshot';
import { defaultGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeInvitation, makeInvitations, present, unreadable } from '../helpers/snapshots';

const some = (count: number) => Array.from({ length: count }, () => makeInvitation());

/** The snapshot as a reader gives it when the page showed `seen` cards and it kept only the first ones. */
function cutList(snapshot: LinkedInInvitationsSnapshot, seen: number): LinkedInInvitationsSnapshot {
  const list = snapshot.fields.invitations;
  if (list.status !== 'present') throw new Error('a list is needed');
  return { ...snapshot, fields: { ...snapshot.fields, invitations: { ...list, truncated: true, seen } } };
}

testRule(rule, {
  valid: [
    {
      name: 'passes when the page total is at the limit (20 in the example guidelines)',
      snapshot: makeInvitations('received', some(12), present(20)),
    },
    {
      name: 'passes on the loaded list when the page total could not be read',
      snapshot: makeInvitations('received', some(18), unreadable()),
    },
    {
      name: 'passes when nothing is pending',
      snapshot: makeInvitations('received', [], present(0)),
    },
    {
      name: 'passes when the page has no invitation list and no total',
      snapshot: makeInvitations('received', absent(), absent()),
    },
    {
      name: 'passes with the default guidelines (30) where the example company (20) would fail',
      snapshot: makeInvitations('received', some(25)),
      guidelines: defaultGuidelines(),
    },
  ],
  invalid: [
    {
      name: 'fails on the page total even when only a few invitations are loaded, with partial credit 20/40',
      snapshot: makeInvitations('received', some(10), present(40)),
      messageId: 'backlog',
      data: { count: 40, max: 20 },
      evidence: 0,
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    },
    {
      name: 'fails on the loaded list length when the page total could not be read',
      snapshot: makeInvitations('received', some(25), unreadable()),
      messageId: 'backlog',
      data: { count: 25, max: 20 },
      score: 0.8,
    },
    {
      name: 'fails on every card the page showed when the list was cut to its bound and the total could not be read',
      snapshot: cutList(makeInvitations('received', some(5), unreadable()), 10_000),
      messageId: 'backlog',
      data: { count: 10_000, max: 20 },
      score: 20 / 10_000,
    },
    {
      name: 'fails on the loaded list when it is longer than a stale page total',
      snapshot: makeInvitations('received', some(24), present(21)),
      messageId: 'backlog',
      data: { count: 24 },
      score: 20 / 24,
    },
    {
      name: 'fails above the maxPending option',
      snapshot: makeInvitations('received', some(6)),
      options: { maxPending: 5 },
      messageId: 'backlog',
      data: { count: 6, max: 5 },
      score: 5 / 6,
    },
  ],
  notApplicable: [],
  incomplete: [
    {
      name: 'is incomplete when the invitation list could not be read, even with a total',
      snapshot: makeInvitations('received', unreadable(), present(50)),
      unreadable: ['invitations'],
    },
  ],
});
