import rule from '../../src/rules/avoided-accounts';
import type { FollowedAccount } from '../../src/snapshot';
import { defaultGuidelines, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { makeFollowing, unreadable } from '../helpers/snapshots';

const account = (handle: string, name: string, bio: string | null = null): FollowedAccount => ({ handle, name, bio, followsYou: false });

/** Accounts a Brightwave employee may well follow, with decoys: handles close to avoided ones, a competitor named in a bio. */
const wellChosen = [
  account('@BrightwaveSys', 'Brightwave Systems', 'Reliable data platforms for the energy transition.'),
  account('@stroomnet_oost', 'Stroomnet Oost', 'Netbeheerder voor Oost-Vlaanderen.'),
  account('@gridtrollwatch', 'Troll Watch', 'We document online harassment of grid engineers.'),
  account('@nordlicht_fan', 'Lena Vogt', 'Ex-Nordlicht Analytics, now independent. Les réseaux électriques me passionnent.'),
];

testRule(rule, {
  valid: [
    {
      name: 'passes when no followed handle is avoided, even with look-alike handles and a competitor named in a bio',
      snapshot: makeFollowing(wellChosen),
    },
    {
      name: 'passes when following nobody yet',
      snapshot: makeFollowing([]),
    },
    {
      name: 'passes on a competitor handle when the includeCompetitors option is off',
      snapshot: makeFollowing([...wellChosen, account('@nordlicht_ai', 'Nordlicht Analytics')]),
      options: { includeCompetitors: false },
    },
  ],
  invalid: [
    {
      name: 'fails on an avoided handle and a competitor handle, whatever their case',
      snapshot: makeFollowing([
        ...wellChosen,
        account('@GridTrolls', 'Grid Trolls', 'Utilities are a joke 🤡'),
        account('@Nordlicht_AI', 'Nordlicht Analytics', 'Analytics for energy companies.'),
      ]),
      messageId: 'avoided',
      data: { count: 2, handles: '@GridTrolls, @Nordlicht_AI' },
      evidence: 2,
      evidenceTexts: [
        '@GridTrolls · Grid Trolls (on the avoid list)',
        '@Nordlicht_AI · Nordlicht Analytics (competitor: Nordlicht Analytics)',
      ],
      score: 0,
      fixUrl: 'https://x.com/adavermeulen/following',
    },
    {
      name: 'fails on the avoid list alone when the guidelines name no competitor',
      snapshot: makeFollowing([account('@gridtrolls', 'Grid Trolls')]),
      guidelines: makeGuidelines({ confidentiality: {} }),
      messageId: 'avoided',
      data: { count: 1, handles: '@gridtrolls' },
      evidenceTexts: ['@gridtrolls · Grid Trolls (on the avoid list)'],
    },
    {
      name: 'fails on competitor handles alone, naming five in the message and how many more',
      snapshot: makeFollowing(
        Array.from({ length: 7 }, (_, index) => account(`@rival_${index + 1}`, `Rival ${index + 1}`, 'Datenplattformen')),
      ),
      guidelines: makeGuidelines({
        avoid: { x: [] },
        confidentiality: {
          competitors: [{ name: 'Rival Data', handles: Array.from({ length: 7 }, (_, index) => `@rival_${index + 1}`) }],
        },
      }),
      messageId: 'avoided',
      data: { count: 7, handles: '@rival_1, @rival_2, @rival_3, @rival_4, @rival_5 and 2 more' },
      evidence: 7,
    },
  ],
  notApplicable: [
    {
      name: 'is not applicable with the default guidelines (no avoid list, no competitors)',
      snapshot: makeFollowing(wellChosen),
      guidelines: defaultGuidelines(),
    },
    {
      name: 'is not applicable with no avoid list when competitors are left out by the option',
      snapshot: makeFollowing(wellChosen),
      guidelines: makeGuidelines({ avoid: { x: [] } }),
      options: { includeCompetitors: false },
    },
  ],
  incomplete: [
    { name: 'is incomplete when the following list could not be read', snapshot: makeFollowing(unreadable()), unreadable: ['accounts'] },
  ],
});
