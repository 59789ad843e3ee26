import rule from '../../src/rules/pending-invitation-age';
import { makeInvitation, makeInvitations, unreadable } from '../helpers/snapshots';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'passes when every invitation is younger than the threshold (21 days in the example guidelines)',
      snapshot: makeInvitations('received', [makeInvitation({ ageDays: 0 }), makeInvitation({ ageDays: 21 })]),
    },
    {
      name: 'passes when the ages are unknown (the page did not show them): unknown is not old',
      snapshot: makeInvitations('received', [makeInvitation({ ageDays: null })]),
    },
    {
      name: 'passes with a longer maxDays set in the rule options',
      snapshot: makeInvitations('received', [makeInvitation({ ageDays: 40 })]),
      options: { maxDays: 60 },
    },
  ],
  invalid: [
    {
      name: 'fails when one of three invitations is older than 21 days, with partial credit',
      snapshot: makeInvitations('received', [
        makeInvitation({ ageDays: 2 }),
        makeInvitation({ name: 'Wout Desmet', ageDays: 90 }),
        makeInvitation({ ageDays: 14 }),
      ]),
      messageId: 'stale',
      data: { count: 1, total: 3, maxDays: 21 },
      evidenceTexts: ['Wout Desmet (90 days)'],
      score: 2 / 3,
      fixUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    },
    {
      name: 'fails when an invitation is older than the maxDays option',
      snapshot: makeInvitations('received', [makeInvitation({ ageDays: 8 })]),
      options: { maxDays: 7 },
      messageId: 'stale',
      data: { maxDays: 7 },
      evidence: 1,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when no invitation is pending', snapshot: makeInvitations('received', []) },
  ],
  incomplete: [
    {
      name: 'is incomplete when the invitation list could not be read',
      snapshot: makeInvitations('received', unreadable()),
      unreadable: ['invitations'],
    },
  ],
});
