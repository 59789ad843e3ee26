import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules';
import rule from '../../src/rules/cross-site-consistency';
import { defaultGuidelines, makeGuidelines, NOW } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable, withFieldsUnchecked } from '../helpers/snapshots';
import { growthRatio } from '../helpers/time-growth';

// Ada Vermeulen: Head of Data Platform at Brightwave Systems on LinkedIn; "…at @BrightwaveSys" on X.
const linkedin = makeLinkedInProfile();
const x = makeXProfile();
const xWithBio = (bio: string) => makeXProfile({ bio: present(bio) });
const linkedinAs = (title: string, company = 'Brightwave Systems') =>
  makeLinkedInProfile({ currentPositions: present([{ title, company, companyPageUrl: null }]) });

testRule(rule, {
  valid: [
    { name: 'passes on LinkedIn when the X bio names the company’s handle', snapshot: linkedin, related: { xProfile: x } },
    { name: 'passes on X when LinkedIn’s current position is at the company', snapshot: x, related: { linkedinProfile: linkedin } },
    {
      name: 'passes when the X bio puts a compatible role next to the company, in French ("Responsable" ~ "Head")',
      snapshot: xWithBio('Responsable plateforme de données chez Brightwave Systems. Avis personnels.'),
      related: { linkedinProfile: linkedin },
    },
    {
      name: 'passes when a competitor is marked as past ("Ex-Nordlicht") and the role matches',
      snapshot: linkedinAs('Data Engineer'),
      related: { xProfile: xWithBio('Ex-Nordlicht, now data engineer at @BrightwaveSys. Views my own.') },
    },
    {
      name: 'passes when the retired name is given as the former name',
      snapshot: xWithBio('Data platforms at Brightwave Systems (formerly Brightwave Data Solutions). Views my own.'),
      related: { linkedinProfile: linkedin },
    },
    {
      name: 'passes on a Dutch bio with a past competitor and a matching role ("hoofd" ~ "Head")',
      snapshot: xWithBio('Oud-medewerker van Nordlicht. Nu hoofd dataplatform bij Brightwave Systems. Meningen zijn van mij.'),
      related: { linkedinProfile: linkedin },
    },
    {
      name: 'passes when a role word stands in another sentence than the company',
      snapshot: xWithBio('Engineer at heart. Grid data at @BrightwaveSys. Views my own.'),
      related: { linkedinProfile: linkedin },
    },
    {
      name: 'passes when a position under the retired name matches the company on X',
      snapshot: linkedinAs('Head of Data Platform', 'Brightwave Data Solutions'),
      related: { xProfile: x },
    },
  ],
  invalid: [
    {
      name: 'fails on LinkedIn when the X bio does not name the company, with the X bio as fix',
      snapshot: linkedin,
      related: { xProfile: xWithBio('Data platforms for the energy transition. Views my own.') },
      messageId: 'xMissing',
      data: { brand: 'Brightwave Systems', title: 'Head of Data Platform' },
      evidenceTexts: ['Data platforms for the energy transition. Views my own.', 'Head of Data Platform · Brightwave Systems'],
      evidence: 2,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on X when the bio names the company but no LinkedIn position is there, with LinkedIn’s experience as fix',
      snapshot: x,
      related: { linkedinProfile: linkedinAs('Bestuurder', 'Energiecoöperatie Zonnedak') },
      messageId: 'linkedinMissing',
      data: { brand: 'Brightwave Systems' },
      evidenceTexts: ['Bestuurder · Energiecoöperatie Zonnedak'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/details/experience/',
    },
    {
      name: 'fails when the X bio still carries the retired name',
      snapshot: xWithBio('Data engineer at Brightwave Data Solutions. Views my own.'),
      related: { linkedinProfile: linkedin },
      messageId: 'retiredName',
      data: { retired: '“Brightwave Data Solutions”', brand: 'Brightwave Systems' },
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when the X bio names a competitor’s account as if current',
      snapshot: linkedin,
      related: { xProfile: xWithBio('Grid analytics @nordlicht_ai and @BrightwaveSys. Views my own.') },
      messageId: 'otherEmployer',
      data: { other: '“@nordlicht_ai”', brand: 'Brightwave Systems' },
    },
    {
      name: 'fails with half credit when the X bio gives another role next to the company',
      snapshot: xWithBio('Intern at @BrightwaveSys. Views my own.'),
      related: { linkedinProfile: linkedin },
      messageId: 'titleMismatch',
      data: { xRole: '“Intern”', title: 'Head of Data Platform', brand: 'Brightwave Systems' },
      score: 0.5,
    },
    {
      name: 'fails with half credit on a Dutch role that the LinkedIn title does not share',
      snapshot: linkedinAs('Data Engineer'),
      related: { xProfile: xWithBio('CEO van Brightwave Systems. Meningen zijn van mij.') },
      messageId: 'titleMismatch',
      data: { xRole: '“CEO”', title: 'Data Engineer' },
      score: 0.5,
    },
    {
      name: 'fails without credit when several things disagree, reporting the retired name first',
      snapshot: xWithBio('BWDS data lead. Nordlicht fan. Views my own.'),
      related: { linkedinProfile: linkedin },
      messageId: 'retiredName',
      data: { retired: '“BWDS”' },
      score: 0,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no company', snapshot: linkedin, related: { xProfile: x }, guidelines: defaultGuidelines() },
    { name: 'is not applicable on LinkedIn before the X profile has been seen', snapshot: linkedin },
    { name: 'is not applicable on X before the LinkedIn profile has been seen', snapshot: x },
    {
      name: 'is not applicable when the other profile may be someone else’s (selfView differs)',
      snapshot: linkedin,
      related: { xProfile: makeXProfile({}, { selfView: false }) },
    },
    { name: 'is not applicable when the X bio seen is absent', snapshot: linkedin, related: { xProfile: makeXProfile({ bio: absent() }) } },
    {
      name: 'is not applicable when the LinkedIn positions seen could not be read',
      snapshot: x,
      related: { linkedinProfile: makeLinkedInProfile({ currentPositions: unreadable() }) },
    },
    { name: 'is not applicable when this LinkedIn profile has no current position', snapshot: makeLinkedInProfile({ currentPositions: absent() }), related: { xProfile: x } },
    { name: 'is not applicable when this X profile has no bio', snapshot: makeXProfile({ bio: absent() }), related: { linkedinProfile: linkedin } },
    {
      name: 'is not applicable when neither profile names the company as current ("ex-Brightwave")',
      snapshot: linkedinAs('Data Engineer', 'Nordlicht Analytics'),
      related: { xProfile: xWithBio('Ex-Brightwave, grid data person. Views my own.') },
    },
  ],
  incomplete: [
    {
      name: 'is incomplete when the LinkedIn positions could not be read',
      snapshot: makeLinkedInProfile({ currentPositions: unreadable() }),
      related: { xProfile: x },
      unreadable: ['currentPositions'],
    },
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), related: { linkedinProfile: linkedin }, unreadable: ['bio'] },
  ],
});

describe('cross-site-consistency cost', () => {
  const guidelines = makeGuidelines();
  // Past markers, names and competitor accounts all over the bio: each marker once looked through every name, and
  // each competitor name through every account.
  const line = 'Ex-Nordlicht, now at @BrightwaveSys; @nordlicht_ai alumni; formerly Brightwave Data Solutions. ';
  const snapshotOf = (bytes: number) =>
    withFieldsUnchecked(makeXProfile(), { bio: present(line.repeat(Math.ceil(bytes / line.length))) });
  const check = (snapshot: ReturnType<typeof makeXProfile>) =>
    runRules(snapshot, [rule], { guidelines, now: NOW, weights: {}, related: { linkedinProfile: makeLinkedInProfile() } })[0];

  it('tells past names from current ones on a long bio: the company is current, the past names are not', () => {
    expect(check(snapshotOf(1_000))?.status).toBe('pass');
  });

  it('grows linearly with a bio full of past markers and names: four times the text, less than six times the time', () => {
    // Four times rather than twice: below 100 KB the linear part (finding the names) hides a quadratic one.
    expect(growthRatio(snapshotOf, check, 40_000, 3, 4)).toBeLessThan(6);
  });
});
