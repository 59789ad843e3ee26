import rule from '../../src/rules/brand-hashtags';
import type { GuidelinesInput } from '../../src/guidelines/schema';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const exampleBrand = exampleGuidelinesInput().brand as NonNullable<GuidelinesInput['brand']>;

const accented = makeGuidelines({ brand: { ...exampleBrand, hashtags: ['#ÉnergieFiable'] } });

testRule(rule, {
  valid: [
    { name: 'passes when the LinkedIn About carries #Brightwave', snapshot: makeLinkedInProfile() },
    { name: 'passes when the X bio carries #Brightwave', snapshot: makeXProfile() },
    {
      name: 'passes when only the pinned post carries a company hashtag, in another case',
      snapshot: makeXProfile({
        bio: present('Data platforms at @BrightwaveSys. Views my own.'),
        pinnedPost: present('Nouvelle étude sur la qualité des données du réseau #griddata'),
      }),
    },
    {
      name: 'passes on an accented hashtag written without accents (Dutch About)',
      snapshot: makeLinkedInProfile({ about: present('Betrouwbare data voor het stroomnet. #EnergieFiable') }),
      guidelines: accented,
    },
  ],
  invalid: [
    {
      name: 'fails when the About has no company hashtag, with the About form as fix',
      snapshot: makeLinkedInProfile({ about: present('I build data platforms for grid operators at Brightwave Systems.') }),
      messageId: 'missing',
      data: { place: 'About', hashtags: '#Brightwave, #GridData' },
      evidenceTexts: ['I build data platforms for grid operators at Brightwave Systems.'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on longer tags and the bare name ("#BrightwaveLife", "#GridDataSummit", "Brightwave")',
      snapshot: makeXProfile({
        bio: present('Brightwave data engineer #BrightwaveLife. Views my own.'),
        pinnedPost: present('See you there! #GridDataSummit'),
      }),
      messageId: 'missing',
      data: { place: 'bio and pinned post' },
      evidence: 2,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on the bio alone when the pinned post could not be read',
      snapshot: makeXProfile({ bio: present('Datakwaliteit voor netbeheerders bij @BrightwaveSys.'), pinnedPost: unreadable() }),
      messageId: 'missing',
      evidence: 1,
    },
    {
      name: 'fails when the LinkedIn profile has no About',
      snapshot: makeLinkedInProfile({ about: absent() }),
      messageId: 'missing',
      evidence: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines give no hashtag', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    { name: 'is incomplete when the About could not be read', snapshot: makeLinkedInProfile({ about: unreadable() }), unreadable: ['about'] },
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});
