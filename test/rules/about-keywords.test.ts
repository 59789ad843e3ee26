import { expect, it } from 'vitest';
import rule from '../../src/rules/about-keywords';
import { defaultGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const about = (text: string) => makeLinkedInProfile({ about: present(text) });
const bio = (text: string) => makeXProfile({ bio: present(text) });

const ENERGY_ONLY =
  'Fifteen years in energy: I help utilities plan the energy transition, from wind farms to the grid operators who connect them.';

testRule(rule, {
  valid: [
    { name: 'passes when the English About covers both themes', snapshot: makeLinkedInProfile() },
    { name: 'passes when the X bio names a theme (one is enough in 160 characters)', snapshot: makeXProfile() },
    {
      name: 'passes on a French About covering both themes, accents and plurals aside',
      snapshot: about(
        'Je conçois des plateformes de données pour les gestionnaires de réseaux électriques. Chez Brightwave Systems, ' +
          'j’accompagne la transition energetique de nos clients.',
      ),
    },
    { name: 'passes on a Dutch bio (datakwaliteit)', snapshot: bio('Datakwaliteit voor netbeheerders @BrightwaveSys. Meningen zijn van mij.') },
    {
      name: 'passes with one theme when the guidelines lower minThemes to 1',
      snapshot: about(ENERGY_ONLY),
      options: { minThemes: 1 },
    },
  ],
  invalid: [
    {
      name: 'fails with half credit when the About covers one of the two themes, naming the missing one',
      snapshot: about(ENERGY_ONLY),
      messageId: 'aboutThemes',
      data: { covered: 1, required: 2, missing: 'Reliable data platforms' },
      evidenceTexts: [ENERGY_ONLY],
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails when the bio names no theme, decoys aside ("gridiron" is not "grid", "data" alone is not "data quality"), asking for one of the two',
      snapshot: bio('Dad, cyclist, gridiron fan. Data nerd. Views my own.'),
      messageId: 'bioThemesChoose',
      data: { covered: 0, required: 1, needed: 1, choices: 'Energy transition, Reliable data platforms' },
      score: 0,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails with half credit when minThemesX asks the bio for two themes and it has one',
      snapshot: bio('Stroomnet & energietransitie. Meningen zijn van mij.'),
      options: { minThemesX: 2 },
      messageId: 'bioThemes',
      data: { covered: 1, required: 2 },
      score: 0.5,
    },
    {
      name: 'fails when the only data-platform word of the About is in the employer\'s name (Lumen Analytics)',
      snapshot: makeLinkedInProfile({
        about: present('At Lumen Analytics I help utilities plan the energy transition.'),
        currentPositions: present([{ title: 'Head of Partnerships', company: 'Lumen Analytics', companyPageUrl: null }]),
      }),
      messageId: 'aboutThemes',
      data: { covered: 1, required: 2, missing: 'Reliable data platforms' },
      score: 0.5,
    },
    {
      name: 'fails when the guidelines ask the About for one theme and it names none, offering both to choose from',
      snapshot: about('Twenty years in sales, from Antwerp to Lyon. I like long walks and short meetings.'),
      options: { minThemes: 1 },
      messageId: 'aboutThemesChoose',
      data: { covered: 0, required: 1, needed: 1, choices: 'Energy transition, Reliable data platforms' },
    },
    {
      name: 'fails when the only theme word of the bio is in a competitor\'s name',
      snapshot: bio('Ex-Nordlicht Analytics. Dad, cyclist. Views my own.'),
      messageId: 'bioThemesChoose',
      data: { covered: 0, required: 1 },
    },
    {
      name: 'fails when the LinkedIn profile has no About section',
      snapshot: makeLinkedInProfile({ about: absent() }),
      messageId: 'noAbout',
      data: { themes: 'Energy transition, Reliable data platforms' },
      evidence: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails when the X bio is empty',
      snapshot: makeXProfile({ bio: absent() }),
      messageId: 'noBio',
      fixUrl: 'https://x.com/settings/profile',
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no themes (LinkedIn)', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    { name: 'is not applicable when the guidelines name no themes (X)', snapshot: makeXProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    { name: 'is incomplete when the About could not be read', snapshot: makeLinkedInProfile({ about: unreadable() }), unreadable: ['about'] },
    { name: 'is incomplete when the bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});

it('about-keywords highlights the theme words it found', () => {
  const text = 'Stroomnet & energietransitie. Meningen zijn van mij.';
  const finding = runCase(rule, { name: '', snapshot: bio(text) });
  const highlighted = (finding.evidence[0]?.highlights ?? []).map(([start, end]) => text.slice(start, end));
  expect(highlighted.sort()).toEqual(['Stroomnet', 'energietransitie']);
});

it('about-keywords lists exactly as many missing themes as it still expects', () => {
  const finding = runCase(rule, { name: '', snapshot: bio('Dad, cyclist, gridiron fan. Data nerd. Views my own.') });
  expect(finding.message).toBe(
    'Themes of this season found in the bio: 0 of 1 expected. Add 1 of these: Energy transition, Reliable data platforms.',
  );
});
