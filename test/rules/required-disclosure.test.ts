import rule from '../../src/rules/required-disclosure';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { expect, it } from 'vitest';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable, withFieldsUnchecked } from '../helpers/snapshots';

// The example company requires a disclosure on X only; these guidelines require one on LinkedIn too, in three languages.
const linkedinRequired = makeGuidelines({
  disclosure: {
    ...exampleGuidelinesInput().disclosure,
    linkedin: { required: true, wordings: ['Views are my own', 'Opinions personnelles', 'Mijn mening, niet die van mijn werkgever'] },
  },
});

// Only one wording accepted on X.
const oneWording = makeGuidelines({
  disclosure: { ...exampleGuidelinesInput().disclosure, x: { required: true, wordings: ['Views my own'] } },
});

const X_WORDINGS = '“Views my own”, “Views are my own”, “Opinions my own”, “Meningen zijn van mij”, “Avis personnels”';

testRule(rule, {
  valid: [
    { name: 'passes on the X bio that ends with "Views my own."', snapshot: makeXProfile() },
    {
      name: 'passes on another listed wording, in lower case and without a full stop',
      snapshot: makeXProfile({ bio: present('Grid data at @BrightwaveSys — views are my own') }),
    },
    {
      name: 'passes on a Dutch wording',
      snapshot: makeXProfile({ bio: present('Dataplatformen voor netbeheerders bij @BrightwaveSys. Meningen zijn van mij.') }),
    },
    {
      name: 'passes on a French wording written with other accents and case',
      snapshot: makeXProfile({ bio: present('Données et réseau électrique chez @BrightwaveSys. AVIS PERSONNELS') }),
    },
    {
      name: 'passes on a LinkedIn About with the disclosure when LinkedIn requires one',
      snapshot: makeLinkedInProfile(),
      guidelines: linkedinRequired,
    },
    {
      name: 'passes when the disclosure is in the LinkedIn headline and there is no About',
      snapshot: makeLinkedInProfile({ headline: present('Data Platform Lead · Opinions personnelles'), about: absent() }),
      guidelines: linkedinRequired,
    },
  ],
  invalid: [
    {
      name: 'fails on an X bio without a disclosure, listing the accepted wordings, with the edit-profile dialog as fix',
      snapshot: makeXProfile({ bio: present('Data platforms for the energy transition at @BrightwaveSys.') }),
      messageId: 'missingOneOf',
      data: { place: 'bio', wordings: X_WORDINGS },
      evidenceTexts: ['Data platforms for the energy transition at @BrightwaveSys.'],
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when the words of a wording are there but apart ("my views are shaped by my own…"), or inside longer words ("Reviews")',
      snapshot: makeXProfile({ bio: present('My views are shaped by my own years on the grid. Reviews are my own hobby.') }),
      messageId: 'missingOneOf',
      data: { place: 'bio' },
    },
    {
      name: 'fails when the X bio is absent',
      snapshot: makeXProfile({ bio: absent() }),
      messageId: 'noTextOneOf',
      data: { place: 'bio', wordings: X_WORDINGS },
      evidence: 0,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on a LinkedIn profile whose headline and 100 KB About lack it, pointing to the About form',
      snapshot: withFieldsUnchecked(makeLinkedInProfile(), { about: present('Grid data for utilities. '.repeat(4000)) }),
      guidelines: linkedinRequired,
      messageId: 'missingOneOf',
      data: { place: 'headline or About' },
      evidence: 2,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails when the LinkedIn profile has neither headline nor About',
      snapshot: makeLinkedInProfile({ headline: absent(), about: absent() }),
      guidelines: linkedinRequired,
      messageId: 'noTextOneOf',
      data: { place: 'About' },
    },
    {
      name: 'fails when the only accepted wording is missing, naming it once',
      snapshot: makeXProfile({ bio: present('Grid data. Opinions mine.') }),
      guidelines: oneWording,
      messageId: 'missing',
      data: { place: 'bio', wording: '“Views my own”' },
    },
    {
      name: 'fails when the X bio is absent and one wording is accepted',
      snapshot: makeXProfile({ bio: absent() }),
      guidelines: oneWording,
      messageId: 'noText',
      data: { place: 'bio', wording: '“Views my own”' },
    },
  ],
  notApplicable: [
    { name: 'is not applicable on LinkedIn when the guidelines do not require it there', snapshot: makeLinkedInProfile({ about: absent() }) },
    { name: 'is not applicable when the guidelines configure no disclosure', snapshot: makeXProfile({ bio: absent() }), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
    {
      name: 'is incomplete when the LinkedIn About could not be read',
      snapshot: makeLinkedInProfile({ about: unreadable() }),
      guidelines: linkedinRequired,
      unreadable: ['about'],
    },
  ],
});

it('required-disclosure names each accepted wording once, and "opinions mine" is not one of the example\'s', () => {
  const finding = runCase(rule, { name: '', snapshot: makeXProfile({ bio: present('Data platforms at @BrightwaveSys. Opinions mine.') }) });
  expect(finding.status).toBe('fail');
  expect(finding.message).toBe(
    `Your bio does not carry the disclosure the guidelines ask for: add one of the wordings they accept, ${X_WORDINGS}.`,
  );
});
