import rule from '../../src/rules/invitation-relevance';
import { defaultGuidelines, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeInvitation, makeInvitations, unreadable } from '../helpers/snapshots';

/** An invitation with nothing shown: no message, no mutual connection line. */
const cold = (name: string, headline: string | null, mutualConnections: number | null = null) =>
  makeInvitation({ name, headline, message: null, mutualConnections, profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}/` });

testRule(rule, {
  valid: [
    {
      name: 'passes when every invitation carries a message or shows mutual connections (English, French, Dutch)',
      snapshot: makeInvitations('received', [
        makeInvitation({ headline: 'Freelance photographer', message: 'Hi Ada, loved your talk on grid data quality.', mutualConnections: null }),
        makeInvitation({ headline: 'Consultant indépendant', message: 'Bonjour Ada, ravi de vous avoir croisée au salon.', mutualConnections: 0 }),
        makeInvitation({ headline: 'Student bedrijfskunde', message: null, mutualConnections: 4 }),
      ]),
    },
    {
      name: 'passes when the cold invitations come from target sectors, with accents and plurals (énergies, netbeheerder, plants)',
      snapshot: makeInvitations('received', [
        cold('Élise Marchal', 'Ingénieure énergies renouvelables chez Voltéa'),
        cold('Joris Van Acker', 'Projectleider bij netbeheerder Stroomnet Oost'),
        cold('Priya Nair', 'Maintenance lead for three bottling plants'),
      ]),
    },
    {
      name: 'passes when a cold invitation comes from a colleague (headline names the company): team up, never ignore',
      snapshot: makeInvitations('received', [cold('Tom Claes', 'Account manager at Brightwave · Benelux')]),
    },
  ],
  invalid: [
    {
      name: 'fails on cold invitations from outside the sectors, counting an unshown mutual line like 0; decoys "Windows" and "Solarium" are not wind or solar',
      snapshot: makeInvitations('received', [
        makeInvitation({ name: 'Sofie Jacobs', message: 'Hoi Ada, we spraken elkaar op de Grid Data meetup.' }),
        cold('Kevin Dumont', 'Windows administrator | IT support', 0),
        cold('Nadia Berger', 'Gérante de Solarium Soleil & Spa'),
        cold('Wim Hendrickx', 'Operator at a wind farm in Zeebrugge'),
      ]),
      messageId: 'cold',
      data: { count: 2, total: 4 },
      evidence: 2,
      evidenceTexts: ['Kevin Dumont · Windows administrator | IT support', 'Nadia Berger · Gérante de Solarium Soleil & Spa'],
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    },
    {
      name: 'fails on a cold invitation with no headline at all: nothing shown ties the person to a sector',
      snapshot: makeInvitations('received', [cold('Lars Peeters', null), makeInvitation({ headline: null, mutualConnections: 2, message: null })]),
      messageId: 'cold',
      data: { count: 1, total: 2 },
      evidenceTexts: ['Lars Peeters'],
      score: 0.5,
    },
    {
      name: 'fails on message and mutual connections only when the guidelines name no sectors, and says so',
      snapshot: makeInvitations('received', [
        cold('Wim Hendrickx', 'Operator at a wind farm in Zeebrugge'),
        makeInvitation({ message: 'Bonjour, nous avons travaillé ensemble chez Voltéa.', mutualConnections: null }),
      ]),
      guidelines: makeGuidelines({ strategy: { sectors: [] } }),
      messageId: 'coldNoSectors',
      data: { count: 1, total: 2 },
      evidenceTexts: ['Wim Hendrickx · Operator at a wind farm in Zeebrugge'],
      score: 0.5,
    },
    {
      name: 'fails with the default guidelines (no company data), judging on message and mutual connections',
      snapshot: makeInvitations('received', [cold('Tom Claes', 'Account manager at Brightwave · Benelux')]),
      guidelines: defaultGuidelines(),
      messageId: 'coldNoSectors',
      data: { count: 1, total: 1 },
      score: 0,
    },
    {
      name: 'fails with a long list, naming 20 people and how many more',
      snapshot: makeInvitations(
        'received',
        Array.from({ length: 25 }, (_, index) => cold(`Growth Hacker ${index + 1}`, 'Web3 growth hacker | DM for collabs')),
      ),
      messageId: 'cold',
      data: { count: 25, total: 25 },
      evidence: 21,
      evidenceTexts: ['…and 5 more', 'Growth Hacker 1 · Web3 growth hacker | DM for collabs'],
      score: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when no invitation is pending', snapshot: makeInvitations('received', []) },
    { name: 'is not applicable when the page has no invitation list', snapshot: makeInvitations('received', absent(), absent()) },
  ],
  incomplete: [
    {
      name: 'is incomplete when the invitation list could not be read',
      snapshot: makeInvitations('received', unreadable()),
      unreadable: ['invitations'],
    },
  ],
});
