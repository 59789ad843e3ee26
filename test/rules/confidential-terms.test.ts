import rule from '../../src/rules/confidential-terms';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const HALCYON_WHY = 'Halcyon is unannounced until the Grid Data Summit keynote.';
const NDA_WHY = 'A client under NDA; we never name it in public.';

// A confidential term given without a reason, in French.
const withoutWhy = makeGuidelines({
  confidentiality: { ...exampleGuidelinesInput().confidentiality, confidential: ['Projet Azur'] },
});

testRule(rule, {
  valid: [
    { name: 'passes on a well-kept LinkedIn profile', snapshot: makeLinkedInProfile() },
    { name: 'passes on a well-kept X profile', snapshot: makeXProfile() },
    {
      name: 'passes when only part of a code name appears in a harmless sentence ("halcyon days", "Nordwind" wind park, "Q4 roadmap")',
      snapshot: makeLinkedInProfile({
        headline: present('Data engineer · Q4 roadmap for grid observability'),
        about: present('Remembering the halcyon days of on-premise Hadoop. I monitored the Nordwind offshore park for six years.'),
      }),
    },
    {
      name: 'passes on French and Dutch text about results that are already public',
      snapshot: makeXProfile({
        bio: present('Les résultats du T4 2025 sont publiés : merci à l’équipe ! Jaarresultaten 2025 staan online. Avis personnels.'),
      }),
    },
  ],
  invalid: [
    {
      name: 'fails on a code name in the About and gives the company’s reason, pointing to the About form',
      snapshot: makeLinkedInProfile({
        about: present('Currently leading the data side of Project Halcyon, our next-generation grid platform.'),
      }),
      messageId: 'confidentialWhy',
      data: { terms: '“Project Halcyon”', fields: 'About', why: HALCYON_WHY },
      evidenceTexts: ['Currently leading the data side of Project Halcyon, our next-generation grid platform.'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a client under NDA named in a Dutch headline, written in capitals',
      snapshot: makeLinkedInProfile({ headline: present('Dataplatform voor NORDWIND ENERGIE bij Brightwave Systems') }),
      messageId: 'confidentialWhy',
      data: { terms: '“NORDWIND ENERGIE”', fields: 'headline', why: NDA_WHY },
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on unpublished results in the X bio (singular form), pointing to the edit-profile dialog',
      snapshot: makeXProfile({ bio: present('Q4 result is in: best year ever at @BrightwaveSys! Views my own.') }),
      messageId: 'confidentialWhy',
      data: { terms: '“Q4 result”', fields: 'bio', why: 'Results are published by Investor Relations first.' },
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails with every reason once when two confidential terms appear, one of them twice',
      snapshot: makeXProfile({
        pinnedPost: present('Project Halcyon ships to Nordwind Energie next month. Project Halcyon!'),
      }),
      messageId: 'confidentialWhy',
      data: { terms: '“Project Halcyon”, “Nordwind Energie”', fields: 'pinned post', why: `${HALCYON_WHY} ${NDA_WHY}` },
      evidence: 1,
      fixUrl: 'https://x.com/adavermeulen',
    },
    {
      name: 'fails without a reason when the guidelines give none (French text, other case)',
      snapshot: makeLinkedInProfile({ about: present('Je travaille sur le projet azur, une plateforme pour les gestionnaires de réseau.') }),
      guidelines: withoutWhy,
      messageId: 'confidential',
      data: { terms: '“projet azur”', fields: 'About' },
      evidence: 1,
    },
    {
      name: 'fails on a code name hidden in markup-like text',
      snapshot: makeXProfile({ name: present('Ada <b>Project Halcyon</b> Vermeulen') }),
      messageId: 'confidentialWhy',
      data: { fields: 'name' },
      evidenceTexts: ['Ada <b>Project Halcyon</b> Vermeulen'],
      fixUrl: 'https://x.com/settings/profile',
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines list nothing confidential', snapshot: makeXProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    { name: 'is incomplete when the About could not be read', snapshot: makeLinkedInProfile({ about: unreadable() }), unreadable: ['about'] },
    { name: 'is incomplete when the X name could not be read', snapshot: makeXProfile({ name: unreadable() }), unreadable: ['name'] },
  ],
});
