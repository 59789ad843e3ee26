import rule from '../../src/rules/company-handle';
import type { GuidelinesInput } from '../../src/guidelines/schema';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeXProfile, present, unreadable } from '../helpers/snapshots';

const exampleBrand = exampleGuidelinesInput().brand as NonNullable<GuidelinesInput['brand']>;

const bio = (text: string) => makeXProfile({ bio: present(text) });

testRule(rule, {
  valid: [
    { name: 'passes when the bio names @BrightwaveSys', snapshot: makeXProfile() },
    { name: 'passes on the handle in another case, in French', snapshot: bio('Ingénieure données chez @brightwavesys. Avis personnels.') },
    { name: 'passes on the handle between brackets, in Dutch', snapshot: bio('Dataplatformen voor netbeheerders (@BrightwaveSys). Meningen zijn van mij.') },
  ],
  invalid: [
    {
      name: 'fails when the profile has no bio, with the edit-profile dialog as fix',
      snapshot: makeXProfile({ bio: absent() }),
      messageId: 'noBio',
      data: { handle: '@BrightwaveSys' },
      evidence: 0,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when the bio names neither the handle nor the company',
      snapshot: bio('Data platforms for the energy transition. Views my own.'),
      messageId: 'missing',
      data: { handle: '@BrightwaveSys' },
      evidenceTexts: ['Data platforms for the energy transition. Views my own.'],
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when the handle only appears inside an e-mail address, a hashtag or a longer handle',
      snapshot: bio('Mail ada@BrightwaveSys.example · #BrightwaveSys · @BrightwaveSysNL'),
      messageId: 'missing',
    },
    {
      name: 'fails with half credit when the bio names the company in words only',
      snapshot: bio('Data engineer at Brightwave Systems. Views my own.'),
      messageId: 'nameOnly',
      data: { handle: '@BrightwaveSys', brand: 'Brightwave Systems' },
      evidenceTexts: ['Data engineer at Brightwave Systems. Views my own.'],
      score: 0.5,
    },
    {
      name: 'fails with half credit on a short form of the name, in French',
      snapshot: bio('Ingénieure données chez Brightwave. Avis personnels.'),
      messageId: 'nameOnly',
      data: { brand: 'Brightwave' },
      score: 0.5,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no company', snapshot: makeXProfile(), guidelines: defaultGuidelines() },
    {
      name: 'is not applicable when the company has no X account in the guidelines',
      snapshot: makeXProfile(),
      guidelines: makeGuidelines({ brand: { ...exampleBrand, handles: { x: [] } } }),
    },
  ],
  incomplete: [{ name: 'is incomplete when the bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] }],
});
