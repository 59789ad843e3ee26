import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/company-page-link';
import { companyPageId } from '../../src/rules/shared/company-pages';
import type { GuidelinesInput } from '../../src/guidelines/schema';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, present, unreadable } from '../helpers/snapshots';

const exampleBrand = exampleGuidelinesInput().brand as NonNullable<GuidelinesInput['brand']>;

const OFFICIAL = 'https://www.linkedin.com/company/brightwave-systems/';
const position = (title: string, company: string, companyPageUrl: string | null) => ({ title, company, companyPageUrl });
const positions = (...list: ReturnType<typeof position>[]) => makeLinkedInProfile({ currentPositions: present(list) });

// The company page given both by slug and by LinkedIn's page number.
const withNumber = makeGuidelines({
  brand: { ...exampleBrand, linkedinPages: [OFFICIAL, 'https://www.linkedin.com/company/4412873/'] },
});

testRule(rule, {
  valid: [
    { name: 'passes when the position at Brightwave Systems links to its official page', snapshot: makeLinkedInProfile() },
    {
      name: 'passes whatever the case, subdomain and trailing slash of the address',
      snapshot: positions(position('Responsable données', 'Brightwave Systems', 'https://be.linkedin.com/company/Brightwave-Systems')),
    },
    {
      name: 'passes when the page is linked by number and the guidelines list that number',
      snapshot: positions(position('Data engineer', 'Brightwave Systems NV', 'https://www.linkedin.com/company/4412873/')),
      guidelines: withNumber,
    },
    {
      name: 'passes when a side position elsewhere has no page: only positions at the company are judged',
      snapshot: positions(
        position('Head of Data Platform', 'Brightwave Systems', OFFICIAL),
        position('Bestuurder', 'Energiecoöperatie Zonnedak', null),
      ),
    },
  ],
  invalid: [
    {
      name: 'fails when the position at the company has no page (no logo), with the experience page as fix',
      snapshot: positions(position('Head of Data Platform', 'Brightwave Systems', null)),
      messageId: 'noPage',
      data: { title: 'Head of Data Platform', company: 'Brightwave Systems', brand: 'Brightwave Systems' },
      evidenceTexts: ['Head of Data Platform · Brightwave Systems'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    },
    {
      name: 'fails when the position links to a duplicate page, showing its address',
      snapshot: positions(position('Ingénieure données', 'Brightwave Systems', 'https://www.linkedin.com/company/brightwave-systems-nv/')),
      messageId: 'otherPage',
      data: { url: 'https://www.linkedin.com/company/brightwave-systems-nv/', page: OFFICIAL },
      evidenceTexts: ['https://www.linkedin.com/company/brightwave-systems-nv/'],
      evidence: 1,
    },
    {
      name: 'fails when a position under the retired name links to the old page',
      snapshot: positions(
        position('Data-ingenieur', 'Brightwave Data Solutions', 'https://www.linkedin.com/company/brightwave-data-solutions/'),
      ),
      messageId: 'otherPage',
      data: { title: 'Data-ingenieur', url: 'https://www.linkedin.com/company/brightwave-data-solutions/' },
    },
    {
      name: 'fails with partial credit when one of two positions at the company is linked',
      snapshot: positions(
        position('Head of Data Platform', 'Brightwave Systems', OFFICIAL),
        position('Ambassador', 'Brightwave Systems', null),
      ),
      messageId: 'noPage',
      data: { title: 'Ambassador' },
      evidence: 1,
      score: 0.5,
    },
    {
      name: 'fails when the link is not a LinkedIn company page at all',
      snapshot: positions(position('Data engineer', 'Brightwave Systems', 'https://brightwave.example/company/brightwave-systems/')),
      messageId: 'otherPage',
      data: { url: 'https://brightwave.example/company/brightwave-systems/' },
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no company', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    {
      name: 'is not applicable when the guidelines give no LinkedIn page',
      snapshot: makeLinkedInProfile(),
      guidelines: makeGuidelines({ brand: { ...exampleBrand, linkedinPages: [] } }),
    },
    {
      name: 'is not applicable when no current position is at the company (another rule covers that)',
      snapshot: positions(position('Data engineer', 'Nordlicht Analytics', 'https://www.linkedin.com/company/nordlicht-analytics/')),
    },
    { name: 'is not applicable when the profile has no current position', snapshot: makeLinkedInProfile({ currentPositions: absent() }) },
  ],
  incomplete: [
    {
      name: 'is incomplete when the positions could not be read',
      snapshot: makeLinkedInProfile({ currentPositions: unreadable() }),
      unreadable: ['currentPositions'],
    },
    {
      name: 'is incomplete when the page is linked by number and the guidelines give only its name',
      snapshot: positions(position('Data engineer', 'Brightwave Systems', 'https://www.linkedin.com/company/4412873/')),
    },
  ],
});

describe('companyPageId', () => {
  it('reads the slug or number of a LinkedIn company address, and nothing else', () => {
    expect(companyPageId('https://fr.linkedin.com/company/Brightwave-Systems/about/?trk=x')).toBe('brightwave-systems');
    expect(companyPageId('https://www.linkedin.com/company/4412873')).toBe('4412873');
    expect(companyPageId('https://www.linkedin.com/company/caf%C3%A9-noir/')).toBe('café-noir');
    expect(companyPageId('https://linkedin.com.evil.example/company/brightwave-systems/')).toBeNull();
    expect(companyPageId('https://www.linkedin.com/school/brightwave-academy/')).toBeNull();
    expect(companyPageId('not a url')).toBeNull();
  });
});
