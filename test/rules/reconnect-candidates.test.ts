import { expect, it } from 'vitest';
import rule from '../../src/rules/reconnect-candidates';
import type { Connection } from '../../src/snapshot';
import { defaultGuidelines } from '../helpers/guidelines';
import { runCase, testRule } from '../helpers/rule-tester';
import { makeConnections, unreadable } from '../helpers/snapshots';

const connection = (name: string, headline: string | null, connectedDaysAgo: number | null): Connection => ({
  name,
  headline,
  profileUrl: `https://www.linkedin.com/in/${name.toLowerCase().replace(/\s+/g, '-')}/`,
  connectedDaysAgo,
});

// Decoys: "Windows" is not wind, "Solarium" is not solar, however old the connection.
const windowsAdmin = connection('Kevin Dumont', 'Windows administrator | IT support', 3000);
const solarium = connection('Nadia Berger', 'Gérante de Solarium Soleil & Spa', 2200);

const plantManager = connection('Pieter Goossens', 'Plant manager at Voltéa Industrie', 800);
const buyer = connection('Camille Renard', 'Responsable achats énergie chez Voltéa', 400);
const gridOperator = connection('Joris Van Acker', 'Netbeheerder Stroomnet Oost — asset manager', 100);
const brewer = connection('Elke Maes', 'Teamleider productie bij Brouwerij Maes', 366);

const mixed = makeConnections([plantManager, buyer, gridOperator, windowsAdmin, brewer, solarium]);

testRule(rule, {
  valid: [
    {
      name: 'passes when every connection in a target sector is recent, however old the others (decoys "Windows", "Solarium")',
      snapshot: makeConnections([gridOperator, connection('Hanne Wouters', 'Wind farm technician', 365), windowsAdmin, solarium]),
    },
    {
      name: 'passes when the old sector connection has no known date: unknown is not old',
      snapshot: makeConnections([connection('Pieter Goossens', 'Plant manager at Voltéa Industrie', null), gridOperator]),
    },
    {
      name: 'passes with a longer reconnectDays option',
      snapshot: mixed,
      options: { reconnectDays: 1000 },
    },
  ],
  invalid: [
    {
      name: 'fails softly on 3 of 4 sector connections older than 365 days (English, French, Dutch), oldest first, score 1 - 0.5 × 3/4',
      snapshot: mixed,
      messageId: 'reconnect',
      data: { count: 3, inSector: 4, days: 365 },
      evidence: 3,
      evidenceTexts: [
        'Pieter Goossens · Plant manager at Voltéa Industrie',
        'Camille Renard · Responsable achats énergie chez Voltéa',
        'Elke Maes · Teamleider productie bij Brouwerij Maes',
      ],
      score: 0.625,
      fixUrl: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    },
    {
      name: 'fails at no less than 0.5 when every sector connection is old, naming 20 people and how many more',
      snapshot: makeConnections(
        Array.from({ length: 24 }, (_, index) => connection(`Solar Installer ${index + 1}`, 'Solar panel installer', 400 + index)),
      ),
      messageId: 'reconnect',
      data: { count: 24, inSector: 24 },
      evidence: 21,
      evidenceTexts: ['Solar Installer 24 · Solar panel installer', '…and 4 more'],
      score: 0.5,
    },
    {
      name: 'fails above a shorter reconnectDays option',
      snapshot: makeConnections([gridOperator, windowsAdmin]),
      options: { reconnectDays: 90 },
      messageId: 'reconnect',
      data: { count: 1, inSector: 1, days: 90 },
      evidenceTexts: ['Joris Van Acker · Netbeheerder Stroomnet Oost — asset manager'],
      score: 0.5,
    },
  ],
  notApplicable: [
    { name: 'is not applicable with the default guidelines (no target sectors)', snapshot: mixed, guidelines: defaultGuidelines() },
    { name: 'is not applicable when no connection is in a target sector', snapshot: makeConnections([windowsAdmin, solarium, connection('Lars Peeters', null, 900)]) },
    { name: 'is not applicable when no connection is listed', snapshot: makeConnections([]) },
  ],
  incomplete: [
    { name: 'is incomplete when the connection list could not be read', snapshot: makeConnections(unreadable()), unreadable: ['connections'] },
  ],
});

it('reconnect-candidates highlights the sector words in the evidence, after the name', () => {
  const finding = runCase(rule, { name: 'highlights', snapshot: mixed });
  const highlighted = finding.evidence.map((item) => (item.highlights ?? []).map(([start, end]) => item.text.slice(start, end)));
  expect(highlighted).toEqual([['Plant', 'Industrie'], ['énergie'], ['productie']]);
});
