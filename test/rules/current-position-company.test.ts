import { expect, it } from 'vitest';
import rule from '../../src/rules/current-position-company';
import type { Position } from '../../src/snapshot';
import { defaultGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, present, unreadable } from '../helpers/snapshots';

const BRIGHTWAVE_PAGE = 'https://www.linkedin.com/company/brightwave-systems/';
const at = (company: string, title = 'Data Engineer', companyPageUrl: string | null = null): Position => ({ title, company, companyPageUrl });
const positions = (...list: Position[]) => makeLinkedInProfile({ currentPositions: present(list) });

testRule(rule, {
  valid: [
    { name: 'passes when the current position is at Brightwave Systems', snapshot: makeLinkedInProfile() },
    {
      name: 'passes with a side gig beside the company position, legal form after the name',
      snapshot: positions(at('Atelier Lumen', 'Co-founder'), at('Brightwave Systems NV', 'Ingénieure données', BRIGHTWAVE_PAGE)),
    },
    { name: 'passes with an accepted spelling (BrightWave Systems), whatever the case', snapshot: positions(at('BRIGHTWAVE SYSTEMS')) },
    { name: 'passes with the short name the guidelines accept (Brightwave)', snapshot: positions(at('Brightwave', 'Datakwaliteitsanalist')) },
  ],
  invalid: [
    {
      name: 'fails when the only company position still carries the retired name, naming both spellings',
      snapshot: positions(at('Brightwave Data Solutions', 'Analyste', BRIGHTWAVE_PAGE)),
      messageId: 'retiredName',
      data: { retired: 'Brightwave Data Solutions', official: 'Brightwave Systems' },
      evidenceTexts: ['Brightwave Data Solutions'],
      score: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    },
    {
      name: 'fails with half credit when an old position under a retired name stays open beside the current one',
      snapshot: positions(at('Brightwave Systems', 'Lead'), at('BWDS', 'Consultant')),
      messageId: 'retiredName',
      data: { retired: 'BWDS' },
      evidence: 1,
      score: 0.5,
    },
    {
      name: 'fails gently when no current position is at the company, listing the companies shown (decoy: Brightwater)',
      snapshot: positions(at('Nordlicht Analytics', 'Solutions Architect'), at('Brightwater Energie', 'Adviseur')),
      messageId: 'otherCompany',
      data: { brand: 'Brightwave Systems', companies: 'Nordlicht Analytics, Brightwater Energie' },
      evidence: 2,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    },
    {
      name: 'fails when the profile shows no current position at all',
      snapshot: makeLinkedInProfile({ currentPositions: absent() }),
      messageId: 'noPosition',
      data: { brand: 'Brightwave Systems' },
      evidence: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines do not name the company', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
  ],
  incomplete: [
    {
      name: 'is incomplete when the positions could not be read',
      snapshot: makeLinkedInProfile({ currentPositions: unreadable() }),
      unreadable: ['currentPositions'],
    },
  ],
});

it('current-position-company links each retired-name position to its company page and highlights the old name', () => {
  const finding = runCase(rule, { name: '', snapshot: positions(at('Brightwave Data Solutions NV', 'Analyst', BRIGHTWAVE_PAGE)) });
  expect(finding.evidence).toEqual([
    { field: 'currentPositions', text: 'Brightwave Data Solutions NV', highlights: [[0, 25]], url: BRIGHTWAVE_PAGE },
  ]);
});
