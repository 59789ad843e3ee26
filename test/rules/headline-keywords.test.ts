import { expect, it } from 'vitest';
import rule from '../../src/rules/headline-keywords';
import { defaultGuidelines, makeGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, present, unreadable } from '../helpers/snapshots';

const headline = (text: string) => makeLinkedInProfile({ headline: present(text) });
/** A headline and the employer of the current position, which may carry a theme word in its name. */
const atEmployer = (text: string, company: string) =>
  makeLinkedInProfile({
    headline: present(text),
    currentPositions: present([{ title: 'Head of Partnerships', company, companyPageUrl: null }]),
  });

testRule(rule, {
  valid: [
    {
      name: 'passes when the English headline names a theme keyword (energy transition)',
      snapshot: makeLinkedInProfile(),
    },
    {
      name: 'passes on a French headline, accents and plural aside (réseaux électriques)',
      snapshot: headline('Cheffe de projet Reseaux electriques chez Brightwave Systems'),
    },
    {
      name: 'passes on a Dutch headline (datakwaliteit)',
      snapshot: headline('Consultant datakwaliteit bij Brightwave Systems | Gent'),
    },
    {
      name: 'passes when a theme word stands outside the employer\'s name ("Analytics lead at Lumen Analytics")',
      snapshot: atEmployer('Analytics lead at Lumen Analytics', 'Lumen Analytics'),
    },
    {
      name: 'passes with a prefixed keyword (renewable* finds "Renewables")',
      snapshot: headline('Renewables, grids and the people who run them'),
    },
  ],
  invalid: [
    {
      name: 'fails when the only theme word is in the employer\'s name ("analytics" in Lumen Analytics)',
      snapshot: atEmployer('Head of Partnerships at Lumen Analytics', 'Lumen Analytics'),
      messageId: 'noTheme',
    },
    {
      name: 'fails when the only theme word is in a competitor\'s name (Nordlicht Analytics)',
      snapshot: headline('Partner manager, formerly at Nordlicht Analytics'),
      messageId: 'noTheme',
    },
    {
      name: 'fails when the only theme word is in the company\'s own name as the guidelines spell it',
      snapshot: headline('Sales at Gridwise Utilities'),
      guidelines: makeGuidelines({ brand: { name: 'Gridwise Utilities', spellings: ['Gridwise'] } }),
      messageId: 'noTheme',
    },
    {
      name: 'fails when the only theme word is in the person\'s own name',
      snapshot: makeLinkedInProfile({ name: present('Grid Okafor'), headline: present('Grid Okafor · Account executive') }),
      messageId: 'noTheme',
    },
    {
      name: 'fails when the headline names no theme, with the headline as evidence and the intro form as fix',
      snapshot: headline('Senior Consultant at Brightwave Systems'),
      messageId: 'noTheme',
      data: { themes: 'Energy transition, Reliable data platforms' },
      evidenceTexts: ['Senior Consultant at Brightwave Systems'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on decoys: "gridiron" is not "grid", and "energy" alone is not "energy transition"',
      snapshot: headline('Gridiron coach on weekends · Energy trader by day'),
      messageId: 'noTheme',
      evidence: 1,
    },
    {
      name: 'fails when the profile has no headline, and gives no fix link when the address has no /in/ slug',
      snapshot: makeLinkedInProfile({ headline: absent() }, { url: 'https://www.linkedin.com/feed/' }),
      messageId: 'noHeadline',
      data: { themes: 'Energy transition' },
      evidence: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no themes', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    {
      name: 'is incomplete when the headline could not be read',
      snapshot: makeLinkedInProfile({ headline: unreadable() }),
      unreadable: ['headline'],
    },
  ],
});

it('headline-keywords highlights exactly the words that matched', () => {
  const text = 'Dataplatform lead · energietransitie';
  const finding = runCase(rule, { name: '', snapshot: headline(text), guidelines: makeGuidelines() });
  expect(finding.status).toBe('pass');
  const highlighted = (finding.evidence[0]?.highlights ?? []).map(([start, end]) => text.slice(start, end));
  expect(highlighted.sort()).toEqual(['Dataplatform', 'energietransitie']);
});

it('headline-keywords has no fix link when the profile address has no /in/ slug', () => {
  const finding = runCase(rule, {
    name: '',
    snapshot: makeLinkedInProfile({ headline: absent() }, { url: 'https://www.linkedin.com/feed/' }),
  });
  expect(finding.fix).toBeNull();
});

it('headline-keywords passes with what made it pass, never highlighting a name', () => {
  const text = 'Analytics lead at Lumen Analytics';
  const finding = runCase(rule, { name: '', snapshot: atEmployer(text, 'Lumen Analytics') });
  expect(finding.status).toBe('pass');
  expect(finding.evidence).toHaveLength(1);
  expect(finding.evidence[0]?.field).toBe('headline');
  expect((finding.evidence[0]?.highlights ?? []).map(([start, end]) => [start, end])).toEqual([[0, 9]]);
});
