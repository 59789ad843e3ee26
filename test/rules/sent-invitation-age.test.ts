import rule from '../../src/rules/sent-invitation-age';
import { defaultGuidelines, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeInvitation, makeInvitations, unreadable } from '../helpers/snapshots';

/** The sent list never shows mutual connections, and rarely the note that went with the invitation. */
const sent = (name: string, ageDays: number | null) =>
  makeInvitation({
    name,
    ageDays,
    mutualConnections: null,
    message: null,
    profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}/`,
  });

testRule(rule, {
  valid: [
    {
      name: 'passes when every sent invitation is at most 30 days old (the example guidelines)',
      snapshot: makeInvitations('sent', [sent('Marie Lambert', 3), sent('Bram De Smet', 30)]),
    },
    {
      name: 'passes when the ages are unknown: unknown is not old',
      snapshot: makeInvitations('sent', [sent('Marie Lambert', null)]),
    },
    {
      name: 'passes with a longer withdrawSentDays in the guidelines checklist',
      snapshot: makeInvitations('sent', [sent('Bram De Smet', 45)]),
      guidelines: makeGuidelines({ checklist: { withdrawSentDays: 60 } }),
    },
  ],
  invalid: [
    {
      name: 'fails when two of four sent invitations are older than 30 days, oldest first, with partial credit',
      snapshot: makeInvitations('sent', [
        sent('Marie Lambert', 3),
        sent('Bram De Smet', 45),
        sent('Chloé Dubois', null),
        sent('Hanne Wouters', 120),
      ]),
      messageId: 'old',
      data: { count: 2, total: 4, maxDays: 30 },
      evidence: 2,
      evidenceTexts: ['Hanne Wouters (120 days)', 'Bram De Smet (45 days)'],
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/sent/',
    },
    {
      name: 'fails above the maxDays option, which wins over the checklist',
      snapshot: makeInvitations('sent', [sent('Marie Lambert', 15)]),
      options: { maxDays: 14 },
      messageId: 'old',
      data: { count: 1, total: 1, maxDays: 14 },
      score: 0,
    },
    {
      name: 'fails with the default guidelines (30 days) and names 20 people then how many more',
      snapshot: makeInvitations(
        'sent',
        Array.from({ length: 23 }, (_, index) => sent(`Prospect ${index + 1}`, 31 + index)),
      ),
      guidelines: defaultGuidelines(),
      messageId: 'old',
      data: { count: 23, total: 23, maxDays: 30 },
      evidence: 21,
      evidenceTexts: ['Prospect 23 (53 days)', '…and 3 more'],
      score: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when no sent invitation is pending', snapshot: makeInvitations('sent', []) },
    { name: 'is not applicable when the page has no sent list', snapshot: makeInvitations('sent', absent(), absent()) },
  ],
  incomplete: [
    {
      name: 'is incomplete when the sent list could not be read',
      snapshot: makeInvitations('sent', unreadable()),
      unreadable: ['invitations'],
    },
  ],
});
