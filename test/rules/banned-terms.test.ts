import rule from '../../src/rules/banned-terms';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable, withFieldsUnchecked } from '../helpers/snapshots';

// French and Dutch banned terms beside the example company's English ones.
const multilingual = makeGuidelines({
  confidentiality: {
    ...exampleGuidelinesInput().confidentiality,
    banned: ['guaranteed returns', 'insider', "délit d'initié", 'voorkennis'],
  },
});

const longAbout = `${'Grid data quality for utilities, one sensor at a time. '.repeat(1900)}Ask me about guaranteed returns.`;

testRule(rule, {
  valid: [
    { name: 'passes on a well-kept LinkedIn profile with no banned term', snapshot: makeLinkedInProfile() },
    { name: 'passes on a well-kept X profile with no banned term', snapshot: makeXProfile() },
    {
      name: 'passes when a banned word is only part of a longer word (Dutch "insidertips")',
      snapshot: makeLinkedInProfile({ about: present('Ik deel insidertips over datakwaliteit voor netbeheerders.') }),
      guidelines: multilingual,
    },
    {
      name: 'passes on French and Dutch text that only comes close ("initiative", "kennis")',
      snapshot: makeLinkedInProfile({
        headline: present('Responsable données · Initiatives pour la transition énergétique'),
        about: present('Kennis delen over het stroomnet is mijn vak. Je partage mes initiatives sur le réseau électrique.'),
      }),
      guidelines: multilingual,
    },
    {
      name: 'passes without reading job titles or the pinned post when the page could not show them (they are not required)',
      snapshot: makeXProfile({ pinnedPost: unreadable() }),
    },
    {
      name: 'passes when the About is absent and the headline is clean',
      snapshot: makeLinkedInProfile({ about: absent(), currentPositions: unreadable() }),
    },
  ],
  invalid: [
    {
      name: 'fails on a banned phrase in the LinkedIn headline, highlighted, with the intro form as fix',
      snapshot: makeLinkedInProfile({ headline: present('Guaranteed returns on every grid data project') }),
      messageId: 'banned',
      data: { terms: '“Guaranteed returns”', count: 1, fields: 'headline' },
      evidenceTexts: ['Guaranteed returns on every grid data project'],
      evidence: 1,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on French and Dutch banned terms written with other accents and plurals, pointing to the About',
      snapshot: makeLinkedInProfile({
        about: present('Pas de delits d’inities chez nous. Handelen met voorkennis? Nooit.'),
      }),
      guidelines: multilingual,
      messageId: 'banned',
      data: { terms: '“delits d’inities”, “voorkennis”', count: 2, fields: 'About' },
      evidence: 1,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a banned word in a current job title read from the snapshot, pointing to the experience page',
      snapshot: makeLinkedInProfile({
        currentPositions: present([{ title: 'Insider Relations Lead', company: 'Brightwave Systems', companyPageUrl: null }]),
      }),
      messageId: 'banned',
      data: { fields: 'job title' },
      evidenceTexts: ['Insider Relations Lead'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    },
    {
      name: 'fails on a plural in the X bio and points to the edit-profile dialog',
      snapshot: makeXProfile({ bio: present('Grid data for insiders at @BrightwaveSys. Views my own.') }),
      messageId: 'banned',
      data: { terms: '“insiders”', fields: 'bio' },
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on a banned term in the X pinned post and points to the post',
      snapshot: makeXProfile({ pinnedPost: present('Our new fund: guaranteed returns, no risk!') }),
      messageId: 'banned',
      data: { fields: 'pinned post' },
      fixUrl: 'https://x.com/adavermeulen',
    },
    {
      name: 'fails on hostile markup and reports it as plain text',
      snapshot: makeLinkedInProfile({ about: present("<script>alert('guaranteed returns')</script><img src=x onerror=alert(1)>") }),
      messageId: 'banned',
      evidenceTexts: ["<script>alert('guaranteed returns')</script><img src=x onerror=alert(1)>"],
    },
    {
      name: 'fails on a banned term at the end of a 100 KB About, showing an excerpt rather than the whole text',
      snapshot: withFieldsUnchecked(makeLinkedInProfile(), { about: present(longAbout) }),
      messageId: 'banned',
      data: { count: 1, fields: 'About' },
      evidenceTexts: ['…quality for utilities, one sensor at a time. Ask me about guaranteed returns.'],
    },
    {
      name: 'fails in every field at once, with the headline (first in reading order) as fix',
      snapshot: makeLinkedInProfile({
        headline: present('Insider'),
        about: present('Guaranteed returns.'),
      }),
      messageId: 'banned',
      data: { count: 2, fields: 'headline, About' },
      evidence: 2,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines ban nothing', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    {
      name: 'is incomplete when the headline could not be read',
      snapshot: makeLinkedInProfile({ headline: unreadable() }),
      unreadable: ['headline'],
    },
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});
