import { expect, it } from 'vitest';
import { checkSnapshot } from '../../src/engine';
import rule from '../../src/rules/following-relevance';
import { bandOf } from '../../src/ui/popup/popup-model';
import type { FollowedAccount } from '../../src/snapshot';
import { defaultGuidelines, makeGuidelines, NOW } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { makeFollowing, unreadable } from '../helpers/snapshots';

const account = (handle: string, name: string, bio: string | null = null): FollowedAccount => ({ handle, name, bio, followsYou: false });

// On strategy in English, French and Dutch, by handle, name or bio.
const company = account('@BrightwaveSys', 'Brightwave', 'Reliable data platforms.');
const gridOperator = account('@netwerk_oost', 'Netwerk Oost', 'Netbeheerder voor Oost-Vlaanderen.');
const frenchUtility = account('@voltea_fr', 'Voltéa', 'La transition énergétique des collectivités, commune par commune.');
const renewables = account('@kim_renewables', 'Kim Osei', 'Writing about renewables and the people who build them.');
const competitorOfficial = account('@NORDLICHT_AI', 'NLA 🌌', null);
const competitorSales = account('@jonasvogt', 'Jonas Vogt', 'Sales lead at Nordlicht. Meinungen sind meine eigenen.');
const engineer = account('@lisa_dm', 'Lisa De Meyer', 'Ingenieur bij Brightwave, fietser in het weekend.');
const colleague = account('@tomclaes', 'Tom Claes', 'Sales at @BrightwaveSys. Opinions my own.');
// Off strategy, with decoys: "Windows" is not wind, "Griddle" is not grid, "Platform 9¾" is not a data platform, "Solarium" is not solar.
const windowsTips = account('@wintips', 'Windows Tips', 'Daily Windows 11 tricks.');
const griddle = account('@griddlequeen', 'Griddle Queen', 'Smash burgers on the griddle, every Friday.');
const potter = account('@platform934', 'Platform 9¾', 'Pour les fans de Harry Potter.');
const solarium = account('@solarium_gent', 'Solarium Gent', null);
const f1 = account('@f1fanatic', 'F1 Fanatic', 'Formule 1 nieuws en memes.');

testRule(rule, {
  valid: [
    {
      name: 'passes when half the loaded accounts relate to themes, sectors or the brand (English, French, Dutch)',
      snapshot: makeFollowing([company, gridOperator, frenchUtility, windowsTips, griddle, f1]),
    },
    {
      name: 'passes on a colleague named only by the company handle in the bio, at exactly the 30 % threshold',
      snapshot: makeFollowing([colleague, griddle, potter, f1, windowsTips, solarium, company, account('@wimh', 'Wim H', 'Sailing, mostly.'), gridOperator, account('@anneke', 'Anneke', null)]),
    },
    {
      name: 'passes with a lower minShare option, on one colleague who names the company in Dutch',
      snapshot: makeFollowing([engineer, windowsTips, griddle, potter, solarium, f1, account('@wimh', 'Wim H', 'Sailing, mostly.')]),
      options: { minShare: 0.1 },
    },
  ],
  invalid: [
    {
      name: 'fails when 1 of 5 loaded accounts relates to the strategy, listing the off-strategy ones (decoys included), credit counted from half the threshold',
      snapshot: makeFollowing([renewables, windowsTips, griddle, potter, solarium]),
      messageId: 'offStrategy',
      data: { onStrategy: 1, loaded: 5, percent: 20, minPercent: 30 },
      evidence: 4,
      evidenceTexts: ['@wintips · Windows Tips', '@griddlequeen · Griddle Queen', '@platform934 · Platform 9¾', '@solarium_gent · Solarium Gent'],
      score: (0.2 - 0.15) / 0.15,
      fixUrl: 'https://x.com/adavermeulen/following',
    },
    {
      name: 'fails when nothing relates, naming 20 accounts and how many more',
      snapshot: makeFollowing(Array.from({ length: 26 }, (_, index) => account(`@meme${index + 1}`, `Meme page ${index + 1}`, 'Daily memes.'))),
      messageId: 'offStrategy',
      data: { onStrategy: 0, loaded: 26, percent: 0 },
      evidence: 21,
      evidenceTexts: ['@meme1 · Meme page 1', '…and 6 more'],
      score: 0,
    },
    {
      name: 'fails below a higher minShare option, counting a competitor (by handle, any case, or by name) as on strategy',
      snapshot: makeFollowing([gridOperator, competitorOfficial, competitorSales, f1, griddle]),
      options: { minShare: 0.8 },
      messageId: 'offStrategy',
      data: { onStrategy: 3, loaded: 5, percent: 60, minPercent: 80 },
      evidence: 2,
      score: (0.6 - 0.4) / 0.4,
    },
  ],
  notApplicable: [
    {
      name: 'is not applicable with the default guidelines (no themes, no sectors)',
      snapshot: makeFollowing([windowsTips]),
      guidelines: defaultGuidelines(),
    },
    {
      name: 'is not applicable when the company gives a brand but no themes or sectors',
      snapshot: makeFollowing([windowsTips]),
      guidelines: makeGuidelines({ strategy: {} }),
    },
    { name: 'is not applicable when no followed account is listed', snapshot: makeFollowing([]) },
  ],
  incomplete: [
    { name: 'is incomplete when the following list could not be read', snapshot: makeFollowing(unreadable()), unreadable: ['accounts'] },
  ],
});

it('a following list whose only failed finding says 15 % relate to the strategy does not read "good"', () => {
  const offStrategy = Array.from({ length: 17 }, (_, index) => account(`@meme${index + 1}`, `Meme page ${index + 1}`, 'Daily memes.'));
  const list = makeFollowing([company, gridOperator, frenchUtility, ...offStrategy]);
  const { findings, score } = checkSnapshot(list, { guidelines: makeGuidelines(), now: NOW });
  const failed = findings.filter((finding) => finding.status === 'fail');
  expect(failed.map((finding) => [finding.ruleId, finding.message])).toEqual([
    ['following-relevance', expect.stringContaining('(15 %)')],
  ]);
  // Half the threshold is no half-pass: the finding earns nothing, and the page reads what its only failure says.
  expect(failed[0]?.score).toBe(0);
  expect(score.overall).not.toBeNull();
  expect(bandOf(score.overall as number)).not.toBe('good');
});
