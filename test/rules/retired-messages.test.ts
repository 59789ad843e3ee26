import { expect, it } from 'vitest';
import rule from '../../src/rules/retired-messages';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const FRENCH_ABOUT =
  'Ingénieure données chez Brightwave Systems. Retour sur le Big Data Summer : merci à toutes et à tous ! ' +
  'Cet hiver, place à la qualité des données.';
const DUTCH_BIO = 'Datakwaliteit bij Brightwave (ex-BWDS). Meningen zijn van mij.';

const example = exampleGuidelinesInput();
const withoutLists = makeGuidelines({
  brand: { ...example.brand, name: 'Brightwave Systems', retiredNames: [] },
  strategy: { ...example.strategy, pastMessages: [] },
});

testRule(rule, {
  valid: [
    { name: 'passes on the well-kept LinkedIn profile', snapshot: makeLinkedInProfile() },
    { name: 'passes on the well-kept X profile', snapshot: makeXProfile() },
    {
      name: 'passes on decoys: "Big Data" and "summer" apart, another year’s tag, a longer word holding BWDS',
      snapshot: makeXProfile({
        bio: present('Big Data, grids and analytics @BrightwaveSys. BWDSX user group. Views my own.'),
        pinnedPost: present('Our summer interns built a grid dashboard in big data style #DataSummer2026'),
      }),
    },
    {
      name: 'passes when there is no pinned post and the bio is current',
      snapshot: makeXProfile({ pinnedPost: absent(), bio: present('Avis personnels. Transition énergétique chez Brightwave.') }),
    },
  ],
  invalid: [
    {
      name: 'fails with half credit on a retired name in the headline, pointing to the intro form',
      snapshot: makeLinkedInProfile({ headline: present('Analyst at Brightwave Data Solutions · grid data') }),
      messageId: 'retiredName',
      data: { names: 'Brightwave Data Solutions', official: 'Brightwave Systems' },
      evidenceTexts: ['Analyst at Brightwave Data Solutions · grid data'],
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on a past-season message in a French About, accents and case aside, pointing to the About form',
      snapshot: makeLinkedInProfile({ about: present(FRENCH_ABOUT) }),
      messageId: 'pastMessage',
      data: { messages: 'Big Data Summer' },
      evidence: 1,
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on last summer’s hashtag in the pinned post, pointing to the profile',
      snapshot: makeXProfile({ pinnedPost: present('Thanks for a great #DataSummer2025, see you next year!') }),
      messageId: 'pastMessage',
      data: { messages: 'DataSummer2025' },
      score: 0.5,
      fixUrl: 'https://x.com/adavermeulen',
    },
    {
      name: 'fails on both in a Dutch bio and the pinned post, with no credit, pointing to the bio',
      snapshot: makeXProfile({ bio: present(DUTCH_BIO), pinnedPost: present('Terug naar de Big Data Summers van vroeger') }),
      messageId: 'both',
      data: { names: 'BWDS', official: 'Brightwave Systems', messages: 'Big Data Summers' },
      evidence: 2,
      score: 0,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails with no credit when the only text there is carries a retired name',
      snapshot: makeXProfile({ bio: present(DUTCH_BIO), pinnedPost: absent() }),
      messageId: 'retiredName',
      evidenceTexts: [DUTCH_BIO],
      score: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable without company guidelines', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    { name: 'is not applicable when the guidelines list no retired names and no past messages', snapshot: makeXProfile(), guidelines: withoutLists },
  ],
  incomplete: [
    {
      name: 'is incomplete when the headline could not be read',
      snapshot: makeLinkedInProfile({ headline: unreadable() }),
      unreadable: ['headline'],
    },
    {
      name: 'is incomplete when the pinned post could not be read',
      snapshot: makeXProfile({ pinnedPost: unreadable() }),
      unreadable: ['pinnedPost'],
    },
  ],
});

it('retired-messages highlights each old word in its own field', () => {
  const finding = runCase(rule, {
    name: '',
    snapshot: makeLinkedInProfile({ headline: present('BWDS alumnus'), about: present(FRENCH_ABOUT) }),
  });
  const shown = finding.evidence.map((item) => [item.field, ...(item.highlights ?? []).map(([start, end]) => item.text.slice(start, end))]);
  expect(shown).toEqual([
    ['headline', 'BWDS'],
    ['about', 'Big Data Summer'],
  ]);
  expect(finding.fix?.url).toBe('https://www.linkedin.com/in/ada-vermeulen/edit/intro/');
});

it('retired-messages shows an excerpt around the old words of a long About, not the whole text', () => {
  const filler = 'We help grid operators and utilities turn sensor data into decisions they can defend. '.repeat(4);
  const text = `${filler}Last year I hosted the Big Data Summer in Ghent. ${filler}`;
  const [item] = runCase(rule, { name: '', snapshot: makeLinkedInProfile({ about: present(text) }) }).evidence;
  expect(item?.text.startsWith('…')).toBe(true);
  expect(item?.text.length).toBeLessThan(200);
  const [start, end] = item?.highlights?.[0] ?? [0, 0];
  expect(item?.text.slice(start, end)).toBe('Big Data Summer');
});
